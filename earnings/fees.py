"""The fee rule, in one place: the platform keeps a commission on each order line's price incl. VAT, at the seller's
rate in force when the order was placed (settings.EARNINGS_DEFAULT_COMMISSION_RATE unless staff set one); the
maker's share is the rest. Rounded half-up to the centime, per line. Delivery charges are the platform's."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.utils import timezone

from earnings.models import CommissionRate

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Split:
    price: Decimal
    rate: Decimal
    commission: Decimal
    share: Decimal


def default_rate():
    return Decimal(str(settings.EARNINGS_DEFAULT_COMMISSION_RATE))


def rate_for(partner_id, when=None):
    """The seller's commission rate for an order placed at `when` (now by default)."""
    when = when or timezone.now()
    found = (CommissionRate.objects.filter(partner_id=partner_id, valid_from__lte=when)
             .order_by("-valid_from", "-pk").values_list("rate", flat=True).first())
    return found if found is not None else default_rate()


def split(price, rate):
    """The commission and the maker's share of a line priced `price` (incl. VAT): share + commission == price."""
    price = Decimal(price).quantize(CENT, rounding=ROUND_HALF_UP)
    commission = (price * Decimal(rate)).quantize(CENT, rounding=ROUND_HALF_UP)
    return Split(price=price, rate=Decimal(rate), commission=commission, share=price - commission)


def split_line(line, when=None):
    return split(line.line_price_incl_tax, rate_for(line.partner_id, when or line.order.date_placed))


def maker_percent(partner_id):
    """What part of a price goes to the maker today, as a whole percentage for the product page (e.g. 88)."""
    return ((Decimal("1") - rate_for(partner_id)) * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
