"""Cash on delivery, the method most Moroccan buyers prefer.

Offered for deliveries in Morocco up to SHOP_CASH_ON_DELIVERY_MAX_AMOUNT (order total, shipping included). Nothing is
charged at checkout: the order is placed "To confirm" until staff or the maker confirm it by phone, and the courier
collects the amount on delivery (the payment is recorded when the order is delivered).
"""

from decimal import Decimal

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from oscar.templatetags.currency_filters import currency

from shop.order import statuses
from shop.payment.methods import CASH_ON_DELIVERY, PaymentMethod

MOROCCO = "MA"


def max_amount():
    return Decimal(str(settings.SHOP_CASH_ON_DELIVERY_MAX_AMOUNT))


class CashOnDelivery(PaymentMethod):
    code = CASH_ON_DELIVERY
    name = _("Cash on delivery")
    name_en = "Cash on delivery"
    description = _("You pay the courier in cash when your parcel arrives. Nothing is charged now.")
    initial_status = statuses.TO_CONFIRM

    def unavailable_reason(self, total, shipping_address):
        country = getattr(shipping_address, "country_id", None) if shipping_address else None
        if country != MOROCCO:
            return _("Cash on delivery is only available for deliveries in Morocco.")
        if total.incl_tax > max_amount():
            return _("Cash on delivery is available for orders up to %(amount)s.") % {
                "amount": currency(max_amount(), total.currency)
            }
        return None
