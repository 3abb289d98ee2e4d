"""Payouts through the staff dashboard: a seller's RIB is validated (24 digits and its key), a payout is created for
a statement's balance and marked sent with the bank's reference; a second payout for the same statement has nothing
to pay. Makers and customers are refused, anonymous visitors sent to log in."""

from datetime import date
from decimal import Decimal

import pytest
from django.utils.html import escape
from django.utils.translation import gettext, override
from django.contrib.auth import get_user_model

from earnings.models import PayeeAccount, Payout
from tests.earnings.factories import cooperative_with_members
from tests.earnings.statement_helpers import earned, valid_rib, wrong_key_rib
from tests.orders_helpers import client  # noqa: F401  (the committing test client)

pytestmark = pytest.mark.django_db


@pytest.fixture
def cooperative(db):
    return cooperative_with_members()


def _payout_url(partner):
    today = date.today()
    return f"/dashboard/earnings/sellers/{partner.pk}/{today.year}/{today.month}/payout/"


def _account(client, partner, rib):
    return client.post(f"/dashboard/earnings/sellers/{partner.pk}/account/",
                       {"legal_name": "Coopérative Nour", "ice": "001234567000089", "rib": rib})


def test_a_rib_whose_key_does_not_match_is_refused_with_the_reason(client, cooperative, administrator):
    client.force_login(administrator)

    response = _account(client, cooperative["partner"], wrong_key_rib())

    assert response.status_code == 400
    assert "RIB" in response.content.decode()
    with override("fr"):
        assert escape(gettext("This RIB's key does not match: check the 24 digits.")) in response.content.decode()
    assert not PayeeAccount.objects.exists()


def test_staff_pay_a_statements_balance_mark_it_sent_and_a_second_payout_has_nothing_to_pay(
        client, morocco, cooperative, administrator):
    partner = cooperative["partner"]
    earned(client, cooperative["members"][0]["product"], administrator, "a@example.ma")
    client.force_login(administrator)
    assert _account(client, partner, valid_rib()).status_code == 302

    client.post(_payout_url(partner))
    payout = Payout.objects.get()
    client.post(f"/dashboard/earnings/payouts/{payout.pk}/sent/", {"bank_reference": "VIR-2026-0042"})
    again = client.post(_payout_url(partner), follow=True)

    payout.refresh_from_db()
    assert (payout.amount, payout.rib, payout.status) == (Decimal("396.00"), valid_rib(), Payout.SENT)
    assert payout.bank_reference == "VIR-2026-0042"
    assert Payout.objects.count() == 1
    with override("fr"):
        nothing_owed = gettext("Nothing is owed to this seller for this statement.")
    assert nothing_owed in [str(m) for m in again.context["messages"]]


def test_without_a_bank_account_no_payout_is_created(client, morocco, cooperative, administrator):
    earned(client, cooperative["members"][0]["product"], administrator, "a@example.ma")
    client.force_login(administrator)

    client.post(_payout_url(cooperative["partner"]))

    assert not Payout.objects.exists()


def test_a_maker_posting_to_the_payout_address_is_refused_and_nothing_is_created(client, cooperative):
    PayeeAccount.objects.create(partner=cooperative["partner"], legal_name="Nour", rib=valid_rib())
    for maker in (cooperative["manager"], cooperative["members"][0]["user"]):
        client.force_login(maker)

        assert client.post(_payout_url(cooperative["partner"])).status_code == 403
    assert not Payout.objects.exists()


def test_a_customer_is_refused_the_sellers_statements(client, cooperative):
    customer = get_user_model().objects.create_user("cliente", "cliente@example.ma", "motdepasse-cliente")
    client.force_login(customer)

    assert client.get("/dashboard/earnings/sellers/").status_code == 403
    assert client.get(f"/dashboard/earnings/sellers/{cooperative['partner'].pk}/").status_code == 403


def test_an_anonymous_visitor_is_sent_to_log_in(client, cooperative):
    response = client.post(_payout_url(cooperative["partner"]))

    assert response.status_code == 302 and "login" in response["Location"]
    assert not Payout.objects.exists()


def test_staff_read_a_sellers_statement_with_its_lines_and_balance(client, morocco, cooperative, administrator):
    partner = cooperative["partner"]
    earned(client, cooperative["members"][0]["product"], administrator, "a@example.ma")
    client.force_login(administrator)

    sellers = client.get("/dashboard/earnings/sellers/").content.decode()
    page = client.get(f"/dashboard/earnings/sellers/{partner.pk}/").content.decode()

    assert f"/dashboard/earnings/sellers/{partner.pk}/" in sellers and "396,00" in sellers
    assert cooperative["members"][0]["product"].title in page
    assert f"/dashboard/earnings/sellers/{partner.pk}/{date.today().year}/{date.today().month}.pdf" in page
