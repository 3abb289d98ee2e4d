"""Order processing: status changes with their consequences, and split fulfilment (one parcel per maker).

Every change goes through `change_status` (the order, by staff or the system) or `advance_group` (a maker's parcel),
inside a transaction with the order row locked, so two people (or a person and the CMI callback) never interleave.
Oscar's dashboard reaches `change_status` through `EventHandler` (this module overrides
oscar.apps.order.processing).

A parcel is one maker's lines (an artisan's, or a seller's without a maker page). It waits while a card or transfer
order is unpaid, then the maker confirms it (cash on delivery: after calling the buyer) or says they cannot supply
it, prepares it and ships it with a tracking number; the parcel opening sends its maker a notice. A maker's action
changes only their parcel; the order's status then follows from its parcels (`status_from_parcels`).

Consequences of an order status set by staff or the system:
- Paid: the payment is recorded on the order's payment source, the buyer is emailed, waiting parcels open.
- In preparation (staff confirm the whole order): every parcel not yet prepared is released to its maker.
- Cancelled / Refunded: parcels not yet shipped are cancelled and their stock released; the buyer is emailed
  (cancelled); a refund is recorded on the payment source.
A cash-on-delivery order is paid when it is delivered.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from oscar.apps.order import exceptions
from oscar.apps.order.processing import EventHandler as OscarEventHandler
from oscar.core.loading import get_model

from shop.order import statuses
from shop.order.emails import queue_order_email
from shop.order.maker_notices import queue_parcel_notice
from shop.order.signals import parcel_status_changed


class InvalidFulfilmentChange(exceptions.InvalidOrderStatus):
    pass


def _models():
    return get_model("order", "Order"), get_model("order", "FulfilmentGroup")


def create_fulfilment_groups(order):
    """One parcel per maker of the order's lines (called at placement, inside its transaction). A cash-on-delivery
    order's parcels open at once (their makers confirm them); others wait for the payment."""
    __, FulfilmentGroup = _models()
    status = statuses.GROUP_TO_CONFIRM if order.status == statuses.TO_CONFIRM else statuses.GROUP_WAITING
    parcels = {}
    for line in order.lines.select_related("product__artisan"):
        artisan = line.product.artisan if line.product_id else None
        key = (line.partner_id, artisan.pk if artisan else None)
        if key not in parcels:
            parcels[key] = FulfilmentGroup.objects.create(
                order=order, partner_id=line.partner_id, artisan=artisan, status=status,
                partner_name=(artisan.title if artisan else line.partner_name or "")[:128],
            )
        line.parcel = parcels[key]
        line.save(update_fields=["parcel"])
    if status == statuses.GROUP_TO_CONFIRM:
        for parcel in parcels.values():
            queue_parcel_notice(parcel)
    return list(parcels.values())


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
        _open_waiting_parcels(groups, user)
    elif new_status == statuses.IN_PREPARATION:
        for group in groups:
            if group.status in (statuses.GROUP_WAITING, statuses.GROUP_TO_CONFIRM, statuses.GROUP_CONFIRMED):
                _set_group_status(group, statuses.GROUP_IN_PREPARATION, user)
    elif new_status in (statuses.CANCELLED, statuses.REFUNDED):
        for group in groups:
            if group.status not in (statuses.GROUP_SHIPPED, statuses.GROUP_DELIVERED, *statuses.GROUP_CLOSED_UNSENT):
                _set_group_status(group, statuses.GROUP_CANCELLED, user)
                _release_stock(group)
        if new_status == statuses.REFUNDED:
            source = _payment_source(order)
            if source is not None and source.amount_debited:
                source.refund(source.amount_debited - source.amount_refunded, reference=order.number)
        else:
            queue_order_email(order, "order_cancelled")
    elif new_status == statuses.DELIVERED and not order.is_paid:
        _record_payment(order)  # cash on delivery: the courier collected it


def _open_waiting_parcels(groups, user):
    for group in groups:
        if group.status == statuses.GROUP_WAITING:
            _set_group_status(group, statuses.GROUP_TO_CONFIRM, user)
            queue_parcel_notice(group)


def _release_stock(group):
    for line in group.lines:
        if line.stockrecord_id and line.num_allocated and not line.allocation_cancelled:
            line.cancel_allocation(line.num_allocated)


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
    _open_waiting_parcels(order.fulfilment_groups.all(), user)


# Fulfilment groups
# -----------------

def _set_group_status(group, new_status, user):
    old_status = group.status
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
    parcel_status_changed.send(sender=type(group), parcel=group, old_status=old_status, new_status=new_status)


# What a maker may do to their parcel, by action name (the workshop's buttons).
MAKER_ACTIONS = {
    "confirm": statuses.GROUP_CONFIRMED,
    "prepare": statuses.GROUP_IN_PREPARATION,
    "ship": statuses.GROUP_SHIPPED,
    "deliver": statuses.GROUP_DELIVERED,
    "unavailable": statuses.GROUP_UNAVAILABLE,
}


def advance_group(group, new_status, user=None, carrier="", tracking_number=""):
    """A maker's parcel moves on; only this parcel changes, then the order follows its parcels. Raises
    InvalidFulfilmentChange with a message for the person when not allowed."""
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
        elif new_status == statuses.GROUP_UNAVAILABLE:
            _release_stock(group)
            get_model("order", "OrderNote").objects.create(
                order=order, note_type="System",
                message=f"The parcel of {group.partner_name} cannot be supplied: tell the buyer and adjust the "
                        f"payment.",
            )
        _set_group_status(group, new_status, user)
        if new_status == statuses.GROUP_SHIPPED:
            queue_order_email(order, "order_shipped", group=group)
        _follow_parcels(order, user)
    return group


def status_from_parcels(order_status, parcel_statuses, is_paid):
    """The order's status its parcels call for, or None to leave it: the one rule linking the two."""
    active = [status for status in parcel_statuses if status not in statuses.GROUP_CLOSED_UNSENT]
    if not active:
        # Nothing left to send: an unpaid order is cancelled; a paid one waits for staff to refund it.
        return None if is_paid else statuses.CANCELLED
    if all(status == statuses.GROUP_DELIVERED for status in active):
        return statuses.DELIVERED
    if all(status in (statuses.GROUP_SHIPPED, statuses.GROUP_DELIVERED) for status in active):
        return statuses.SHIPPED
    if order_status in (statuses.TO_CONFIRM, statuses.PAID) and all(
        status in (statuses.GROUP_CONFIRMED, statuses.GROUP_IN_PREPARATION, statuses.GROUP_SHIPPED,
                   statuses.GROUP_DELIVERED) for status in active
    ):
        return statuses.IN_PREPARATION
    return None


# The order's way forward, one step at a time (each is in Oscar's pipeline).
FORWARD = (statuses.IN_PREPARATION, statuses.SHIPPED, statuses.DELIVERED)


def _follow_parcels(order, user):
    target = status_from_parcels(order.status, [g.status for g in order.fulfilment_groups.all()], order.is_paid)
    if target is None or target == order.status:
        return
    if target == statuses.CANCELLED:
        if statuses.CANCELLED in order.pipeline.get(order.status, ()):
            order.set_status(statuses.CANCELLED, user=user, via="no parcel can be supplied", automatic=True)
            _apply_consequences(order, statuses.CANCELLED, user)
        return
    for step in FORWARD[: FORWARD.index(target) + 1]:
        if step in order.pipeline.get(order.status, ()):
            order.set_status(step, user=user, via="its parcels", automatic=True)
            if step == statuses.DELIVERED:
                _apply_consequences(order, statuses.DELIVERED, user)
        if order.status == target:
            break


class EventHandler(OscarEventHandler):
    """Oscar's dashboard changes an order's status through here: who did it is recorded, consequences follow."""

    def handle_order_status_change(self, order, new_status, note_msg=None):
        change_status(order, new_status, user=self.user, via="dashboard")
        if note_msg:
            self.create_note(order, note_msg)
