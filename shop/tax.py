"""Moroccan VAT (TVA) on the shop's prices.

The price a maker enters on a stock record (Oscar's dashboard) is the price the buyer pays, VAT included, as prices are
displayed in Morocco. The VAT rate comes from the product's class (`partner.VatRate`, edited in Wagtail's admin under
Settings > VAT rates); a class without a rate pays the standard rate, 20 %. The strategy (shop/partner/strategy.py)
splits each price into its tax-exclusive part and its VAT with `split_inclusive`.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings

STANDARD_RATE = Decimal("20.00")
CENTIME = Decimal("0.01")


def standard_rate():
    """The rate (a percentage) for a product class that has none of its own."""
    return Decimal(str(getattr(settings, "SHOP_STANDARD_VAT_RATE", STANDARD_RATE)))


def split_inclusive(amount, rate):
    """(tax-exclusive amount, VAT) of a VAT-inclusive amount at `rate` percent, both to the centime.

    The two parts always add up to `amount` exactly, so the buyer pays the displayed price to the centime.
    """
    amount = Decimal(amount)
    excl_tax = (amount * 100 / (100 + Decimal(rate))).quantize(CENTIME, rounding=ROUND_HALF_UP)
    return excl_tax, amount - excl_tax


def tax_code(rate):
    """Stored on order lines (Oscar's `tax_code`): e.g. "vat-20", "vat-0", "vat-5.5"."""
    rate = Decimal(rate).quantize(CENTIME)
    text = format(rate.normalize(), "f") if rate else "0"
    return f"vat-{text}"
