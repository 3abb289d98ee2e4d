"""Oscar's order creator, made safe under concurrency and split by maker.

At placement, inside one transaction, the stock records of the basket are locked (SELECT ... FOR UPDATE, in a fixed
order so two buyers never deadlock) and checked again: a product withdrawn from sale meanwhile, or sold out by a
buyer who was faster, stops the placement with `ProductsUnavailable` before anything is written, and the checkout
tells the buyer. Ten buyers of the last unit produce exactly one order. Then Oscar writes the order, which is split
into one fulfilment group per maker, and its first status is recorded.
"""

from django.db import connection, transaction
from oscar.apps.order.utils import OrderCreator as OscarOrderCreator
from oscar.apps.order.utils import OrderDispatcher, OrderNumberGenerator  # noqa: F401  (Oscar's, unchanged)
from oscar.core.loading import get_model

from shop.order.processing import create_fulfilment_groups, record_initial_status


class ProductsUnavailable(Exception):
    """Some basket lines cannot be bought any more. `problems` lists (basket line, units still available, reason)
    with reason "withdrawn" or "sold_out"."""

    def __init__(self, problems):
        super().__init__(", ".join(f"{line.pk}:{reason}" for line, __, reason in problems))
        self.problems = problems


def lock_and_check_stock(basket):
    """Lock the basket's stock records and check every line against what is really left. Raises
    ProductsUnavailable. Must run inside a transaction."""
    StockRecord = get_model("partner", "StockRecord")
    lines = list(basket.all_lines())
    ids = sorted({line.stockrecord_id for line in lines if line.stockrecord_id})
    records = StockRecord.objects.filter(pk__in=ids).order_by("pk")
    if connection.features.has_select_for_update_of:
        records = records.select_for_update(of=("self",))
    else:
        records = records.select_for_update()
    locked = {record.pk: record for record in records}

    wanted = {}
    for line in lines:
        wanted[line.stockrecord_id] = wanted.get(line.stockrecord_id, 0) + line.quantity

    problems = []
    for line in lines:
        product = line.product
        record = locked.get(line.stockrecord_id)
        if product is None or record is None or not product.is_public:
            problems.append((line, 0, "withdrawn"))
            continue
        info = basket.strategy.fetch_for_product(product, stockrecord=record)
        permitted, __ = info.availability.is_purchase_permitted(wanted[record.pk])
        if not permitted:
            left = max(record.net_stock_level, 0) if product.get_product_class().track_stock else 0
            problems.append((line, left, "sold_out"))
    if problems:
        raise ProductsUnavailable(problems)


class OrderCreator(OscarOrderCreator):
    def place_order(self, basket, total, shipping_method, shipping_charge, user=None, status=None, request=None,
                    **kwargs):
        with transaction.atomic():
            lock_and_check_stock(basket)
            order = super().place_order(
                basket, total, shipping_method, shipping_charge, user=user, status=status, request=request, **kwargs
            )
            create_fulfilment_groups(order)
            record_initial_status(order, user=user)
        return order

    def create_line_models(self, order, basket_line, extra_line_fields=None):
        # Lines start in the order's own status (then follow their maker's parcel).
        extra_line_fields = dict(extra_line_fields or {})
        extra_line_fields.setdefault("status", order.status)
        return super().create_line_models(order, basket_line, extra_line_fields)
