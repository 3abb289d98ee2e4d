"""Order statuses: only the allowed transitions, each recorded with who and when."""

import pytest
from django.core import mail
from oscar.apps.order.exceptions import InvalidOrderStatus

from shop.order.processing import change_status
from tests.orders_helpers import CommittingClient, buy, client  # noqa: F401  (client: the committing test client)

pytestmark = pytest.mark.django_db


def staff_client(user):
    staff = CommittingClient()
    staff.force_login(user)
    return staff


def test_the_dashboard_offers_only_the_allowed_next_statuses(client, carpet, morocco):
    __, cod = buy(client, carpet, "cash-on-delivery", email="a@example.ma")
    __, transfer = buy(CommittingClient(), carpet, "bank-transfer", email="b@example.ma")

    assert cod.available_statuses() == ("In preparation", "Cancelled")
    assert transfer.available_statuses() == ("Paid", "Cancelled")
    change_status(transfer, "Paid")
    transfer.refresh_from_db()
    # A paid order is refunded, not cancelled; Shipped comes only from the parcels.
    assert transfer.available_statuses() == ("In preparation", "Refunded")
    change_status(transfer, "In preparation")
    transfer.refresh_from_db()
    assert transfer.available_statuses() == ("Refunded",)


def test_a_forbidden_transition_is_refused_and_changes_nothing(client, carpet, morocco, administrator):
    __, order = buy(client, carpet, "cash-on-delivery")

    with pytest.raises(InvalidOrderStatus):
        change_status(order, "Delivered", user=administrator)
    response = staff_client(administrator).post(
        f"/dashboard/orders/{order.number}/", {"order_action": "change_order_status", "new_status": "Shipped"}
    )

    assert response.status_code == 302
    order.refresh_from_db()
    assert order.status == "To confirm"
    assert list(order.status_changes.values_list("new_status", flat=True)) == ["To confirm"]


def test_each_status_change_records_who_when_and_through_what(client, carpet, morocco, administrator):
    __, order = buy(client, carpet, "cash-on-delivery")

    staff_client(administrator).post(
        f"/dashboard/orders/{order.number}/", {"order_action": "change_order_status", "new_status": "In preparation"}
    )

    changes = list(order.status_changes.order_by("date_created", "pk"))
    assert [(c.old_status, c.new_status, c.user, c.via) for c in changes] == [
        ("", "To confirm", None, "checkout"),
        ("To confirm", "In preparation", administrator, "dashboard"),
    ]
    assert changes[0].date_created <= changes[1].date_created
    # Confirming the order releases every maker's parcel for preparation, recorded with the same person.
    group = order.fulfilment_groups.get()
    assert group.status == "In preparation"
    assert group.status_changes.get().user == administrator


def test_cancelling_releases_the_stock_and_tells_the_buyer(
    client, carpet, morocco, administrator, django_capture_on_commit_callbacks
):
    __, order = buy(client, carpet, "cash-on-delivery", quantity=2)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        change_status(order, "Cancelled", user=administrator, via="dashboard")

    order.refresh_from_db()
    stock = carpet.stockrecords.get()
    assert order.status == "Cancelled" and order.available_statuses() == ()
    assert (stock.num_in_stock, stock.num_allocated) == (5, 0)
    assert order.fulfilment_groups.get().status == "Cancelled"
    assert order.lines.get().status == "Cancelled"
    assert [email.to for email in mail.outbox] == [["khadija@example.ma"]]


def test_a_refund_is_recorded_on_the_payment(client, carpet, morocco):
    __, order = buy(client, carpet, "bank-transfer")
    change_status(order, "Paid")

    change_status(order, "Refunded")

    order.refresh_from_db()
    source = order.sources.get()
    assert order.status == "Refunded"
    assert source.amount_refunded == order.total_incl_tax
    assert sorted(source.transactions.values_list("txn_type", flat=True)) == ["Debit", "Refund"]
    assert carpet.stockrecords.get().num_allocated == 0
