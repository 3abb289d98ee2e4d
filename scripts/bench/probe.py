"""The Django side of the benchmark, run as a subprocess with the same environment as gunicorn (settings, database,
Redis, PAGE_CACHE_ENABLED), so that what it counts is what gunicorn serves:

    python -m scripts.bench.probe prepare --out urls.json [--products N ...]
        migrate, generate the catalogue unless it is already there, warm the renditions, choose the pages
    python -m scripts.bench.probe measure --urls urls.json --server http://127.0.0.1:PORT --out measures.json
        make a basket (3 lines from 2 makers), count SQL queries and HTML bytes per page (in-process, Django's test
        client), weigh each page (HTML + its CSS and JS, compressed, fetched from gunicorn), optionally profile
"""

import argparse
import cProfile
import gzip
import io
import json
import os
import pstats
import re
import statistics
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HOST = "127.0.0.1"
SEARCH_QUERY = "tapis"


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "scripts.bench.settings")
    import django

    django.setup()


def log(message):
    print(message, file=sys.stderr, flush=True)


_CLIENTS = {}


def client(**extra):
    """Django's test client, one per set of defaults: each new client loads the middleware again (whitenoise then
    scans every static file, half a second), which gunicorn does once per worker. Its cookies are dropped before each
    use, so every request is a first visit, as wrk's are."""
    from django.test import Client

    key = tuple(sorted(extra.items()))
    if key not in _CLIENTS:
        _CLIENTS[key] = Client(HTTP_HOST=HOST, **extra)
    browser = _CLIENTS[key]
    browser.cookies.clear()
    return browser


# --- prepare ---------------------------------------------------------------------------------------------------------


def prepare(args):
    from django.core.management import call_command
    from django.utils import translation

    from scripts.bench import generate

    started = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    log(f"  migrations applied ({time.perf_counter() - started:.0f} s)")
    counts = generate.Counts(products=args.products, artisans=args.artisans, cooperatives=args.cooperatives,
                             stories=args.stories, regions=args.regions, pictures=args.pictures)
    existing = generate.existing_counts()
    if not any(existing.values()):
        log(f"  generating {counts.products} products, {counts.artisans} artisans, {counts.cooperatives} "
            f"cooperatives, {counts.stories} stories in {counts.regions} regions...")
        started = time.perf_counter()
        result = generate.generate(counts, log=log)
        log(f"  generated in {time.perf_counter() - started:.0f} s ({result.seconds}); {result.images} pictures, "
            f"{result.product_images} product images")
    elif generate.matches(counts, existing):
        log(f"  reusing the catalogue already in the database ({existing})")
    else:
        raise SystemExit(f"The benchmark database holds another catalogue ({existing}); run with --regenerate.")
    with translation.override("fr"):  # renditions and thumbnails: made on the first run, checked afterwards
        generate.warm_renditions(client(), generate.warm_up_urls(counts), log=log)
    with translation.override("fr"):
        pages = choose_pages()
    Path(args.out).write_text(json.dumps(pages, indent=2))


def choose_pages():
    """The measured pages: a typical story, its artisan, one of its products, a category, the search results."""
    from oscar.core.loading import get_model

    from stories.models import StoryPage

    Category = get_model("catalogue", "Category")
    Product = get_model("catalogue", "Product")
    stories = StoryPage.objects.live().order_by("path")
    story = stories[stories.count() // 2]
    product_ids = [block.value["product"].pk for block in story.body if block.block_type == "product"
                   and block.value["product"] is not None]
    product = Product.objects.filter(pk__in=product_ids, lead_time_days__isnull=True).first() or \
        Product.objects.get(pk=product_ids[0])
    artisan = next(block.value["artisan"].specific for block in story.body if block.block_type == "artisan")
    category = Category.objects.filter(name="Tapis").first() or Category.objects.order_by("path").first()
    return {
        "story": story.url,
        "artisan": artisan.url,
        "home": "/fr/",
        "category": category.get_absolute_url(),
        "catalogue": "/fr/shop/catalogue/",
        "product": product.get_absolute_url(),
        "basket": "/fr/shop/basket/",
        "search": f"/fr/search/?q={SEARCH_QUERY}",
        "layout": "/fr/shop/offers/",  # the reference: the site's layout around an empty list
    }


# --- measure ---------------------------------------------------------------------------------------------------------


def basket_cookie():
    """A basket of 3 lines from 2 makers, made through the add-to-basket view; returns the basket cookie's value."""
    from django.conf import settings
    from oscar.core.loading import get_model

    StockRecord = get_model("partner", "StockRecord")
    records = (StockRecord.objects.filter(num_in_stock__gte=3, product__is_public=True,
                                          product__upc__startswith="BENCH-", product__lead_time_days__isnull=True)
               .select_related("product").order_by("partner_id", "pk"))
    first_partner = records.first().partner_id
    chosen = list(records.filter(partner_id=first_partner)[:2])
    chosen += list(records.exclude(partner_id=first_partner)[:1])
    if len(chosen) != 3 or len({record.partner_id for record in chosen}) != 2:
        raise RuntimeError("could not find 3 products in stock from 2 makers for the basket")
    from django.test import Client

    browser = Client(HTTP_HOST=HOST)  # keeps its cookies: the basket cookie of the first line is sent with the next
    for record in chosen:
        response = browser.post(f"/fr/shop/basket/add/{record.product_id}/", {"quantity": 1})
        if response.status_code not in (200, 302):
            raise RuntimeError(f"adding product {record.product_id} to the basket answered {response.status_code}")
    name = settings.OSCAR_BASKET_COOKIE_OPEN
    if name not in browser.cookies:
        raise RuntimeError("the add-to-basket view set no basket cookie")
    cookie = f"{name}={browser.cookies[name].value}"
    basket = get_model("basket", "Basket").objects.get(pk=int(browser.cookies[name].value.split(":")[0]))
    response = client(HTTP_COOKIE=cookie).get("/fr/shop/basket/")
    if response.status_code != 200 or basket.num_lines != 3:
        raise RuntimeError(f"the basket page answered {response.status_code}; the basket has {basket.num_lines} lines")
    return cookie


def count_page(url, cookie, rounds):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    extra = {"HTTP_COOKIE": cookie} if cookie else {}
    for __ in range(2):  # warm-up: templates, caches, the first rendition look-ups
        client(**extra).get(url)
    with CaptureQueriesContext(connection) as context:
        response = client(**extra).get(url)
    captured = list(context.captured_queries)  # a view of connection.queries: the next request clears it
    if response.status_code != 200:
        return {"error": f"answered {response.status_code} in-process", "status": response.status_code}
    timings, cpu = [], []
    for __ in range(rounds):
        started, started_cpu = time.perf_counter(), time.process_time()
        client(**extra).get(url)
        timings.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    html = response.content
    sql_ms = sum(float(query["time"]) for query in captured) * 1000
    repeated = {}
    for query in captured:
        shape = re.sub(r"\b\d+\b", "N", query["sql"])[:160]
        repeated[shape] = repeated.get(shape, 0) + 1
    return {
        "status": response.status_code,
        "queries": len(captured),
        "sql_ms": round(sql_ms, 1),
        "in_process_ms": round(statistics.median(timings), 1),
        "in_process_cpu_ms": round(statistics.median(cpu), 1),  # Python's own CPU time (PostgreSQL's not included)
        "html_bytes": len(html),
        "html_gzip_bytes": len(gzip.compress(html, 6)),
        "html": html.decode("utf-8", "replace"),
        "repeated_queries": sorted(((n, shape) for shape, n in repeated.items() if n > 1), reverse=True)[:5],
    }


ASSET = re.compile(r"<(?:link|script)\b[^>]*>", re.IGNORECASE)
ATTRIBUTE = re.compile(r'(\w[\w-]*)\s*=\s*"([^"]*)"')


def assets(html):
    """The CSS and JS a page loads: stylesheets, preloaded styles and scripts, module preloads, script sources."""
    found = []
    for tag in ASSET.findall(html):
        attributes = {name.lower(): value for name, value in ATTRIBUTE.findall(tag)}
        rel = attributes.get("rel", "").lower().split()
        if tag.lower().startswith("<script") and attributes.get("src"):
            found.append(attributes["src"])
        elif "stylesheet" in rel or "modulepreload" in rel or (
                "preload" in rel and attributes.get("as") in ("style", "script")):
            found.append(attributes["href"])
    return list(dict.fromkeys(found))


def fetch_compressed(server, path):
    """Bytes transferred for a static file asked for with Accept-Encoding: gzip (compressed here if served raw)."""
    request = urllib.request.Request(server + path, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=10) as response:
        body = response.read()
        encoding = response.headers.get("Content-Encoding", "")
    return len(body) if encoding in ("gzip", "br") else len(gzip.compress(body, 6))


def page_weight(server, html, html_gzip_bytes):
    total, problems = html_gzip_bytes, []
    for src in assets(html):
        if src.startswith(("http://", "https://", "//")):
            problems.append(f"external asset {src}")
            continue
        try:
            total += fetch_compressed(server, src)
        except Exception as error:  # noqa: BLE001 - reported, not fatal
            problems.append(f"{src}: {error}")
    return total, problems


def profile_page(url, cookie, rounds, out_dir, name):
    extra = {"HTTP_COOKIE": cookie} if cookie else {}
    profiler = cProfile.Profile()
    profiler.enable()
    for __ in range(rounds):
        client(**extra).get(url)
    profiler.disable()
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text)
    stats.sort_stats("cumulative").print_stats(45)
    stats.sort_stats("tottime").print_stats(25)
    path = Path(out_dir) / f"profile-{name}.txt"
    path.write_text(text.getvalue())
    return str(path)


def measure(args):
    from django.utils import translation

    pages = json.loads(Path(args.urls).read_text())
    cookie = basket_cookie()
    results = {"basket_cookie": cookie, "pages": {}}
    with translation.override("fr"):
        for name, url in pages.items():
            page_cookie = cookie if name == "basket" else ""
            data = count_page(url, page_cookie, args.rounds)
            if "html" in data:
                data["weight_gzip_bytes"], data["weight_problems"] = page_weight(args.server, data.pop("html"),
                                                                                 data["html_gzip_bytes"])
            if args.profile and "error" not in data:
                data["profile"] = profile_page(url, page_cookie, args.profile, args.profile_dir, name)
            results["pages"][name] = data
            log(f"  {name:<10} {data.get('queries', '-')!s:>4} queries, {data.get('in_process_ms', '-')} ms "
                f"in-process, of which CPU {data.get('in_process_cpu_ms', '-')} ms and SQL {data.get('sql_ms', '-')} "
                f"ms {data.get('error', '')}")
    Path(args.out).write_text(json.dumps(results, indent=2))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("prepare")
    p.add_argument("--out", required=True)
    for name, default in (("products", 5000), ("artisans", 300), ("cooperatives", 60), ("stories", 1000),
                          ("regions", 12), ("pictures", 6)):
        p.add_argument(f"--{name}", type=int, default=default)
    m = commands.add_parser("measure")
    m.add_argument("--urls", required=True)
    m.add_argument("--server", required=True)
    m.add_argument("--out", required=True)
    m.add_argument("--rounds", type=int, default=5, help="in-process requests timed per page")
    m.add_argument("--profile", type=int, default=0, help="profile this many requests per page with cProfile")
    m.add_argument("--profile-dir", default=str(ROOT / "var" / "bench"))
    args = parser.parse_args(argv)
    setup()
    {"prepare": prepare, "measure": measure}[args.command](args)


if __name__ == "__main__":
    main()
