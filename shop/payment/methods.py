"""The payment methods a buyer chooses from on the payment step: one adapter per method.

Each adapter says whether it is offered for this basket and address (and why not), the status the order is placed
in, and records its Oscar payment source. What happens after placement (a redirect to the bank for a card) is the
checkout view's business, asked through `after_placement_url`. The methods offered, in their order, are listed in
shop/payment/offered.py.
"""

from oscar.core.loading import get_model

from shop.order import statuses

CASH_ON_DELIVERY = "cash-on-delivery"
BANK_TRANSFER = "bank-transfer"
CARD = statuses.CARD_PAYMENT  # the order app knows it too: a card order is only ever marked Paid by the bank


class PaymentMethod:
    code = ""
    name = ""  # shown to buyers (translated)
    name_en = ""  # the Oscar source type's name, as staff see it in the dashboard
    description = ""
    initial_status = statuses.AWAITING_PAYMENT
    sends_order_received_email = True

    def is_enabled(self):
        return True

    def unavailable_reason(self, total, shipping_address):
        """None when the method can pay for this total delivered to this address, else why not (translated)."""
        return None

    def source_type(self):
        SourceType = get_model("payment", "SourceType")
        source_type, __ = SourceType.objects.get_or_create(code=self.code, defaults={"name": str(self.name_en)})
        return source_type

    def make_source(self, total):
        """The unsaved Oscar payment source for an order of this total: nothing is charged at checkout."""
        Source = get_model("payment", "Source")
        return Source(source_type=self.source_type(), currency=total.currency, amount_allocated=total.incl_tax)

    def after_placement_url(self, order, request):
        """Where the buyer goes once the order is placed; None for the thank-you page."""
        return None
