"""Card payment through CMI: the hash (version 3), the signed form, and the server-to-server callback that alone
marks an order paid."""

import base64
import hashlib
import logging

import pytest
from django.core import mail

from shop.payment import cmi
from tests.orders_helpers import CommittingClient as Client
from tests.orders_helpers import buy, client, form_fields, post_callback, signed_callback  # noqa: F401

pytestmark = pytest.mark.django_db


def test_the_hash_matches_a_vector_worked_out_by_hand():
    params = {
        "clientid": "600000000",
        "oid": "100042",
        "amount": "1850.00",
        "currency": "504",
        "okUrl": "https://shop.example/ok",
        "failUrl": "https://shop.example/fail",
        "rnd": "abc",
        "storetype": "3D_PAY_HOSTING",
        "trantype": "PreAuth",
        "hashAlgorithm": "ver3",
        "encoding": "UTF-8",
        "lang": "fr",
        "BillToName": "Khadija | Benali",
        "BillToStreet12": "  12 av. \\ Mohammed V ",
        "BillToStreet2": "Apt 3",
        "HASH": "whatever was posted",
    }
    store_key = "key|with\\slash"
    # By hand: names in case-insensitive natural order (BillToStreet2 before BillToStreet12), without hash and
    # encoding; values trimmed, "\" doubled and "|" escaped; joined with "|"; then the escaped store key.
    plaintext = (
        "1850.00|Khadija \\| Benali|Apt 3|12 av. \\\\ Mohammed V|600000000|504|https://shop.example/fail|ver3|fr|"
        "100042|https://shop.example/ok|abc|3D_PAY_HOSTING|PreAuth|key\\|with\\\\slash"
    )
    expected = base64.b64encode(hashlib.sha512(plaintext.encode("utf-8")).digest()).decode()

    assert cmi.hash_plaintext(params, store_key) == plaintext
    assert cmi.hash_ver3(params, store_key) == expected
    assert cmi.hash_is_valid(dict(params, HASH=expected), store_key)
    assert not cmi.hash_is_valid(dict(params, HASH=expected, amount="1849.99"), store_key)


def test_a_card_order_is_reserved_then_the_browser_posts_a_signed_form_to_the_gateway(client, carpet, morocco):
    response, order = buy(client, carpet, "card-cmi")

    assert order.status == "Awaiting payment" and not order.is_paid
    assert mail.outbox == []  # the buyer hears from us once the bank confirms
    assert "/fr/shop/checkout/card/pay/" in response.redirect_chain[-1][0]
    html = response.content.decode()
    assert 'id="cmi-payment-form"' in html and 'action="http://testserver/payment/cmi/stand-in/"' in html
    fields = form_fields(html, "cmi-payment-form")
    assert fields["oid"] == order.number
    assert fields["amount"] == "1850.00"
    assert fields["currency"] == "504"
    assert fields["storetype"] == "3D_PAY_HOSTING" and fields["trantype"] == "PreAuth"
    assert fields["hashAlgorithm"] == "ver3" and fields["lang"] == "fr"
    assert fields["CallbackURL"] == "http://testserver/payment/cmi/callback/"
    assert fields["okUrl"].startswith("http://testserver/fr/shop/checkout/card/ok/")
    assert fields["email"] == "khadija@example.ma" and fields["BillToCity"] == "Dakhla"
    assert "csrfmiddlewaretoken" not in fields
    assert cmi.hash_is_valid({**fields, "HASH": fields["hash"]}, "tests-store-key")
    assert carpet.stockrecords.get().num_allocated == 1


def test_an_approved_callback_marks_the_order_paid_and_asks_for_capture(client, carpet, morocco):
    __, order = buy(client, carpet, "card-cmi")

    response = post_callback(Client(), signed_callback(order, trans_id="T123"))

    assert response.status_code == 200
    assert response.content.decode() == "ACTION=POSTAUTH"
    order.refresh_from_db()
    assert order.status == "Paid" and order.is_paid
    change = order.status_changes.get(new_status="Paid")
    assert (change.user, change.via) == (None, "CMI callback")
    source = order.sources.get()
    assert (source.amount_debited, source.reference) == (order.total_incl_tax, "T123")
    assert len(mail.outbox) == 1 and "Paiement reçu" in mail.outbox[0].subject


def test_a_repeated_callback_changes_nothing(client, carpet, morocco):
    __, order = buy(client, carpet, "card-cmi")
    fields = signed_callback(order, trans_id="T123")
    post_callback(Client(), fields)

    again = post_callback(Client(), fields)
    late_other = post_callback(Client(), signed_callback(order, trans_id="T999"))

    assert again.content.decode() == "ACTION=POSTAUTH"
    assert late_other.content.decode() == "FAILURE"
    order.refresh_from_db()
    assert order.status_changes.filter(new_status="Paid").count() == 1
    source = order.sources.get()
    assert source.transactions.count() == 1 and source.amount_debited == order.total_incl_tax
    assert source.reference == "T123"
    assert len(mail.outbox) == 1


def test_a_declined_payment_is_acknowledged_and_leaves_the_order_unpaid(client, carpet, morocco):
    __, order = buy(client, carpet, "card-cmi")

    response = post_callback(Client(), signed_callback(order, code="05"))

    assert response.content.decode() == "APPROVED"
    order.refresh_from_db()
    assert order.status == "Awaiting payment" and not order.is_paid
    assert order.status_changes.count() == 1


@pytest.mark.parametrize("tamper", ["hash", "amount_after_signing", "one_centime", "currency", "unknown_order"])
def test_a_tampered_or_mismatched_callback_is_refused_logged_and_the_order_stays_unpaid(
    client, carpet, morocco, caplog, tamper
):
    __, order = buy(client, carpet, "card-cmi")
    fields = signed_callback(order)
    if tamper == "hash":
        fields["HASH"] = fields["HASH"][:-4] + "AAA="
    elif tamper == "amount_after_signing":
        fields["amount"] = "1.00"
    elif tamper == "one_centime":
        fields = signed_callback(order, amount="1849.99")  # correctly signed, but not the order's total
    elif tamper == "currency":
        fields = signed_callback(order, currency="978")
    elif tamper == "unknown_order":
        fields = signed_callback(order, oid="999999")

    with caplog.at_level(logging.WARNING, logger="dakhla.payment.cmi"):
        response = post_callback(Client(), fields)

    assert response.status_code == 200
    assert response.content.decode() == "FAILURE"
    assert any("refused" in record.getMessage() for record in caplog.records)
    order.refresh_from_db()
    assert order.status == "Awaiting payment" and not order.is_paid
    assert order.sources.get().amount_debited == 0
    assert mail.outbox == []


def test_a_callback_with_garbage_is_refused_without_a_server_error(db):
    response = post_callback(Client(raise_request_exception=False), {"oid": "x", "amount": "abc", "HASH": "zz"})
    assert (response.status_code, response.content.decode()) == (200, "FAILURE")
    assert Client().get("/payment/cmi/callback/").status_code == 405


def test_an_approval_arriving_after_the_order_was_cancelled_is_refused(client, carpet, morocco, administrator):
    __, order = buy(client, carpet, "card-cmi")
    staff = Client()
    staff.force_login(administrator)
    staff.post(f"/dashboard/orders/{order.number}/", {"order_action": "change_order_status", "new_status": "Cancelled"})

    response = post_callback(Client(), signed_callback(order))

    assert response.content.decode() == "FAILURE"
    order.refresh_from_db()
    assert order.status == "Cancelled" and not order.is_paid


def test_the_return_pages_only_display_and_never_mark_an_order_paid(client, carpet, morocco):
    response, order = buy(client, carpet, "card-cmi")
    ok_url = f"/fr/shop/checkout/card/ok/{cmi.order_token(order)}/"

    bank_return = Client(enforce_csrf_checks=True).post(ok_url, {"oid": order.number, "ProcReturnCode": "00"})
    assert bank_return.status_code == 303 and bank_return["Location"] == ok_url
    page = client.get(ok_url)

    assert page.status_code == 200
    assert 'data-order-status="Awaiting payment"' in page.content.decode()
    order.refresh_from_db()
    assert not order.is_paid
    assert client.get("/fr/shop/checkout/card/ok/forged-token/").status_code == 404


def test_staff_cannot_mark_a_card_order_paid_by_hand(client, carpet, morocco, administrator):
    __, order = buy(client, carpet, "card-cmi")
    staff = Client()
    staff.force_login(administrator)

    staff.post(f"/dashboard/orders/{order.number}/", {"order_action": "change_order_status", "new_status": "Paid"})

    order.refresh_from_db()
    assert order.status == "Awaiting payment" and not order.is_paid
    assert order.available_statuses() == ("Cancelled",)
