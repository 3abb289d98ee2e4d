"""Site search benchmark: fills its own PostgreSQL database with products and stories, builds Wagtail's search index,
then times the results page (/<lang>/search/?q=, through Django's test client) for French, Arabic and English queries.

    .venv/bin/python scripts/bench_search.py                      # 10,000 products, 1,000 stories
    .venv/bin/python scripts/bench_search.py --products 2000 --stories 200 --rounds 5

The database (default `dakhla_search_bench` on the server of DATABASE_URL, else 127.0.0.1 as postgres) is dropped
and created again on each run, unless --keep is given (then the data already there is reused).
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = {
    "fr": ["tapis", "berbere", "poteries", "laine de chameau", "cuir tanné", "Fatim", "argent", "plateau cedre"],
    "ar": ["زربية", "الصوف", "فخار", "جلد", "فضة"],
    "en": ["carpet", "wool", "pottery bowls", "leather", "silver teapot"],
}
FR_NOUNS = ["Tapis", "Coussin", "Plateau", "Bol", "Poterie", "Sac", "Babouches", "Théière", "Lanterne", "Collier",
            "Panier", "Pouf", "Miroir", "Vase", "Couverture"]
FR_ADJ = ["berbère", "en laine de chameau", "en cuir tanné", "en cèdre sculpté", "en argent ciselé", "de Safi",
          "brodé main", "en doum tressé", "du désert", "de Dakhla", "en terre cuite", "teint au henné"]
AR_WORDS = ["زربية", "الصوف", "فخار", "جلد", "فضة", "صحراوية", "أمازيغية", "منسوجة", "يدوية", "الداخلة"]
EN_WORDS = ["carpet", "wool", "pottery", "bowls", "leather", "silver", "teapot", "handmade", "desert", "woven"]
NAMES = ["Fatimetou", "Mariem", "Khadija", "Aicha", "Zineb", "Brahim", "Mohamed", "Salka", "Lalla", "Youssef"]


def database_url(name):
    base = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    parts = urlsplit(base)
    if not parts.scheme.startswith("postgres"):
        parts = urlsplit("postgres://postgres@127.0.0.1:5432/postgres")
    return urlunsplit(parts._replace(path=f"/{name}")), urlunsplit(parts._replace(path="/postgres"))


def recreate_database(admin_url, name):
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def generate(products, stories, rng):
    from django.db import transaction
    from django.utils.text import slugify
    from oscar.core.loading import get_model
    from wagtail.models import Site

    from cooperatives.models import ArtisanPage, RegionPage
    from core.models import Craft
    from stories.models import StoryIndexPage, StoryPage

    Product = get_model("catalogue", "Product")
    ProductClass = get_model("catalogue", "ProductClass")
    Partner = get_model("partner", "Partner")
    StockRecord = get_model("partner", "StockRecord")

    home = Site.objects.get(is_default_site=True).root_page.specific
    crafts = [Craft.objects.get_or_create(name=n, defaults={"slug": slugify(n)})[0]
              for n in ("Tissage", "Poterie", "Maroquinerie", "Bijouterie", "Vannerie")]
    region = home.add_child(instance=RegionPage(title="Dakhla-Oued Eddahab", slug="bench-region",
                                                introduction="Entre désert et océan."))
    artisans = [region.add_child(instance=ArtisanPage(title=f"{name} Mint Ahmed {i}", slug=f"bench-artisan-{i}",
                                                      quote="Je tisse la laine de chameau."))
                for i, name in enumerate(NAMES)]
    index = home.add_child(instance=StoryIndexPage(title="Histoires", slug="bench-histoires"))
    product_class, __ = ProductClass.objects.get_or_create(name="Artisanat", defaults={"track_stock": True})
    partner, __ = Partner.objects.get_or_create(name="Coopérative du banc d'essai")

    def title(i):
        language = i % 10
        if language < 6:
            return f"{rng.choice(FR_NOUNS)} {rng.choice(FR_ADJ)} {i}"
        if language < 8:
            return " ".join(rng.sample(AR_WORDS, 3)) + f" {i}"
        return " ".join(rng.sample(EN_WORDS, 3)).capitalize() + f" {i}"

    started = time.perf_counter()
    with transaction.atomic():
        batch = [
            Product(
                title=title(i), slug=f"bench-product-{i}", upc=f"BENCH{i:06d}", structure="standalone",
                product_class=product_class, is_public=True, craft=rng.choice(crafts), artisan=rng.choice(artisans),
                description=f"{rng.choice(FR_ADJ)}, {' '.join(rng.sample(AR_WORDS, 2))}, {' '.join(rng.sample(EN_WORDS, 2))}.",
            )
            for i in range(products)
        ]
        Product.objects.bulk_create(batch, batch_size=1000)
        ids = Product.objects.filter(upc__startswith="BENCH").values_list("pk", flat=True)
        StockRecord.objects.bulk_create(
            [StockRecord(product_id=pk, partner=partner, partner_sku=f"BENCH-{pk}", price_currency="MAD",
                         price=rng.randint(50, 5000), num_in_stock=rng.randint(0, 20)) for pk in ids],
            batch_size=1000,
        )
    print(f"{products} products in {time.perf_counter() - started:.1f} s (bulk inserts)")

    started = time.perf_counter()
    import datetime

    for i in range(stories):
        story = StoryPage(
            title=f"{title(i)} : une histoire", slug=f"bench-story-{i}", author="Banc d'essai",
            introduction=f"{rng.choice(FR_ADJ)} {' '.join(rng.sample(AR_WORDS, 2))} {' '.join(rng.sample(EN_WORDS, 2))}",
            body=[{"type": "paragraph", "value": f"<p>{rng.choice(FR_NOUNS)} {rng.choice(FR_ADJ)}.</p>"}],
            date_published=datetime.date(2026, 1, 1) - datetime.timedelta(days=i), region=region,
        )
        index.add_child(instance=story)
    print(f"{stories} stories in {time.perf_counter() - started:.1f} s (one add_child each: pages cannot be bulk "
          f"inserted under Wagtail's tree)")


def build_index():
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    print(f"search index built in {time.perf_counter() - started:.1f} s (update_index)")
    # Fresh planner statistics, as autovacuum would gather after a bulk load: without them PostgreSQL joins the
    # products to the index entries with a nested loop and a search takes seconds instead of milliseconds.
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def measure(rounds):
    from django.conf import settings
    from django.test import Client

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    client = Client()
    for language, queries in QUERIES.items():
        client.get(f"/{language}/search/?" + urlencode({"q": queries[0]}))  # warm-up
    print(f"\n{'language':<9}{'query':<22}{'hits':>6}{'p50 ms':>10}{'p95 ms':>10}")
    every = []
    for language, queries in QUERIES.items():
        timings = []
        for query in queries:
            samples = []
            for __ in range(rounds):
                started = time.perf_counter()
                response = client.get(f"/{language}/search/?" + urlencode({"q": query}))
                samples.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (query, response.status_code)
            hits = hit_count(language, query)
            timings += samples
            print(f"{language:<9}{query:<22}{hits:>6}{statistics.median(samples):>10.0f}{percentile(samples, 95):>10.0f}")
        every += timings
        print(f"{language:<9}{'(all ' + language + ')':<22}{'':>6}{statistics.median(timings):>10.0f}"
              f"{percentile(timings, 95):>10.0f}")
    print(f"{'all':<9}{'':<22}{'':>6}{statistics.median(every):>10.0f}{percentile(every, 95):>10.0f}")


def hit_count(language, query):
    from django.http import QueryDict
    from django.utils import translation

    from sitesearch.search import site_search

    with translation.override(language):
        return site_search(QueryDict(urlencode({"q": query}))).product_count


def percentile(values, pct):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--stories", type=int, default=1_000)
    parser.add_argument("--rounds", type=int, default=5, help="requests per query")
    parser.add_argument("--database", default="dakhla_search_bench")
    parser.add_argument("--keep", action="store_true", help="reuse the database and its data")
    args = parser.parse_args()

    url, admin_url = database_url(args.database)
    if not args.keep:
        recreate_database(admin_url, args.database)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

    import django

    django.setup()
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    print(f"database {args.database}: migrated in {time.perf_counter() - started:.1f} s")
    if not args.keep:
        generate(args.products, args.stories, random.Random(7))
        build_index()
    measure(args.rounds)


if __name__ == "__main__":
    main()
