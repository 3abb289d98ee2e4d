"""A guest buys an in-stock product through Oscar's checkout and pays cash on delivery."""

import pytest
from oscar.core.loading import get_model

from tests.journeys import GUEST_ADDRESS, add_to_basket, guest_checkout

Order = get_model("order", "Order")
Basket = get_model("basket", "Basket")

pytestmark = pytest.mark.django_db


def test_a_guest_pays_cash_on_delivery_and_gets_an_order_number(client, carpet, morocco):
    add_to_basket(client, carpet, quantity=2)

    response = guest_checkout(client)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0].endswith("/fr/shop/checkout/thank-you/")
    order = Order.objects.get()
    html = response.content.decode()
    assert order.number in html
    assert "Paiement à la livraison : vous paierez 3\u202f700,00\xa0MAD au livreur" in html
    assert order.guest_email == "khadija@example.ma"
    assert order.status == "To confirm"
    assert order.total_incl_tax == 3700
    assert order.currency == "MAD"
    assert order.shipping_address.line4 == "Dakhla"
    assert [(line.product, line.quantity) for line in order.lines.all()] == [(carpet, 2)]
    source = order.sources.get()
    assert source.source_type.code == "cash-on-delivery"
    assert source.amount_allocated == 3700

    stock = carpet.stockrecords.get()
    assert (stock.num_in_stock, stock.num_allocated) == (5, 2)

    # The basket is emptied: the header shows none and the old basket is submitted.
    assert Basket.objects.get(pk=order.basket_id).status == "Submitted"
    assert 'data-basket-count="0"' in client.get("/fr/").content.decode()


def test_a_missing_address_field_is_reported_and_what_was_typed_stays(client, carpet, morocco):
    add_to_basket(client, carpet)
    client.post("/fr/shop/checkout/", {"username": "khadija@example.ma", "options": "anonymous"})

    address = dict(GUEST_ADDRESS, line1="")
    response = client.post("/fr/shop/checkout/shipping-address/", address)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Champ requis." in html
    assert 'value="Benali"' in html
    assert not Order.objects.exists()


def test_an_invalid_phone_number_is_refused_in_the_visitors_language(client, carpet, morocco):
    add_to_basket(client, carpet)
    client.post("/fr/shop/checkout/", {"username": "khadija@example.ma", "options": "anonymous"})

    response = client.post("/fr/shop/checkout/shipping-address/", dict(GUEST_ADDRESS, phone_number="12"))

    assert response.status_code == 200
    assert "n&#x27;est pas un numéro de téléphone local valide pour Maroc" in response.content.decode()
    assert not Order.objects.exists()
