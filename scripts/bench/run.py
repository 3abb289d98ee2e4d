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
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from scripts.bench import report
from scripts.bench.passes import TARGETS, measure_pass
from scripts.bench.server import ROOT, WORK, django_env, run_python
from scripts.bench.services import BenchError, ensure_database, ensure_postgres, redis_command, say

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/dakhla_bench"


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
