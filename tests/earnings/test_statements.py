"""Statements (earnings/statements.py) and commission rates set by staff: opening + earned + reversals − payouts =
closing, month after month; reading a statement writes nothing; a new rate is a new row, from now on."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.utils.html import escape
from django.utils.translation import gettext, override

from earnings import fees, payouts, statements
from earnings.models import CommissionRate, LedgerEntry, PayeeAccount, Payout
from shop.order import statuses
from shop.order.processing import change_status
from tests.earnings.factories import cooperative_with_members
from tests.earnings.statement_helpers import at, earned, move_entries, valid_rib
from tests.orders_helpers import client  # noqa: F401  (the committing test client)

pytestmark = pytest.mark.django_db

SHARE = Decimal("396.00")  # 450.00 less 12 %


@pytest.fixture
def cooperative(db):
    return cooperative_with_members()


def _previous_month(today):
    last = today.replace(day=1) - timedelta(days=1)
    return last.year, last.month


def test_a_closing_balance_is_the_opening_plus_earned_plus_reversals_less_payouts_and_opens_the_next_month(
        client, morocco, cooperative, administrator):
    partner, product = cooperative["partner"], cooperative["members"][0]["product"]
    PayeeAccount.objects.create(partner=partner, legal_name="Coopérative Nour", rib=valid_rib())
    year, month = _previous_month(date.today())
    first, last = statements.month_period(year, month)
    order_a = earned(client, product, administrator, "a@example.ma")
    move_entries(order_a, first.replace(day=5))
    order_b = earned(client, product, administrator, "b@example.ma")
    payout = payouts.create_payout(partner, first.replace(day=10), administrator)
    Payout.objects.filter(pk=payout.pk).update(created=at(first.replace(day=10)))
    move_entries(order_b, first.replace(day=15))
    earned(client, product, administrator, "c@example.ma")
    change_status(order_b, statuses.REFUNDED, user=administrator)

    before = statements.statement(partner, first, last)
    today = date.today()
    now = statements.statement(partner, *statements.month_period(today.year, today.month))

    assert payout.amount == SHARE
    assert (before.opening, before.earned_total, before.paid_total, before.closing) == (0, 2 * SHARE, SHARE, SHARE)
    assert now.opening == before.closing
    assert (now.earned_total, now.reversed_total, now.paid_total) == (SHARE, -SHARE, 0)
    assert now.closing == now.opening + now.earned_total + now.reversed_total - now.paid_total == SHARE
    assert [entry.order_id for entry in now.reversals] == [order_b.pk]


def test_reading_a_statement_twice_gives_the_same_statement_and_writes_nothing(client, morocco, cooperative,
                                                                              administrator):
    partner = cooperative["partner"]
    earned(client, cooperative["members"][0]["product"], administrator, "a@example.ma")
    today = date.today()
    period = statements.month_period(today.year, today.month)
    counts = (LedgerEntry.objects.count(), Payout.objects.count())

    first, second = statements.statement(partner, *period), statements.statement(partner, *period)

    assert (first.opening, first.closing, [e.pk for e in first.earned]) == (
        second.opening, second.closing, [e.pk for e in second.earned])
    assert (LedgerEntry.objects.count(), Payout.objects.count()) == counts


def test_staff_set_a_new_rate_as_a_new_row_and_the_old_one_stays(client, cooperative, administrator):
    partner = cooperative["partner"]
    old = CommissionRate.objects.create(partner=partner, rate=Decimal("0.12"), valid_from=at(date(2026, 1, 1)))
    client.force_login(administrator)

    response = client.post(f"/dashboard/earnings/sellers/{partner.pk}/rate/", {"rate": "0.10", "valid_from": ""})

    assert response.status_code == 302
    assert CommissionRate.objects.filter(partner=partner).count() == 2
    old.refresh_from_db()
    assert old.rate == Decimal("0.1200")
    assert CommissionRate.objects.filter(partner=partner).first().rate == Decimal("0.1000")


def test_a_rate_dated_in_the_past_is_refused(client, cooperative, administrator):
    partner = cooperative["partner"]
    client.force_login(administrator)

    response = client.post(f"/dashboard/earnings/sellers/{partner.pk}/rate/",
                           {"rate": "0.10", "valid_from": "2020-01-01T00:00"})

    assert response.status_code == 400
    with override("fr"):
        refusal = gettext("A new rate applies to orders placed from now or a later date, never to orders already placed.")
    assert escape(refusal) in response.content.decode()
    assert not CommissionRate.objects.filter(partner=partner).exists()


def test_a_maker_cannot_set_a_rate(client, cooperative):
    client.force_login(cooperative["manager"])

    response = client.post(f"/dashboard/earnings/sellers/{cooperative['partner'].pk}/rate/", {"rate": "0.01"})

    assert response.status_code == 403
    assert not CommissionRate.objects.exists()


def test_a_rate_set_for_a_later_date_leaves_todays_orders_at_the_current_rate(client, cooperative, administrator):
    partner = cooperative["partner"]
    later = date.today() + timedelta(days=30)
    client.force_login(administrator)

    response = client.post(f"/dashboard/earnings/sellers/{partner.pk}/rate/",
                           {"rate": "0.05", "valid_from": f"{later:%Y-%m-%d}T00:00"})

    assert response.status_code == 302
    assert fees.rate_for(partner.pk) == fees.default_rate()
    assert fees.rate_for(partner.pk, at(later, hour=1)) == Decimal("0.0500")


def test_staff_record_a_return_after_earning_as_a_reversal_once_and_a_maker_cannot(client, morocco, cooperative,
                                                                                   administrator):
    from django.test import Client

    order = earned(client, cooperative["members"][0]["product"], administrator, "retour@example.ma")
    earning = LedgerEntry.objects.get(order=order)
    url = f"/dashboard/earnings/entries/{earning.pk}/return/"
    maker = Client()
    maker.force_login(cooperative["manager"])
    staff = Client()
    staff.force_login(administrator)

    assert maker.post(url).status_code == 403
    assert not LedgerEntry.objects.filter(kind=LedgerEntry.REVERSAL).exists()
    assert "record-return" not in url and f'action="{url}"' in staff.get(
        f"/dashboard/earnings/sellers/{cooperative['partner'].pk}/").content.decode()
    staff.post(url)
    staff.post(url)  # a second click

    (reversal,) = LedgerEntry.objects.filter(kind=LedgerEntry.REVERSAL)
    assert (reversal.line_id, reversal.share, reversal.cause) == (earning.line_id, -earning.share,
                                                                  "returned by the buyer")


def test_staff_read_one_members_statement_and_a_wrong_member_id_shows_the_whole_cooperative(
        client, morocco, cooperative, administrator):
    from django.test import Client

    fatimetou, salka = cooperative["members"]
    earned(client, fatimetou["product"], administrator, "f@example.ma")
    earned(client, salka["product"], administrator, "s@example.ma")
    staff = Client()
    staff.force_login(administrator)
    url = f"/dashboard/earnings/sellers/{cooperative['partner'].pk}/"

    one = staff.get(url, {"artisan": salka["page"].pk}).content.decode()
    whole = staff.get(url, {"artisan": "abc"}).content.decode()
    csv = staff.get(f"{url}{date.today().year}/{date.today().month}.csv", {"artisan": salka["page"].pk})

    assert salka["product"].title in one and fatimetou["product"].title not in one
    assert salka["product"].title in whole and fatimetou["product"].title in whole
    assert salka["product"].title in csv.content.decode("utf-8-sig")
    assert fatimetou["product"].title not in csv.content.decode("utf-8-sig")
