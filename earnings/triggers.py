"""When the ledger is written: connected to the shop's signals (the shop never imports earnings)."""

from oscar.apps.order.signals import order_status_changed

from earnings import ledger
from shop.order import statuses
from shop.order.signals import parcel_status_changed


def on_parcel_status_changed(sender, parcel, old_status, new_status, **kwargs):
    if new_status == statuses.GROUP_DELIVERED:
        ledger.earn(parcel)


def on_order_status_changed(sender, order, old_status, new_status, **kwargs):
    if new_status == statuses.PAID:
        ledger.earn_order(order, cause="paid after delivery")
    elif new_status in (statuses.REFUNDED, statuses.CANCELLED):
        ledger.reverse(order.lines.all(), cause=f"order {new_status.lower()}")


def connect():
    parcel_status_changed.connect(on_parcel_status_changed, dispatch_uid="earnings.parcel")
    order_status_changed.connect(on_order_status_changed, dispatch_uid="earnings.order")
