"""Lines that have earned, moved in time, and a valid RIB, for the statement, payout and export tests."""

from datetime import datetime, time

from django.utils import timezone

from earnings.bank import rib_key
from earnings.models import LedgerEntry
from tests.earnings.factories import deliver, paid_transfer, place


def earned(client, product, staff, email):
    """An order of `product` paid by bank transfer and delivered: its line has earned. Returns the order."""
    order = paid_transfer(place(client, [product], method="bank-transfer", email=email), staff)
    deliver(order.fulfilment_groups.get())
    return order


def at(day, hour=12):
    return timezone.make_aware(datetime.combine(day, time(hour)))


def move_entries(order, day):
    """Date the order's ledger entries on `day` (the rows are append-only: only a test moves them)."""
    LedgerEntry.objects.filter(order=order).update(created=at(day))


def valid_rib(first_22="0117800000123456789012"):
    return f"{first_22}{rib_key(first_22):02d}"


def wrong_key_rib(first_22="0117800000123456789012"):
    return f"{first_22}{(rib_key(first_22) + 1) % 100:02d}"
