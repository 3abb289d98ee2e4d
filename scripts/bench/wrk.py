"""Running wrk and reading its report (the parsing is pure, tested with real wrk output in tests/budgets/test_bench_tools.py)."""

import re
import subprocess
from dataclasses import dataclass

_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
_DURATION = re.compile(r"^\s*([\d.]+)(us|ms|s|m|h)\s*$")


@dataclass
class WrkResult:
    requests: int
    seconds: float
    requests_per_second: float
    p50_ms: float | None
    p99_ms: float | None
    non_2xx: int  # wrk's "Non-2xx or 3xx responses": every status >= 400
    socket_errors: int  # connect + read + write + timeout

    @property
    def failures(self):
        return self.non_2xx + self.socket_errors


def duration_ms(text):
    """'77.64ms' -> 77.64; '1.02s' -> 1020.0; '950.00us' -> 0.95."""
    match = _DURATION.match(text)
    if not match:
        raise ValueError(f"not a wrk duration: {text!r}")
    return float(match.group(1)) * _UNITS_MS[match.group(2)]


def parse(output):
    """The numbers of one `wrk --latency` report. Raises ValueError when the report is not one."""
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE)
    total = re.search(r"^\s*(\d+) requests in ([\d.]+)(us|ms|s|m|h)", output, re.MULTILINE)
    if not rps or not total:
        raise ValueError("no 'Requests/sec' or 'N requests in' line: not a wrk report\n" + output)
    percentiles = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", output, re.MULTILINE))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return WrkResult(
        requests=int(total.group(1)),
        seconds=duration_ms(total.group(2) + total.group(3)) / 1000,
        requests_per_second=float(rps.group(1)),
        p50_ms=duration_ms(percentiles["50"]) if "50" in percentiles else None,
        p99_ms=duration_ms(percentiles["99"]) if "99" in percentiles else None,
        non_2xx=int(non_2xx.group(1)) if non_2xx else 0,
        socket_errors=sum(int(n) for n in sockets.groups()) if sockets else 0,
    )


def command(url, seconds, connections=16, threads=2, headers=(), timeout=10):
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", f"--timeout={timeout}s", "--latency"]
    for header in headers:
        cmd += ["-H", header]
    return cmd + [url]


def run(url, seconds, connections=16, threads=2, headers=()):
    completed = subprocess.run(command(url, seconds, connections, threads, headers), capture_output=True, text=True,
                               timeout=seconds + 60, check=False)
    if completed.returncode != 0:
        raise RuntimeError(f"wrk failed ({completed.returncode}) on {url}: {completed.stderr.strip()}")
    return parse(completed.stdout)
