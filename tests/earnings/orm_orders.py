"""Orders written straight to the database (no checkout, no signals): fast enough for property-based tests that
build a few orders per example. One parcel per order, every line sold by the parcel's seller."""

import itertools
from decimal import Decimal

from django.utils import timezone
from oscar.core.loading import get_model

from shop.order import statuses
from shop.payment.methods import BANK_TRANSFER

Order = get_model("order", "Order")
Line = get_model("order", "Line")
FulfilmentGroup = get_model("order", "FulfilmentGroup")
Partner = get_model("partner", "Partner")

_numbers = itertools.count(1)


def partner(name="Coopérative Tiwizi"):
    return Partner.objects.create(name=f"{name} {next(_numbers)}")


def order(seller, prices, method=BANK_TRANSFER, placed=None, artisan=None):
    """An order of one line per (unit price, quantity) in `prices`, sold by `seller`, in one waiting parcel."""
    number = next(_numbers)
    total = sum((Decimal(price) * quantity for price, quantity in prices), Decimal("0.00"))
    made = Order.objects.create(
        number=f"PROP-{number:06d}", currency="MAD", total_incl_tax=total, total_excl_tax=total,
        status=statuses.TO_CONFIRM, guest_email="khadija@example.ma",
        payment_method=method, date_placed=placed or timezone.now(),
    )
    parcel = FulfilmentGroup.objects.create(order=made, partner=seller, artisan=artisan, partner_name=seller.name)
    for index, (price, quantity) in enumerate(prices):
        line_price = Decimal(price) * quantity
        Line.objects.create(
            order=made, partner=seller, partner_name=seller.name, partner_sku=f"SKU-{number}-{index}",
            title=f"Tapis {number}-{index}", quantity=quantity, line_price_incl_tax=line_price,
            line_price_excl_tax=line_price, line_price_before_discounts_incl_tax=line_price,
            line_price_before_discounts_excl_tax=line_price, unit_price_incl_tax=Decimal(price),
            unit_price_excl_tax=Decimal(price), num_allocated=quantity, parcel=parcel,
        )
    return made, parcel


def mark_delivered(parcel):
    FulfilmentGroup.objects.filter(pk=parcel.pk).update(status=statuses.GROUP_DELIVERED, delivered_at=timezone.now())
    parcel.refresh_from_db()
    return parcel


def mark_paid(order_obj):
    Order.objects.filter(pk=order_obj.pk).update(status=statuses.PAID, paid_at=timezone.now())
    order_obj.refresh_from_db()
    return order_obj
