"""Writing the ledger: a line earns when its parcel is delivered and paid for (card and bank transfer: the order is
paid; cash on delivery: Amana's remittance of the parcel's cash is recorded); a refund, a cancellation or a return
after earning writes a reversing entry. Every writer locks the parcel (or the order) first and the unique
constraints stand behind it, so a trigger replayed or run twice at once writes one entry."""

from decimal import Decimal

from django.db import IntegrityError, transaction
from oscar.core.loading import get_model

from earnings import fees
from earnings.models import CashCollection, LedgerEntry
from shop.order import statuses
from shop.payment.methods import CASH_ON_DELIVERY


def _parcels():
    return get_model("order", "FulfilmentGroup")


def is_paid_for(parcel):
    if parcel.order.payment_method == CASH_ON_DELIVERY:
        return CashCollection.objects.filter(parcel_id=parcel.pk).exists()
    return parcel.order.is_paid


def _write(entry):
    """Insert one entry unless its (line, kind) is there already; True when written."""
    try:
        with transaction.atomic():
            entry.save()
    except IntegrityError:
        return False
    return True


@transaction.atomic
def earn(parcel, cause="delivered and paid"):
    """Write the earnings of a delivered, paid-for parcel's lines (once). Returns the entries written. Locks the
    order, then the parcel (as the order processing does)."""
    get_model("order", "Order").objects.select_for_update().get(pk=parcel.order_id)
    parcel = _parcels().objects.select_for_update().select_related("order").get(pk=parcel.pk)
    if parcel.status != statuses.GROUP_DELIVERED or not is_paid_for(parcel):
        return []
    written = []
    for line in parcel.lines.select_related("order"):
        if LedgerEntry.objects.filter(line=line, kind=LedgerEntry.EARNING).exists():
            continue
        split = fees.split_line(line)
        entry = LedgerEntry(
            payee_id=line.partner_id, artisan_id=parcel.artisan_id, order_id=parcel.order_id, line=line,
            parcel=parcel, kind=LedgerEntry.EARNING, product_title=line.title[:255], quantity=line.quantity,
            price=split.price, rate=split.rate, commission=split.commission, share=split.share, cause=cause,
        )
        if _write(entry):
            written.append(entry)
    return written


@transaction.atomic
def reverse(lines, cause):
    """Reverse the earnings of `lines` that earned and are not reversed yet. Returns the entries written."""
    written = []
    for earning in LedgerEntry.objects.select_for_update().filter(line__in=lines, kind=LedgerEntry.EARNING):
        if LedgerEntry.objects.filter(line_id=earning.line_id, kind=LedgerEntry.REVERSAL).exists():
            continue
        entry = LedgerEntry(
            payee_id=earning.payee_id, artisan_id=earning.artisan_id, order_id=earning.order_id,
            line_id=earning.line_id, parcel_id=earning.parcel_id, kind=LedgerEntry.REVERSAL,
            product_title=earning.product_title, quantity=earning.quantity, price=-earning.price,
            rate=earning.rate, commission=-earning.commission, share=-earning.share, cause=cause[:120],
        )
        if _write(entry):
            written.append(entry)
    return written


def earn_order(order, cause):
    for parcel in order.fulfilment_groups.filter(status=statuses.GROUP_DELIVERED):
        earn(parcel, cause=cause)


@transaction.atomic
def record_collection(parcel, amount, collected_on, remittance=None, user=None):
    """Amana remitted this cash-on-delivery parcel's cash: recorded once, then the parcel earns if delivered.
    Returns (collection, created). Locks the order, then the parcel: the order processing's order, so a delivery
    and a remittance of the same parcel at the same moment wait for each other instead of deadlocking."""
    get_model("order", "Order").objects.select_for_update().get(pk=parcel.order_id)
    parcel = _parcels().objects.select_for_update().get(pk=parcel.pk)
    existing = CashCollection.objects.filter(parcel=parcel).first()
    if existing is not None:
        return existing, False
    collection = CashCollection(parcel=parcel, amount=amount, collected_on=collected_on, remittance=remittance,
                                recorded_by=user if user is not None and user.is_authenticated else None)
    collection.save()
    earn(parcel, cause="delivered, cash remitted")
    return collection, True


def cash_due(parcel):
    """What Amana should collect for a cash-on-delivery parcel: its lines, and the order's delivery charge on the
    order's first parcel (the buyer pays it once)."""
    total = sum((line.line_price_incl_tax for line in parcel.lines), Decimal("0.00"))
    first = parcel.order.fulfilment_groups.order_by("pk").values_list("pk", flat=True).first()
    if first == parcel.pk:
        total += parcel.order.shipping_incl_tax
    return total
