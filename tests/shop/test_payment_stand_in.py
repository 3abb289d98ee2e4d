"""The local stand-in for CMI's payment page plays the gateway's side: approve, decline, tampered callback."""

import re

import pytest
from django.core import mail
from django.test import override_settings

from tests.orders_helpers import buy, client, form_fields  # noqa: F401  (client: the committing test client)

pytestmark = pytest.mark.django_db


def to_the_gateway(client, product):
    """Buy by card and post the shop's signed form to the stand-in, as the browser does."""
    response, order = buy(client, product, "card-cmi")
    fields = form_fields(response.content.decode(), "cmi-payment-form")
    gateway = client.post("/payment/cmi/stand-in/", fields)
    assert gateway.status_code == 200, gateway.content[:2000]
    return order, form_fields(gateway.content.decode(), "stand-in-choice"), gateway


def decide(client, fields, outcome):
    """Press one of the stand-in's buttons, then follow its auto-submitted form back to the shop."""
    result = client.post("/payment/cmi/stand-in/decide/", dict(fields, outcome=outcome))
    assert result.status_code == 200
    html = result.content.decode()
    back_to = re.search(r'<form id="stand-in-return" method="post" action="([^"]+)"', html).group(1)
    page = client.post(back_to.replace("http://testserver", ""), form_fields(html, "stand-in-return"), follow=True)
    return html, page


def test_the_stand_in_shows_the_order_and_its_three_choices(client, carpet, morocco):
    order, fields, gateway = to_the_gateway(client, carpet)

    html = gateway.content.decode()
    assert order.number in html and "1850.00" in html
    assert [value for value in re.findall(r'name="outcome" value="(\w+)"', html)] == ["approve", "decline", "tamper"]
    assert fields["oid"] == order.number


def test_approving_on_the_stand_in_pays_the_order_through_the_callback(client, carpet, morocco):
    order, fields, __ = to_the_gateway(client, carpet)

    html, page = decide(client, fields, "approve")

    assert "ACTION=POSTAUTH" in html
    order.refresh_from_db()
    assert order.status == "Paid" and order.is_paid
    assert order.status_changes.get(new_status="Paid").via == "CMI callback"
    assert page.status_code == 200
    assert 'data-order-status="Paid"' in page.content.decode()
    assert len(mail.outbox) == 1


def test_declining_on_the_stand_in_leaves_the_order_unpaid_and_offers_to_try_again(client, carpet, morocco):
    order, fields, __ = to_the_gateway(client, carpet)

    html, page = decide(client, fields, "decline")

    assert "APPROVED" in html
    order.refresh_from_db()
    assert order.status == "Awaiting payment" and not order.is_paid
    body = page.content.decode()
    assert "/fr/shop/checkout/card/fail/" in page.redirect_chain[-1][0]
    assert 'href="/fr/shop/checkout/card/pay/' in body

    # Trying again posts a freshly signed form, and this time the bank approves.
    retry = client.get(re.search(r'href="(/fr/shop/checkout/card/pay/[^"]+)"', body).group(1))
    again = client.post("/payment/cmi/stand-in/", form_fields(retry.content.decode(), "cmi-payment-form"))
    decide(client, form_fields(again.content.decode(), "stand-in-choice"), "approve")
    order.refresh_from_db()
    assert order.is_paid


def test_a_tampered_callback_from_the_stand_in_is_refused_and_the_return_page_does_not_pay(client, carpet, morocco):
    order, fields, __ = to_the_gateway(client, carpet)

    html, page = decide(client, fields, "tamper")

    assert "FAILURE" in html
    order.refresh_from_db()
    assert order.status == "Awaiting payment" and not order.is_paid
    assert 'data-order-status="Awaiting payment"' in page.content.decode()
    assert mail.outbox == []


def test_the_stand_in_refuses_a_form_the_shop_did_not_sign(client, carpet, morocco):
    order, fields, __ = to_the_gateway(client, carpet)

    forged = dict(fields, amount="1.00")
    assert client.post("/payment/cmi/stand-in/", forged).status_code == 400
    assert client.post("/payment/cmi/stand-in/decide/", dict(forged, outcome="approve")).status_code == 400
    order.refresh_from_db()
    assert not order.is_paid


@override_settings(CMI_STAND_IN_GATEWAY=False)
def test_the_stand_in_is_not_served_when_turned_off(client):
    # (a 404 outside the language prefixes is sent on to the visitor's language, where it stays a 404)
    assert client.post("/payment/cmi/stand-in/", {"oid": "1"}, follow=True).status_code == 404
    assert client.post("/payment/cmi/stand-in/decide/", {"oid": "1", "outcome": "approve"}, follow=True).status_code == 404
