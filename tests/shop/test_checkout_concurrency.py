"""Ten buyers check out the last unit of a product at the same time: exactly one order; the others are told it has
just sold out, and their baskets keep their other lines. Real threads, each with its own database connection."""

import threading

import pytest
from django.db import connection
from django.test import Client

from tests import factories
from tests.orders_helpers import Order, add_to_basket, checkout_to_payment, choose_method, place_order

BUYERS = 10

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL (row locks with SELECT ... FOR UPDATE); SQLite serialises every writer. "
        "CI runs it against PostgreSQL.",
    ),
]


def test_ten_buyers_of_the_last_unit_make_exactly_one_order(morocco):
    last_carpet = factories.product_in_stock(title="Tapis unique", price="1850.00", stock=1)
    argan = factories.product_in_stock(title="Huile d'argan", price="160.00", stock=100)
    buyers = []
    for number in range(BUYERS):
        buyer = Client()
        add_to_basket(buyer, last_carpet)
        add_to_basket(buyer, argan)
        checkout_to_payment(buyer, email=f"acheteur{number}@example.ma")
        choose_method(buyer, "cash-on-delivery")
        assert buyer.get("/fr/shop/checkout/preview/").status_code == 200
        buyers.append(buyer)

    start = threading.Barrier(BUYERS)
    responses = [None] * BUYERS
    errors = []

    def checkout(index):
        try:
            start.wait(timeout=30)
            responses[index] = place_order(buyers[index])
        except Exception as error:  # reported below, with the thread's own traceback lost otherwise
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=checkout, args=(index,)) for index in range(BUYERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == []
    assert Order.objects.count() == 1
    order = Order.objects.get()
    assert [line.product for line in order.lines.all()] == [last_carpet, argan]
    stock = last_carpet.stockrecords.get()
    assert (stock.num_in_stock, stock.num_allocated) == (1, 1)

    winners = [r for r in responses if r.redirect_chain[-1][0].endswith("/checkout/thank-you/")]
    losers = [r for r in responses if r.redirect_chain[-1][0].endswith("/shop/basket/")]
    assert (len(winners), len(losers)) == (1, BUYERS - 1)
    for index, response in enumerate(responses):
        if response in losers:
            assert response.status_code == 200
            assert "« Tapis unique » vient d&#x27;être épuisé" in response.content.decode()
            # (each buyer's basket page, asked once the threads are done: contexts are not thread-safe)
            basket = buyers[index].get("/fr/shop/basket/").context["basket"]
            assert [line.product for line in basket.all_lines()] == [argan]
            assert basket.status == "Open"
