#!/usr/bin/env python
"""Checkout benchmark (not a test): N guests each buy through the real checkout views with Django's test client
(basket, email, address, delivery, payment method, preview, place order) on PostgreSQL, then the script prints orders per
second and SQL queries per order.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dakhla .venv/bin/python scripts/bench_checkout.py -n 50

It works in its own database, `bench_<name of DATABASE_URL's database>`, created with the migrations on the first run
and kept for the next ones (`--drop` removes it at the end). Test settings: emails go to memory, sent at once.
"""

import argparse
import os
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

ADDRESS = {
    "first_name": "Khadija", "last_name": "Benali", "line1": "12 avenue Mohammed V", "line4": "Dakhla",
    "postcode": "73000", "country": "MA", "phone_number": "+212 661 234 567",
}


def one_order(product, number):
    client = Client()
    steps = [
        ("post", f"/fr/shop/basket/add/{product.pk}/", {"quantity": 1}),
        ("get", "/fr/shop/checkout/", None),
        ("post", "/fr/shop/checkout/", {"username": f"bench{number}@example.ma", "options": "anonymous"}),
        ("post", "/fr/shop/checkout/shipping-address/", ADDRESS),
        ("get", "/fr/shop/checkout/shipping-method/", None),
        ("get", "/fr/shop/checkout/payment-details/", None),
        ("post", "/fr/shop/checkout/preview/", {"method": "cash-on-delivery"}),
        ("get", "/fr/shop/checkout/preview/", None),
    ]
    connection.queries_log.clear()
    with CaptureQueriesContext(connection) as journey:
        for method, path, data in steps:
            response = getattr(client, method)(path, data) if data is not None else getattr(client, method)(path)
            assert response.status_code in (200, 302), (path, response.status_code)
        before = len(journey)
        response = client.post("/fr/shop/checkout/preview/", {"action": "place_order"})
        placing = len(journey) - before
    assert response.status_code == 302 and response["Location"].endswith("/checkout/thank-you/"), response
    return len(journey), placing


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--orders", type=int, default=50)
    parser.add_argument("--drop", action="store_true", help="drop the benchmark database at the end")
    args = parser.parse_args()

    if connection.vendor != "postgresql":
        sys.exit("The benchmark runs on PostgreSQL: set DATABASE_URL=postgres://...")
    setup_test_environment()
    original_name = connection.settings_dict["NAME"]
    connection.settings_dict.setdefault("TEST", {})["NAME"] = f"bench_{original_name}"
    print(f"database bench_{original_name} (migrations on the first run)...", flush=True)
    connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=True)

    from oscar.test.factories import create_product

    from tests import factories

    factories.morocco()
    product = create_product(
        title="Tapis du banc d'essai", price=1850, num_in_stock=args.orders * 2,
        partner_name="Coopérative du banc d'essai", upc=f"BENCH-{uuid.uuid4().hex[:10]}",
    )

    one_order(product, "warm-up")  # templates, caches
    counts = []
    started = time.perf_counter()
    for number in range(args.orders):
        counts.append(one_order(product, number))
    elapsed = time.perf_counter() - started
    journey_queries = sum(journey for journey, __ in counts) / len(counts)
    placing_queries = sum(placing for __, placing in counts) / len(counts)

    print(f"orders placed:               {args.orders} in {elapsed:.1f} s")
    print(f"orders per second:           {args.orders / elapsed:.2f} (whole journey: 9 requests per order)")
    print(f"SQL queries per order:       {journey_queries:.0f} (whole journey)")
    print(f"SQL queries to place one:    {placing_queries:.0f} (the place-order request)")

    if args.drop:
        connection.creation.destroy_test_db(original_name, verbosity=0)


if __name__ == "__main__":
    main()
