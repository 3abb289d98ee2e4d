"""Orders that reach the ledger: placed through the real checkout, moved through the real processing."""

from datetime import date

from shop.order import statuses
from shop.order.processing import advance_group, change_status
from tests.artisan_factories import cooperative_with_members
from tests.orders_helpers import Order, add_to_basket, checkout_to_payment, choose_method, place_order


def place(client, products, method="cash-on-delivery", email="khadija@example.ma"):
    for product in products:
        add_to_basket(client, product)
    checkout_to_payment(client, email=email)
    choose_method(client, method)
    place_order(client)
    return Order.objects.filter(guest_email=email).order_by("-pk").first()


def deliver(parcel, tracking="RR000000001MA"):
    """Move a parcel from to-confirm (or waiting, for a paid order) to delivered."""
    parcel.refresh_from_db()
    for status in (statuses.GROUP_CONFIRMED, statuses.GROUP_IN_PREPARATION):
        if status in parcel.available_statuses():
            advance_group(parcel, status)
            parcel.refresh_from_db()
    advance_group(parcel, statuses.GROUP_SHIPPED, carrier="Amana", tracking_number=tracking)
    advance_group(parcel, statuses.GROUP_DELIVERED)
    parcel.refresh_from_db()
    return parcel


def paid_transfer(order, staff):
    change_status(order, statuses.PAID, user=staff)
    order.refresh_from_db()
    return order


TODAY = date.today


__all__ = ["cooperative_with_members", "deliver", "paid_transfer", "place"]
