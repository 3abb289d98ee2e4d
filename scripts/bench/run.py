"""Page benchmark (issue #8, `make bench`): the production configuration under gunicorn on loopback, driven by wrk.

    .venv/bin/python -m scripts.bench                 # everything, ~6 minutes once the data exists
    .venv/bin/python -m scripts.bench --duration 5 --pages story,product --passes uncached

1. PostgreSQL (started if it is down) and a database of its own, BENCH_DATABASE_URL (default
   postgres://postgres@127.0.0.1:5432/dakhla_bench), migrated; the catalogue (5,000 products, 300 artisans,
   60 cooperatives, 1,000 stories, pictures and their renditions) is generated once and reused (--regenerate rebuilds).
2. collectstatic, then gunicorn (config.wsgi, production settings with the benchmark's media and static folders,
   DEBUG off, 2 sync workers, whitenoise, Redis db BENCH_REDIS_DB) on a free loopback port, no control socket.
3. Per pass (PAGE_CACHE_ENABLED=false, then true; gunicorn restarted and the Redis db emptied between them): SQL queries,
   HTML bytes and page weight per page (in-process, scripts/bench/probe.py), then per page a wrk warm-up and a measured
   wrk run (2 threads, 16 connections, --duration seconds). The cached pass runs the whole set twice.
4. Tables with the targets, the workers' memory after each run; everything it started is stopped, even on Ctrl-C.

Exits non-zero only when the benchmark itself fails (not when a page misses its target).
"""

import argparse
import http.client
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from scripts.bench import report, wrk

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / "var" / "bench"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/dakhla_bench"

# page -> uncached req/s target (2 workers); with the page cache every page must reach report.CACHED_TARGET_RPS.
# "layout" is a reference without a target: Oscar's offer list with no offer on it, i.e. the site's layout (header,
# basket summary, search box, languages, footer) and one query: what any page costs before its own content.
TARGETS = {
    "story": 200, "artisan": 230, "home": 100, "category": 100, "catalogue": 100, "product": 110, "basket": 75,
    "search": 60, "layout": None,
}
WEIGHT_CHECKED = {"story", "product"}


class BenchError(Exception):
    """The benchmark itself failed (not a missed target)."""


def say(message=""):
    print(message, flush=True)


# --- Services --------------------------------------------------------------------------------------------------------


def port_open(host, port):
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex((host, port)) == 0


def ensure_postgres(url):
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 5432
    if port_open(host, port):
        return
    if host not in ("127.0.0.1", "localhost"):
        raise BenchError(f"PostgreSQL does not answer at {host}:{port}")
    versions = sorted(os.listdir("/etc/postgresql")) if os.path.isdir("/etc/postgresql") else []
    if not versions:
        raise BenchError("PostgreSQL is down and no local cluster is configured in /etc/postgresql")
    say(f"starting PostgreSQL {versions[-1]} ...")
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", versions[-1], "main", "start"], check=True)
    for __ in range(30):
        if port_open(host, port):
            return
        time.sleep(1)
    raise BenchError("PostgreSQL did not start")


def redis_command(url, *words):
    """One Redis command over a plain socket (RESP); returns the first reply line."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 6379), timeout=5) as sock:
        database = (parts.path or "/0").lstrip("/") or "0"
        payload = b""
        for command in (("SELECT", database), words):
            payload += f"*{len(command)}\r\n".encode() + b"".join(
                f"${len(word.encode())}\r\n{word}\r\n".encode() for word in command)
        sock.sendall(payload)
        data = b""
        while data.count(b"\r\n") < 2:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
    replies = data.split(b"\r\n")
    if not replies[0].startswith(b"+OK"):
        raise BenchError(f"Redis refused SELECT {database}: {replies[0]!r}")
    return replies[1].decode()


def ensure_database(url, regenerate):
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if exists and regenerate:
            say(f"dropping database {name} (--regenerate)")
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            exists = None
        if not exists:
            say(f"creating database {name}")
            conn.execute(f'CREATE DATABASE "{name}"')


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- Processes -------------------------------------------------------------------------------------------------------


def django_env(args, secret_key, page_cache):
    env = dict(os.environ)
    env.update({
        "DJANGO_SETTINGS_MODULE": "scripts.bench.settings",
        "SECRET_KEY": secret_key,
        "DEBUG": "false",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": args.database_url,
        "REDIS_URL": args.redis_url,
        "PAGE_CACHE_ENABLED": "true" if page_cache else "false",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
    })
    return env


def run_python(env, *arguments):
    completed = subprocess.run([sys.executable, *arguments], cwd=ROOT, env=env, check=False)
    if completed.returncode != 0:
        raise BenchError(f"{' '.join(arguments[:3])} failed with exit code {completed.returncode}")


class Gunicorn:
    """gunicorn in its own process group, stopped with the whole group."""

    def __init__(self, env, log_path, workers=2):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self.command = [
            sys.executable, "-m", "gunicorn", "config.wsgi", "--workers", str(workers), "--worker-class", "sync",
            "--bind", f"127.0.0.1:{self.port}", "--no-control-socket", "--error-logfile", str(log_path),
            "--log-level", "warning", "--timeout", "60",
        ]
        self.env = env
        self.process = None

    def start(self):
        self.process = subprocess.Popen(self.command, cwd=ROOT, env=self.env, start_new_session=True,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchError(f"gunicorn exited with {self.process.returncode}; see {self.log_path}")
            try:
                if status(self.url, "/healthz")[0] == 200 and len(self.workers()) >= 2:
                    return self
            except OSError:
                pass
            time.sleep(0.3)
        raise BenchError(f"gunicorn did not answer /healthz within 60 s; see {self.log_path}")

    def workers(self):
        """Pids of the worker processes (the master's children)."""
        if self.process is None:
            return []
        pid = self.process.pid
        try:
            text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
            return [int(child) for child in text.split()]
        except OSError:
            children = []
            for entry in Path("/proc").iterdir():
                if entry.name.isdigit():
                    try:
                        stat = (entry / "stat").read_text()
                    except OSError:
                        continue
                    if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                        children.append(int(entry.name))
            return children

    def memory(self):
        """{worker pid: VmRSS in kB}"""
        result = {}
        for pid in self.workers():
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        result[pid] = int(line.split()[1])
            except OSError:
                continue
        return result

    def cpu_seconds(self):
        """CPU time (user + system) used so far by the workers, from /proc/<pid>/stat."""
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0
        for pid in self.workers():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
        return total / ticks

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        except ProcessLookupError:
            pass


def load_average():
    """The 1-minute load average: other processes competing for the CPUs make every number worse."""
    return f"{os.getloadavg()[0]:.1f}"


def status(server, path, headers=None):
    """(status, Location) of one GET, redirects not followed."""
    parts = urlsplit(server)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        response.read()
        return response.status, response.getheader("Location", "")
    finally:
        conn.close()


# --- One pass --------------------------------------------------------------------------------------------------------


def measure_pass(args, env, pages, label, cached, rounds, profile):
    log_path = WORK / f"gunicorn-{'cached' if cached else 'uncached'}.log"
    redis_command(args.redis_url, "FLUSHDB")
    server = Gunicorn(env, log_path)
    snapshots = []
    try:
        server.start()
        say(f"\n== {label}: gunicorn on {server.url} (2 sync workers, PAGE_CACHE_ENABLED={'true' if cached else 'false'})"
            f"; load average {load_average()}")
        measures_path = WORK / f"measures-{'cached' if cached else 'uncached'}.json"
        probe = ["-m", "scripts.bench.probe", "measure", "--urls", str(WORK / "pages.json"), "--server", server.url,
                 "--out", str(measures_path)]
        if profile:
            probe += ["--profile", str(profile), "--profile-dir", str(WORK)]
        run_python(env, *probe)
        measures = json.loads(measures_path.read_text())
        cookie = measures["basket_cookie"]
        for name, url in pages.items():
            code, location = status(server.url, url, {"Cookie": cookie} if name == "basket" else None)
            if code != 200:
                raise BenchError(f"{name} {url} answered {code} {location} from gunicorn (use a final URL)")
        tables = []
        for round_number in range(1, rounds + 1):
            rows = []
            for name, url in pages.items():
                data = measures["pages"][name]
                row = report.Row(
                    page=name, target_rps=report.CACHED_TARGET_RPS if cached and TARGETS[name] is not None else TARGETS[name],
                    queries=data.get("queries"), html_bytes=data.get("html_bytes"),
                    html_gzip_bytes=data.get("html_gzip_bytes"), weight_gzip_bytes=data.get("weight_gzip_bytes"),
                    weight_checked=name in WEIGHT_CHECKED,
                    error="; ".join(filter(None, [data.get("error", "")] + data.get("weight_problems", []))),
                )
                headers = [f"Cookie: {cookie}"] if name == "basket" else []
                target = server.url + url
                if args.warmup:
                    wrk.run(target, args.warmup, args.connections, args.threads, headers)
                cpu_before = server.cpu_seconds()
                result = wrk.run(target, args.duration, args.connections, args.threads, headers)
                if result.requests:
                    row.cpu_ms = (server.cpu_seconds() - cpu_before) * 1000 / result.requests
                row.rps, row.p50_ms, row.p99_ms = result.requests_per_second, result.p50_ms, result.p99_ms
                row.non_2xx = result.failures
                code, __ = status(server.url, url, {"Cookie": cookie} if name == "basket" else None)
                if code != 200:
                    row.error = (row.error + "; " if row.error else "") + f"answered {code} after the run"
                rows.append(row)
                say(f"  {name:<10} {result.requests_per_second:8.1f} req/s  p50 {result.p50_ms} ms  "
                    f"p99 {result.p99_ms} ms  errors {result.failures}  worker CPU {row.cpu_ms or 0:.1f} ms/request")
            title = f"{label}" + (f", round {round_number} of {rounds}" if rounds > 1 else "") + \
                f" ({args.duration} s per page, {args.connections} connections; load average {load_average()}, " \
                f"{os.cpu_count()} CPUs)"
            tables.append(report.format_table(title, rows))
            snapshots.append((f"{label} r{round_number}" if rounds > 1 else label, server.memory()))
            say("\n" + tables[-1])
        return tables, snapshots, measures
    finally:
        server.stop()
        try:
            redis_command(args.redis_url, "FLUSHDB")  # leave the benchmark's Redis db empty
        except OSError:
            pass


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m scripts.bench", description=__doc__.split("\n\n")[0],
                                     epilog=__doc__.split("\n\n", 2)[2],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL))
    parser.add_argument("--redis-url", default=os.environ.get(
        "BENCH_REDIS_URL", f"redis://127.0.0.1:6379/{os.environ.get('BENCH_REDIS_DB', '13')}"))
    parser.add_argument("--regenerate", action="store_true", help="drop the benchmark database and generate again")
    parser.add_argument("--duration", type=int, default=10, help="seconds of each measured wrk run (default 10)")
    parser.add_argument("--warmup", type=int, default=3, help="seconds of the wrk warm-up before each run (0: none)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--pages", default=",".join(TARGETS), help=f"comma-separated, among {','.join(TARGETS)}")
    parser.add_argument("--passes", default="uncached,cached", help="uncached, cached or both (default)")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="cProfile N in-process requests per page in the uncached pass (var/bench/profile-*.txt)")
    for name, default in (("products", 5000), ("artisans", 300), ("cooperatives", 60), ("stories", 1000),
                          ("regions", 12), ("pictures", 6)):
        parser.add_argument(f"--{name}", type=int, default=default)
    args = parser.parse_args(argv)

    unknown = set(args.pages.split(",")) - set(TARGETS)
    if unknown:
        parser.error(f"unknown pages: {', '.join(sorted(unknown))}")
    if shutil.which("wrk") is None:
        raise BenchError("wrk is not installed (apt-get install -y wrk)")

    started = time.monotonic()
    WORK.mkdir(parents=True, exist_ok=True)
    ensure_postgres(args.database_url)
    try:
        redis_command(args.redis_url, "PING")
    except OSError as error:
        raise BenchError(f"Redis does not answer at {args.redis_url}: {error}") from error
    ensure_database(args.database_url, args.regenerate)
    if args.regenerate and (WORK / "media").exists():
        shutil.rmtree(WORK / "media")

    secret_key = secrets.token_urlsafe(50)
    env = django_env(args, secret_key, page_cache=False)
    say("collecting static files ...")
    with tempfile.TemporaryFile() as quiet:
        completed = subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput"], cwd=ROOT, env=env,
                                   stdout=quiet, stderr=subprocess.PIPE, text=False, check=False)
    if completed.returncode != 0:
        raise BenchError("collectstatic failed: " + completed.stderr.decode(errors="replace")[-2000:])
    say("preparing the benchmark database (migrations, data on the first run) ...")
    sizes = [f"--{name}={getattr(args, name)}" for name in ("products", "artisans", "cooperatives", "stories",
                                                             "regions", "pictures")]
    run_python(env, "-m", "scripts.bench.probe", "prepare", "--out", str(WORK / "pages.json"), *sizes)
    all_pages = json.loads((WORK / "pages.json").read_text())
    pages = {name: all_pages[name] for name in args.pages.split(",")}
    say("pages: " + ", ".join(f"{name} {url}" for name, url in pages.items()))

    tables, snapshots, profiles = [], [], {}
    for pass_name in args.passes.split(","):
        cached = pass_name.strip() == "cached"
        label = "with the page cache" if cached else "uncached"
        pass_tables, pass_snapshots, measures = measure_pass(
            args, django_env(args, secret_key, page_cache=cached), pages, label, cached,
            rounds=2 if cached else 1, profile=0 if cached else args.profile)
        tables += pass_tables
        snapshots += pass_snapshots
        if not cached:
            profiles = {name: data.get("profile") for name, data in measures["pages"].items() if data.get("profile")}

    say("\n" + "=" * 100)
    say("\n\n".join(tables))
    say("\n" + report.format_memory(snapshots))
    say(f"\nTargets: uncached req/s per page as listed, {report.CACHED_TARGET_RPS} req/s with the page cache, "
        f"p99 <= {report.P99_TARGET_MS} ms, zero non-2xx (wrk counts statuses >= 400 and socket errors; each URL is "
        f"checked to answer 200, not a redirect, before and after its run), story and product pages <= "
        f"{report.WEIGHT_TARGET_KB} KB (HTML + CSS + JS, gzip). SQL = queries for one request (in-process, warm). "
        f"CPU ms = the gunicorn workers' CPU time per request during the run (PostgreSQL's and wrk's not included): "
        f"unlike req/s it hardly depends on what else the machine runs; 2 workers on 2 idle cores serve at most "
        f"about 2000 / CPU ms requests per second.")
    if profiles:
        say("profiles: " + ", ".join(profiles.values()))
    say(f"benchmark finished in {(time.monotonic() - started) / 60:.1f} min")


def entry(argv=None):
    # SIGTERM behaves like Ctrl-C: the finally blocks stop gunicorn.
    signal.signal(signal.SIGTERM, lambda *__: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        main(argv)
    except BenchError as error:
        print(f"benchmark failed: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: everything the benchmark started is stopped", file=sys.stderr)
        return 130
    return 0
