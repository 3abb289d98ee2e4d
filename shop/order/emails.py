"""The buyer's order emails, in the language of the order, sent in the background.

`queue_order_email` is called inside the transaction that changes the order; the email is queued only once that
transaction commits (django-tasks, the "shop" backend: immediate in development and tests, the database queue in
production), so a slow or unreachable mail server never blocks or undoes an order. A failed send is tried again
(SHOP_EMAIL_ATTEMPTS in all, after SHOP_EMAIL_RETRY_DELAYS) and each failure, each success and a final give-up are
written as notes on the order, which staff see in Oscar's dashboard (order > Notes); sent emails are also Oscar
communication events.

Templates: oscar/communication/emails/commtype_<code>_{subject.txt,body.txt,body.html} (site/templates), rendered
with Oscar's CommunicationEventType so staff may still override them in the dashboard.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task, task_backends
from oscar.core.loading import get_model

from core import sections

logger = logging.getLogger("dakhla.orders.emails")

BACKEND = "shop"

# kind -> (Oscar communication event code, name shown to staff)
EMAILS = {
    "order_received": ("ORDER_PLACED", "Order received"),
    "payment_received": ("PAYMENT_RECEIVED", "Payment received"),
    "order_shipped": ("ORDER_SHIPPED", "Order shipped"),
    "order_cancelled": ("ORDER_CANCELLED", "Order cancelled"),
}


def queue_order_email(order, kind, group=None):
    """Queue one of EMAILS for the buyer once the current transaction commits."""
    if kind not in EMAILS:
        raise ValueError(f"unknown order email {kind!r}")
    order_id, group_id = order.pk, group.pk if group is not None else None
    transaction.on_commit(lambda: enqueue(order_id, kind, group_id, attempt=1))


def enqueue(order_id, kind, group_id=None, attempt=1, delay=0):
    """Put the email in the queue; a queue that refuses is logged and noted, never raised to the buyer."""
    try:
        queued = send_order_email
        if delay and task_backends[BACKEND].supports_defer:
            queued = queued.using(run_after=timezone.now() + timedelta(seconds=delay))
        queued.enqueue(order_id, kind, group_id, attempt)
    except Exception as exc:  # the order is placed whatever happens to its email
        logger.exception("Order %s: could not queue the %s email", order_id, kind)
        _note(order_id, f"Email “{EMAILS[kind][1]}” could not be queued: {exc!r}. Send it by hand.")


def _note(order_id, message):
    try:
        get_model("order", "OrderNote").objects.create(order_id=order_id, message=message, note_type="System")
    except Exception:
        logger.exception("Order %s: could not write the note %r", order_id, message)


def absolute_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def email_context(order, kind, group=None):
    """What every order email is rendered with; the payment app adds how to pay (payment_method, bank) through
    core.sections ("order_email"): payment events call order processing, never the other way."""
    tracking_path = reverse("shop-orders:track") + f"?number={order.number}"
    return {
        "order": order,
        "kind": kind,
        "group": group,
        "lines": group.lines if group is not None else order.lines.all(),
        **sections.collect("order_email", order),
        "payment_method_code": order.payment_method,
        "tracking_url": absolute_url(tracking_path),
        "shop_name": settings.OSCAR_SHOP_NAME,
        "site_url": settings.WAGTAILADMIN_BASE_URL,
        "LANGUAGE_CODE": translation.get_language(),
        "LANGUAGE_BIDI": translation.get_language_bidi(),
    }


def render_order_email(order, kind, group=None):
    """Subject, text and HTML of the email, in the order's language."""
    CommunicationEventType = get_model("communication", "CommunicationEventType")
    with translation.override(order.language or settings.LANGUAGE_CODE):
        return CommunicationEventType.objects.get_and_render(EMAILS[kind][0], email_context(order, kind, group))


@task(backend=BACKEND)
def send_order_email(order_id, kind, group_id=None, attempt=1):
    Order = get_model("order", "Order")
    order = Order.objects.filter(pk=order_id).select_related("user", "shipping_address").first()
    if order is None:
        logger.warning("Order %s is gone: its %s email is not sent", order_id, kind)
        return "order gone"
    group = order.fulfilment_groups.filter(pk=group_id).first() if group_id else None
    name = EMAILS[kind][1]
    recipient = order.email
    if not recipient:
        _note(order_id, f"Email “{name}” not sent: the order has no email address.")
        return "no address"
    try:
        messages = render_order_email(order, kind, group)
        email = EmailMultiAlternatives(
            messages["subject"], messages["body"], from_email=settings.OSCAR_FROM_EMAIL, to=[recipient]
        )
        if messages["html"]:
            email.attach_alternative(messages["html"], "text/html")
        email.send()
    except Exception as exc:
        attempts = settings.SHOP_EMAIL_ATTEMPTS
        if attempt < attempts:
            delays = settings.SHOP_EMAIL_RETRY_DELAYS
            delay = delays[min(attempt - 1, len(delays) - 1)] if delays else 0
            logger.warning("Order %s: %s email failed (attempt %s of %s): %r", order.number, kind, attempt, attempts, exc)
            _note(order_id, f"Email “{name}” to {recipient} failed (attempt {attempt} of {attempts}): {exc!r}. "
                            f"Trying again in {delay} s.")
            enqueue(order_id, kind, group_id, attempt=attempt + 1, delay=delay)
            return "retrying"
        logger.error("Order %s: %s email failed %s times, giving up: %r", order.number, kind, attempts, exc)
        _note(order_id, f"Email “{name}” to {recipient} failed {attempts} times: {exc!r}. Not sent: contact the "
                        f"buyer another way.")
        raise
    CommunicationEventType = get_model("communication", "CommunicationEventType")
    event_type, __ = CommunicationEventType.objects.get_or_create(
        code=EMAILS[kind][0], defaults={"name": name, "category": CommunicationEventType.ORDER_RELATED}
    )
    get_model("order", "CommunicationEvent").objects.create(order=order, event_type=event_type)
    _note(order_id, f"Email “{name}” sent to {recipient} ({order.language or settings.LANGUAGE_CODE}).")
    return "sent"
