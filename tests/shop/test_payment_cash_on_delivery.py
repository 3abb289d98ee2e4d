"""Cash on delivery: Morocco only, up to a configurable amount, the order placed "To confirm"."""

import re

import pytest
from django.core import mail
from django.test import override_settings

from tests import factories
from tests.orders_helpers import (  # noqa: F401  (client: the committing test client)
    FRANCE_ADDRESS,
    Order,
    add_to_basket,
    buy,
    checkout_to_payment,
    choose_method,
    client,
    france,
    place_order,
)

pytestmark = pytest.mark.django_db


def radio(html, code):
    """The <input> tag of one payment method's radio button."""
    return re.search(r'<input type="radio"[^>]*value="%s"[^>]*>' % code, html).group(0)


def test_a_buyer_in_morocco_chooses_cash_on_delivery_and_the_order_waits_for_confirmation(client, carpet, morocco):
    response, order = buy(client, carpet, "cash-on-delivery", quantity=2)

    assert response.redirect_chain[-1][0].endswith("/fr/shop/checkout/thank-you/")
    assert "Paiement à la livraison : vous paierez 3\u202f700,00\xa0MAD au livreur" in response.content.decode()
    assert order.status == "To confirm"
    assert order.payment_method == "cash-on-delivery"
    assert not order.is_paid
    source = order.sources.get()
    assert (source.source_type.code, source.amount_allocated, source.amount_debited) == ("cash-on-delivery", 3700, 0)
    first = order.status_changes.get()
    assert (first.old_status, first.new_status, first.via) == ("", "To confirm", "checkout")
    assert len(mail.outbox) == 1 and order.number in mail.outbox[0].subject


def test_the_payment_page_offers_cash_on_delivery_selected_by_default_in_morocco(client, carpet, morocco):
    add_to_basket(client, carpet)

    html = checkout_to_payment(client).content.decode()

    assert "checked" in radio(html, "cash-on-delivery")
    assert "checked" not in radio(html, "bank-transfer")
    assert "Virement bancaire" in html and "Carte bancaire" in html


def test_cash_on_delivery_is_refused_for_a_delivery_abroad_with_the_reason(client, carpet, morocco):
    france()
    add_to_basket(client, carpet)
    html = checkout_to_payment(client, address=FRANCE_ADDRESS).content.decode()

    assert "Le paiement à la livraison n&#x27;est possible que pour une livraison au Maroc." in html
    assert "disabled" in radio(html, "cash-on-delivery")
    assert "checked" in radio(html, "bank-transfer")  # the first method offered

    # Forcing it anyway is refused on the page, and nothing is placed.
    response = choose_method(client, "cash-on-delivery")
    assert response.status_code == 200
    assert "Ce moyen de paiement n&#x27;est pas disponible pour cette commande" in response.content.decode()
    response = place_order(client)
    assert not Order.objects.filter(payment_method="cash-on-delivery").exists()


@override_settings(SHOP_CASH_ON_DELIVERY_MAX_AMOUNT="3000.00")
def test_cash_on_delivery_is_refused_above_the_configured_amount(client, morocco):
    carpet = factories.product_in_stock(title="Grand tapis", price="1850.00", stock=5)
    add_to_basket(client, carpet, quantity=2)  # 3 700 MAD

    html = checkout_to_payment(client).content.decode()

    assert "Le paiement à la livraison est possible pour les commandes jusqu&#x27;à 3\u202f000,00\xa0MAD." in html
    response = choose_method(client, "cash-on-delivery")
    assert response.status_code == 200
    assert not Order.objects.exists()
