"""Order processing: status changes with their consequences, and split fulfilment (one group per maker).

Every change goes through `change_status` (orders) or `advance_group` (a maker's parcel), inside a transaction with
the order row locked, so two people (or a person and the CMI callback) never interleave. Oscar's dashboard reaches
`change_status` through `EventHandler` (this module overrides oscar.apps.order.processing).

Consequences of an order status:
- Paid: the payment is recorded on the order's payment source, the buyer is emailed.
- In preparation: every waiting parcel is released to its maker.
- Cancelled / Refunded: parcels not yet shipped are cancelled and their stock released; the buyer is emailed
  (cancelled); a refund is recorded on the payment source.
A parcel shipped (carrier and tracking number required) consumes its stock and emails the buyer; the order is Shipped
when every parcel is, Delivered when every parcel is (a cash-on-delivery order is paid then).
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from oscar.apps.order import exceptions
from oscar.apps.order.processing import EventHandler as OscarEventHandler
from oscar.core.loading import get_model

from shop.order import statuses
from shop.order.emails import queue_order_email


class InvalidFulfilmentChange(exceptions.InvalidOrderStatus):
    pass


def _models():
    return get_model("order", "Order"), get_model("order", "FulfilmentGroup")


def create_fulfilment_groups(order):
    """One group per maker of the order's lines (called at placement, inside its transaction)."""
    __, FulfilmentGroup = _models()
    makers = {}
    for line in order.lines.all():
        makers.setdefault(line.partner_id, line.partner_name)
    groups = [
        FulfilmentGroup(order=order, partner_id=partner_id, partner_name=name or "")
        for partner_id, name in makers.items()
    ]
    FulfilmentGroup.objects.bulk_create(groups)
    return groups


def record_initial_status(order, user=None, via="checkout"):
    get_model("order", "OrderStatusChange").objects.create(
        order=order, old_status="", new_status=order.status, user=user if user and user.is_authenticated else None,
        via=via,
    )


def _locked(order):
    Order, __ = _models()
    return Order.objects.select_for_update().get(pk=order.pk)


def _payment_source(order):
    return order.sources.select_related("source_type").first()


def change_status(order, new_status, user=None, via="", automatic=False):
    """Move the order to `new_status` (raises Oscar's InvalidOrderStatus when not allowed) and apply what follows.
    The order passed in is reloaded."""
    with transaction.atomic():
        locked = _locked(order)
        locked.set_status(new_status, user=user, via=via, automatic=automatic)
        _apply_consequences(locked, new_status, user)
    order.refresh_from_db()
    return order


def _apply_consequences(order, new_status, user):
    groups = list(order.fulfilment_groups.all())
    if new_status == statuses.PAID:
        _record_payment(order)
        queue_order_email(order, "payment_received")
    elif new_status == statuses.IN_PREPARATION:
        for group in groups:
            if group.status == statuses.GROUP_WAITING:
                _set_group_status(group, statuses.GROUP_IN_PREPARATION, user)
    elif new_status in (statuses.CANCELLED, statuses.REFUNDED):
        for group in groups:
            if group.status in (statuses.GROUP_WAITING, statuses.GROUP_IN_PREPARATION):
                _set_group_status(group, statuses.GROUP_CANCELLED, user)
                for line in group.lines:
                    if line.stockrecord_id and line.num_allocated:
                        line.cancel_allocation(line.num_allocated)
        if new_status == statuses.REFUNDED:
            source = _payment_source(order)
            if source is not None and source.amount_debited:
                source.refund(source.amount_debited - source.amount_refunded, reference=order.number)
        else:
            queue_order_email(order, "order_cancelled")
    elif new_status == statuses.DELIVERED and not order.is_paid:
        _record_payment(order)  # cash on delivery: the courier collected it


def _record_payment(order, amount=None, reference=""):
    if not order.is_paid:
        order.paid_at = timezone.now()
        order.save(update_fields=["paid_at"])
    source = _payment_source(order)
    if source is not None and not source.amount_debited:
        source.reference = reference or source.reference
        source.debit(amount if amount is not None else order.total_incl_tax, reference=reference or order.number)


def mark_paid(order, amount, reference, via, user=None):
    """The payment arrived (the CMI callback, or staff for a bank transfer): Paid, recorded, buyer emailed.
    Called inside the caller's transaction with the order locked."""
    order.set_status(statuses.PAID, user=user, via=via, automatic=True)
    _record_payment(order, amount=amount, reference=reference)
    queue_order_email(order, "payment_received")


# Fulfilment groups
# -----------------

def _set_group_status(group, new_status, user):
    get_model("order", "FulfilmentStatusChange").objects.create(
        group=group, old_status=group.status, new_status=new_status,
        user=user if user is not None and user.is_authenticated else None,
    )
    group.status = new_status
    now = timezone.now()
    if new_status == statuses.GROUP_SHIPPED:
        group.shipped_at = now
    elif new_status == statuses.GROUP_DELIVERED:
        group.delivered_at = now
    group.save()
    group.lines.update(status=new_status)


def advance_group(group, new_status, user=None, carrier="", tracking_number=""):
    """A maker's parcel moves on: shipped (with carrier and tracking number) or delivered. The order follows when
    every parcel has. Raises InvalidFulfilmentChange with a message for the person when not allowed."""
    __, FulfilmentGroup = _models()
    with transaction.atomic():
        order = _locked(group.order)
        group = FulfilmentGroup.objects.select_for_update().get(pk=group.pk)
        if new_status not in group.available_statuses() or new_status == statuses.GROUP_CANCELLED:
            raise InvalidFulfilmentChange(_("This parcel cannot go from “%(old)s” to “%(new)s”.") % {
                "old": statuses.group_status_label(group.status), "new": statuses.group_status_label(new_status),
            })
        if new_status == statuses.GROUP_SHIPPED:
            carrier, tracking_number = carrier.strip(), tracking_number.strip()
            if not carrier or not tracking_number:
                raise InvalidFulfilmentChange(_("A shipped parcel needs its carrier and tracking number."))
            group.carrier, group.tracking_number = carrier, tracking_number
            for line in group.lines:
                if line.stockrecord_id and line.num_allocated and not line.allocation_cancelled:
                    line.consume_allocation(line.num_allocated)
        _set_group_status(group, new_status, user)
        if new_status == statuses.GROUP_SHIPPED:
            queue_order_email(order, "order_shipped", group=group)

        active = [g for g in order.fulfilment_groups.all() if g.status != statuses.GROUP_CANCELLED]
        if new_status == statuses.GROUP_SHIPPED and all(
            g.status in (statuses.GROUP_SHIPPED, statuses.GROUP_DELIVERED) for g in active
        ):
            order.set_status(statuses.SHIPPED, user=user, via="every parcel shipped", automatic=True)
        if new_status == statuses.GROUP_DELIVERED and all(g.status == statuses.GROUP_DELIVERED for g in active):
            if order.status == statuses.SHIPPED:
                order.set_status(statuses.DELIVERED, user=user, via="every parcel delivered", automatic=True)
                _apply_consequences(order, statuses.DELIVERED, user)
    return group


def groups_for_user(user):
    """The fulfilment groups a person may see: every one for staff, their own makers' for a maker."""
    __, FulfilmentGroup = _models()
    groups = FulfilmentGroup.objects.select_related("order")
    if user.is_staff:
        return groups
    return groups.filter(partner__users=user)


class EventHandler(OscarEventHandler):
    """Oscar's dashboard changes an order's status through here: who did it is recorded, consequences follow."""

    def handle_order_status_change(self, order, new_status, note_msg=None):
        change_status(order, new_status, user=self.user, via="dashboard")
        if note_msg:
            self.create_note(order, note_msg)
