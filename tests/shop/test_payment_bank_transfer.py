"""Bank transfer: the order waits for the payment; bank details and reference are shown and emailed; staff mark it
paid in Oscar's dashboard, which is recorded with who and when."""

import pytest
from django.core import mail

from tests.orders_helpers import CommittingClient, buy, client  # noqa: F401  (client: the committing test client)

pytestmark = pytest.mark.django_db

RIB = "011 780 0000123456789012 34"


def test_a_bank_transfer_order_waits_for_payment_and_shows_the_bank_details_and_reference(client, carpet, morocco):
    response, order = buy(client, carpet, "bank-transfer")

    assert order.status == "Awaiting payment"
    assert order.payment_method == "bank-transfer"
    html = response.content.decode()
    assert response.redirect_chain[-1][0].endswith("/fr/shop/checkout/thank-you/")
    assert RIB in html and "BMCEMAMC" in html
    assert f"avec la référence <strong><bdi>{order.number}</bdi></strong>" in html
    assert order.sources.get().source_type.code == "bank-transfer"

    email = mail.outbox[-1]
    assert email.to == ["khadija@example.ma"]
    assert RIB in email.body and f"avec la référence {order.number}." in email.body
    assert RIB in email.alternatives[0][0]


def test_staff_mark_a_transfer_paid_in_the_dashboard(client, carpet, morocco, administrator):
    __, order = buy(client, carpet, "bank-transfer")
    mail.outbox.clear()

    staff = CommittingClient()
    staff.force_login(administrator)
    detail = f"/dashboard/orders/{order.number}/"
    assert "Paid" in staff.get(detail).content.decode()
    response = staff.post(detail, {"order_action": "change_order_status", "new_status": "Paid"})

    assert response.status_code == 302
    order.refresh_from_db()
    assert order.status == "Paid" and order.is_paid
    change = order.status_changes.get(new_status="Paid")
    assert (change.old_status, change.user, change.via) == ("Awaiting payment", administrator, "dashboard")
    assert change.date_created is not None
    source = order.sources.get()
    assert source.amount_debited == order.total_incl_tax
    assert source.transactions.get().txn_type == "Debit"
    assert [m.to for m in mail.outbox] == [["khadija@example.ma"]]
    assert "Paiement reçu" in mail.outbox[0].subject


def test_a_transfer_that_never_came_can_be_cancelled_and_its_stock_is_released(client, carpet, morocco, administrator):
    __, order = buy(client, carpet, "bank-transfer", quantity=2)
    stock = carpet.stockrecords.get()
    assert stock.num_allocated == 2

    staff = CommittingClient()
    staff.force_login(administrator)
    staff.post(f"/dashboard/orders/{order.number}/", {"order_action": "change_order_status", "new_status": "Cancelled"})

    order.refresh_from_db()
    stock.refresh_from_db()
    assert order.status == "Cancelled"
    assert (stock.num_in_stock, stock.num_allocated) == (5, 0)
    assert "annulée" in mail.outbox[-1].subject
