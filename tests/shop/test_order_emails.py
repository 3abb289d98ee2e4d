"""The buyer's emails, in the buyer's language, queued so a slow or failing mail server never blocks or loses an
order, retried, and visible to staff."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django_tasks import task_backends

from shop.order.processing import advance_group, change_status
from tests.orders_helpers import (  # noqa: F401  (client: the committing test client)
    CommittingClient,
    FlakyMailServer,
    UnreachableMailServer,
    buy,
    client,
    post_callback,
    signed_callback,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def worker(monkeypatch):
    """django-tasks-db's worker, once through the queue. Its connection housekeeping would close the test's
    connection (CONN_MAX_AGE=0 in tests), so it is left out here."""
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    return lambda: call_command(
        "db_worker", "--batch", "--backend", "shop", "--no-startup-delay", "--no-reload", verbosity=0
    )


def test_the_order_received_email_is_in_french_with_the_lines_and_the_tracking_link(client, carpet, morocco):
    carpet.lead_time_days = 21
    carpet.save()

    __, order = buy(client, carpet, "cash-on-delivery")

    assert order.language == "fr"
    email = mail.outbox[0]
    assert email.to == ["khadija@example.ma"]
    assert email.subject == f"Votre commande {order.number} est bien reçue · Dakhla Market"
    assert "Bonjour Khadija," in email.body
    assert "Vous paierez 1\u202f850,00\xa0MAD en espèces au livreur" in email.body
    assert "Tapis hanbel en laine × 1" in email.body
    assert "Tapis hanbel en laine × 1: 1\u202f850,00\xa0MAD (Fait sur commande : prêt à expédier sous 21 jours)\n" in email.body
    assert f"http://127.0.0.1:8000/fr/shop/track-order/?number={order.number}" in email.body
    html = email.alternatives[0][0]
    assert '<html lang="fr" dir="ltr">' in html
    assert f"/fr/shop/track-order/?number={order.number}" in html


def test_a_buyer_who_ordered_in_arabic_gets_every_email_in_arabic(client, carpet, morocco, django_capture_on_commit_callbacks):
    __, order = buy(client, carpet, "bank-transfer", language="ar")
    assert order.language == "ar"

    with django_capture_on_commit_callbacks(execute=True):
        change_status(order, "Paid")
        change_status(order, "In preparation")
        advance_group(order.fulfilment_groups.get(), "Shipped", carrier="Amana", tracking_number="RR987654321MA")

    received, paid, shipped = mail.outbox
    assert received.subject == f"تم استلام طلبك {order.number} · Dakhla Market"
    assert '<html lang="ar" dir="rtl">' in received.alternatives[0][0]
    assert "011 780 0000123456789012 34" in received.body
    assert paid.subject == f"تم استلام الدفع للطلب {order.number} · Dakhla Market"
    assert shipped.subject == f"طلبك {order.number} في الطريق إليك · Dakhla Market"
    assert "RR987654321MA" in shipped.body and "Amana" in shipped.body
    assert f"/ar/shop/track-order/?number={order.number}" in shipped.body


def test_the_shipped_email_names_the_maker_carrier_and_tracking_number(client, carpet, morocco, django_capture_on_commit_callbacks):
    __, order = buy(client, carpet, "cash-on-delivery", language="en")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        change_status(order, "In preparation")
        advance_group(order.fulfilment_groups.get(), "Shipped", carrier="Amana", tracking_number="RR123456789MA")

    (shipped,) = mail.outbox
    assert shipped.subject == f"Your order {order.number} is on its way · Dakhla Market"
    assert "The parcel of Coopérative Test Tissage for your order" in shipped.body
    assert "Carrier: Amana. Tracking number: RR123456789MA" in shipped.body


def test_the_cancelled_email_is_sent_in_the_buyers_language(client, carpet, morocco, django_capture_on_commit_callbacks):
    __, order = buy(client, carpet, "cash-on-delivery")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        change_status(order, "Cancelled")

    (cancelled,) = mail.outbox
    assert cancelled.subject == f"Votre commande {order.number} est annulée · Dakhla Market"
    assert f"Votre commande {order.number} a été annulée." in cancelled.body


def test_the_payment_received_email_follows_the_card_callback(client, carpet, morocco):
    __, order = buy(client, carpet, "card-cmi", language="en")

    post_callback(CommittingClient(), signed_callback(order))

    (paid,) = mail.outbox
    assert paid.subject == f"Payment received for order {order.number} · Dakhla Market"
    assert "We have received your payment of 1,850.00\xa0MAD" in paid.body


@override_settings(EMAIL_BACKEND="tests.orders_helpers.UnreachableMailServer")
def test_an_unreachable_mail_server_never_loses_the_order_and_staff_see_the_failures(client, carpet, morocco):
    UnreachableMailServer.attempts = 0

    response, order = buy(client, carpet, "cash-on-delivery")

    assert response.status_code == 200
    assert response.redirect_chain[-1][0].endswith("/fr/shop/checkout/thank-you/")
    assert order is not None and order.status == "To confirm"
    assert UnreachableMailServer.attempts == 5  # tried again, up to SHOP_EMAIL_ATTEMPTS
    notes = list(order.notes.order_by("pk").values_list("message", flat=True))
    assert len(notes) == 5
    assert "failed (attempt 1 of 5)" in notes[0] and "ConnectionRefusedError" in notes[0]
    assert "failed 5 times" in notes[-1] and "Not sent" in notes[-1]
    assert not order.communication_events.exists()


@override_settings(EMAIL_BACKEND="tests.orders_helpers.FlakyMailServer")
def test_a_failed_send_is_retried_until_it_goes_through(client, carpet, morocco):
    FlakyMailServer.attempts = 0

    __, order = buy(client, carpet, "cash-on-delivery")

    assert FlakyMailServer.attempts == 3
    assert len(mail.outbox) == 1
    notes = list(order.notes.order_by("pk").values_list("message", flat=True))
    assert [("failed" in note, "sent to khadija@example.ma" in note) for note in notes] == [
        (True, False), (True, False), (False, True),
    ]
    assert order.communication_events.get().event_type.code == "ORDER_PLACED"


@override_settings(TASKS={
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "shop": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"},
})
def test_placing_an_order_only_queues_its_email(client, carpet, morocco):
    response, order = buy(client, carpet, "cash-on-delivery")

    assert response.status_code == 200 and order is not None
    assert mail.outbox == []
    queued = {result.task.name: result for result in task_backends["shop"].results}
    assert sorted(queued) == ["send_order_email", "send_parcel_notice"]  # the buyer's email, the maker's notice
    assert queued["send_order_email"].args == [order.pk, "order_received", None, 1]
    assert queued["send_parcel_notice"].args == [order.fulfilment_groups.get().pk]


@override_settings(TASKS={
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "shop": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
})
def test_in_production_the_email_waits_in_the_database_queue_until_the_worker_sends_it(
    client, carpet, morocco, worker
):
    from django_tasks_db.models import DBTaskResult

    __, order = buy(client, carpet, "cash-on-delivery")

    assert mail.outbox == []
    queued = DBTaskResult.objects.get(task_path__endswith="send_order_email")
    assert queued.status == "READY"

    worker()

    assert len(mail.outbox) == 1 and order.number in mail.outbox[0].subject
    queued.refresh_from_db()
    assert queued.status == "SUCCESSFUL"


@override_settings(
    EMAIL_BACKEND="tests.orders_helpers.UnreachableMailServer",
    SHOP_EMAIL_RETRY_DELAYS=(60,),
    TASKS={
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
        "shop": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
    },
)
def test_in_production_a_failed_send_is_queued_again_for_later(client, carpet, morocco, worker):
    from django_tasks_db.models import DBTaskResult

    __, order = buy(client, carpet, "cash-on-delivery")
    worker()

    first, retry = DBTaskResult.objects.filter(task_path__endswith="send_order_email").order_by("enqueued_at")
    assert first.status == "SUCCESSFUL"  # the task itself handled the failure
    assert retry.status == "READY" and retry.args_kwargs["args"][-1] == 2
    assert (retry.run_after - retry.enqueued_at).total_seconds() >= 59
    assert "Trying again in 60 s" in order.notes.get().message
