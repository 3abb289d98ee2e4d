"""One pass of the page benchmark: gunicorn started with the page cache off or on, the pages probed in-process
(queries, HTML bytes, page weight), then per page a wrk warm-up and a measured wrk run, into report tables."""

import json
import os

from scripts.bench import report, wrk
from scripts.bench.server import WORK, Gunicorn, load_average, run_python, status
from scripts.bench.services import BenchError, redis_command, say

# page -> uncached req/s target (2 workers); with the page cache every page must reach report.CACHED_TARGET_RPS.
# "layout" is a reference without a target: Oscar's offer list with no offer on it, i.e. the site's layout (header,
# basket summary, search box, languages, footer) and one query: what any page costs before its own content.
TARGETS = {
    "story": 200, "artisan": 230, "home": 100, "category": 100, "catalogue": 100, "product": 110, "basket": 75,
    "search": 60, "layout": None,
}
WEIGHT_CHECKED = {"story", "product"}


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
