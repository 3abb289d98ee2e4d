"""The ledger (earnings/ledger.py): a line earns once, when its parcel is delivered and paid for; a refund after
earning writes reversing entries; the fee rule (earnings/fees.py) splits each line."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from earnings import fees, ledger
from earnings.models import CommissionRate, LedgerEntry
from shop.order import statuses
from shop.order.processing import change_status
from tests.earnings.factories import cooperative_with_members, deliver, paid_transfer, place
from tests.orders_helpers import client  # noqa: F401  (the committing test client)

pytestmark = pytest.mark.django_db


@pytest.fixture
def cooperative(db):
    return cooperative_with_members()


def test_the_fee_rule_rounds_half_up_to_the_centime_and_shares_plus_commission_make_the_price():
    split = fees.split(Decimal("10.05"), Decimal("0.1"))

    assert (split.commission, split.share) == (Decimal("1.01"), Decimal("9.04"))
    assert split.commission + split.share == split.price


def test_a_transfer_orders_lines_earn_when_paid_and_delivered_once(client, morocco, cooperative, administrator):
    fatimetou = cooperative["members"][0]
    order = paid_transfer(place(client, [fatimetou["product"]], method="bank-transfer"), administrator)
    parcel = order.fulfilment_groups.get()

    deliver(parcel)
    ledger.earn(parcel)  # replayed: nothing more

    (entry,) = LedgerEntry.objects.all()
    assert entry.kind == LedgerEntry.EARNING and entry.payee == cooperative["partner"]
    assert entry.artisan == fatimetou["page"] and entry.price == Decimal("450.00")
    assert (entry.commission, entry.share) == (Decimal("54.00"), Decimal("396.00"))  # 12 % by default


def test_a_cash_on_delivery_parcel_earns_only_once_its_cash_is_remitted(client, morocco, cooperative):
    order = place(client, [cooperative["members"][0]["product"]])
    parcel = deliver(order.fulfilment_groups.get())

    assert not LedgerEntry.objects.exists()

    ledger.record_collection(parcel, Decimal("450.00"), timezone.localdate())
    ledger.record_collection(parcel, Decimal("450.00"), timezone.localdate())  # the same remittance again

    assert LedgerEntry.objects.count() == 1


def test_a_refund_after_earning_writes_a_reversal_and_never_edits_the_earning(client, morocco, cooperative,
                                                                             administrator):
    order = paid_transfer(place(client, [cooperative["members"][0]["product"]], method="bank-transfer"),
                          administrator)
    deliver(order.fulfilment_groups.get())
    earning = LedgerEntry.objects.get()

    change_status(order, statuses.REFUNDED, user=administrator)
    ledger.reverse(order.lines.all(), cause="replayed")

    reversal = LedgerEntry.objects.get(kind=LedgerEntry.REVERSAL)
    assert (reversal.share, reversal.commission) == (-earning.share, -earning.commission)
    assert sum(entry.share for entry in LedgerEntry.objects.all()) == 0
    with pytest.raises(ValidationError):
        earning.save()
    with pytest.raises(ValidationError):
        earning.delete()


def test_a_new_rate_applies_to_orders_placed_after_it(client, morocco, cooperative, administrator):
    partner = cooperative["partner"]
    CommissionRate.objects.create(partner=partner, rate=Decimal("0.10"),
                                  valid_from=timezone.now() - timedelta(days=30))
    before = paid_transfer(place(client, [cooperative["members"][0]["product"]], method="bank-transfer"),
                           administrator)
    CommissionRate.objects.create(partner=partner, rate=Decimal("0.20"), valid_from=timezone.now())

    deliver(before.fulfilment_groups.get())

    assert LedgerEntry.objects.get().rate == Decimal("0.1000")
    assert fees.rate_for(partner.pk) == Decimal("0.2000")


def test_the_earnings_index_is_for_staff_only(client, administrator, cooperative):
    from django.test import Client

    staff, maker = Client(), Client()
    staff.force_login(administrator)
    maker.force_login(cooperative["manager"])

    assert staff.get("/dashboard/earnings/").status_code == 200
    assert "/dashboard/earnings/" in staff.get("/dashboard/").content.decode()
    assert maker.get("/dashboard/earnings/").status_code == 403
    assert Client().get("/dashboard/earnings/").status_code == 302
