"""Checkout views: Oscar's, with cash on delivery as the payment method.

Cash on delivery is what most Moroccan buyers choose: nothing is charged at checkout, the courier collects the amount.
The order is placed as "To confirm" (OSCAR_INITIAL_ORDER_STATUS) until the maker or staff confirm it by phone.
"""

from oscar.apps.checkout import views
from oscar.core.loading import get_model

Source = get_model("payment", "Source")
SourceType = get_model("payment", "SourceType")

CASH_ON_DELIVERY = {"code": "cash-on-delivery", "name": "Cash on delivery"}


class PaymentDetailsView(views.PaymentDetailsView):
    def handle_payment(self, order_number, total, **kwargs):
        source_type, __ = SourceType.objects.get_or_create(
            code=CASH_ON_DELIVERY["code"], defaults={"name": CASH_ON_DELIVERY["name"]}
        )
        self.add_payment_source(
            Source(source_type=source_type, currency=total.currency, amount_allocated=total.incl_tax)
        )
