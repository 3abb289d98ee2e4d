"""Two workers mark the same cash-on-delivery parcel delivered while staff import Amana's statement remitting it, all
at the same moment: the parcel earns exactly once and its cash is recorded once. Real threads, each with its own
database connection."""

import threading

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection

from earnings import ledger, remittances
from earnings.models import CashCollection, LedgerEntry, RemittanceLine
from shop.order import statuses
from shop.order.processing import InvalidFulfilmentChange, advance_group
from tests.earnings.factories import cooperative_with_members, place
from tests.orders_helpers import client  # noqa: F401  (the committing test client)

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("with_migration_data"),  # an earlier transactional test's flush emptied the Sites
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL (row locks with SELECT ... FOR UPDATE); SQLite serialises every writer. "
        "CI runs it against PostgreSQL.",
    ),
]


def test_two_deliveries_and_a_remittance_at_the_same_moment_write_one_earning_per_line(client, morocco):
    cooperative = cooperative_with_members()
    order = place(client, [member["product"] for member in cooperative["members"]][:1])
    parcel = order.fulfilment_groups.get()
    for status in (statuses.GROUP_CONFIRMED, statuses.GROUP_IN_PREPARATION):
        advance_group(parcel, status)
    advance_group(parcel, statuses.GROUP_SHIPPED, carrier="Amana", tracking_number="RR123456789MA")
    statement = f"tracking_number,amount,date\nRR123456789MA,{ledger.cash_due(parcel)},2026-12-05\n".encode()

    start = threading.Barrier(3)
    refused, errors = [], []

    def deliver():
        try:
            start.wait(timeout=30)
            advance_group(parcel, statuses.GROUP_DELIVERED)
        except InvalidFulfilmentChange as refusal:  # the second worker: already delivered
            refused.append(refusal)
        except Exception as error:
            errors.append(repr(error))
        finally:
            connection.close()

    def remit():
        try:
            start.wait(timeout=30)
            remittances.import_remittance(SimpleUploadedFile("amana.csv", statement), None)
        except Exception as error:
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=deliver), threading.Thread(target=deliver), threading.Thread(target=remit)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == []
    assert len(refused) == 1
    parcel.refresh_from_db()
    assert parcel.status == statuses.GROUP_DELIVERED
    assert CashCollection.objects.filter(parcel=parcel).count() == 1
    assert RemittanceLine.objects.get().outcome == RemittanceLine.MATCHED
    earnings = LedgerEntry.objects.filter(kind=LedgerEntry.EARNING)
    assert sorted(earnings.values_list("line_id", flat=True)) == sorted(parcel.lines.values_list("pk", flat=True))
