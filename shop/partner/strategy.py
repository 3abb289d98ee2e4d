"""The shop's pricing and availability strategy (same-path override of oscar.apps.partner.strategy).

- Prices are in MAD and VAT-inclusive: a stock record's price is what the buyer pays; the VAT part is worked out
  from the rate of the product's class (shop/tax.py, partner.VatRate), so baskets and orders record it.
- Ready-made products need stock (Oscar's StockRequired): a quantity above the net stock level is refused, so they
  cannot be oversold from the basket; the order placement allocates stock through Oscar's stock records.
- A product that is not for sale (not public: shop/going_live.py keeps a maker's product public only while it is
  approved and their page is live) is unavailable, even when it was put in a basket before it went off sale.
- Made-to-order products (Product.lead_time_days set) have no stock count: they are available whatever the stock
  record says, with their lead time as the availability message (availability.MadeToOrder).
"""

from django.utils.functional import cached_property
from oscar.apps.partner import strategy
from oscar.core.loading import get_class, get_model

from shop import tax

MadeToOrder = get_class("partner.availability", "MadeToOrder")
Unavailable = get_class("partner.availability", "Unavailable")
UnavailablePrice = get_class("partner.prices", "Unavailable")
TaxInclusiveFixedPrice = get_class("partner.prices", "TaxInclusiveFixedPrice")
VatRate = get_model("partner", "VatRate")


def lead_time_days(product):
    """A child product is made to order when it or its parent says so."""
    if product.lead_time_days is not None:
        return product.lead_time_days
    if product.parent_id:
        return product.parent.lead_time_days
    return None


class VatInclusivePrice(TaxInclusiveFixedPrice):
    """A stock record's price, VAT included. Its split into tax-exclusive price and VAT is worked out only when asked
    for (basket, checkout, order), so pages that only show prices never look the VAT rates up."""

    def __init__(self, currency, price, rate):
        self.currency = currency
        self.price = price
        self._rate = rate  # a callable: the rate is looked up on first use

    @cached_property
    def _split(self):
        rate = self._rate()
        return (*tax.split_inclusive(self.price, rate), tax.tax_code(rate))

    @property
    def incl_tax(self):
        return self.price

    @property
    def excl_tax(self):
        return self._split[0]

    @property
    def tax(self):
        return self._split[1]

    @property
    def tax_code(self):
        return self._split[2]


class VatInclusivePrices:
    """Pricing policy mixin: the stock record's price includes VAT at the product class's rate."""

    _vat_rates = None

    def vat_rate(self, product):
        if self._vat_rates is None:
            # One query per strategy (i.e. per request) for all the classes: there are only a handful.
            self._vat_rates = dict(VatRate.objects.values_list("product_class_id", "rate"))
        class_id = product.parent.product_class_id if product.parent_id else product.product_class_id
        return self._vat_rates.get(class_id, tax.standard_rate())

    def vat_inclusive_price(self, product, stockrecord):
        if not stockrecord or stockrecord.price is None:
            return UnavailablePrice()
        return VatInclusivePrice(stockrecord.price_currency, stockrecord.price, lambda: self.vat_rate(product))

    def pricing_policy(self, product, stockrecord):
        return self.vat_inclusive_price(product, stockrecord)

    def parent_pricing_policy(self, product, children_stock):
        for child, stockrecord in children_stock:
            if stockrecord is not None and stockrecord.price is not None:
                # Like Oscar's mixins, a parent shows the first child's price ("from").
                return self.vat_inclusive_price(child, stockrecord)
        return UnavailablePrice()


def is_on_sale(product):
    """Public, and so is its parent for a variant (what Oscar's product page asks too)."""
    return product.is_public and (not product.parent_id or product.parent.is_public)


class MadeToOrderOrStockRequired(strategy.StockRequired):
    """Availability mixin: products not on sale are unavailable; made-to-order products are always available; the
    others need stock."""

    def availability_policy(self, product, stockrecord):
        if not stockrecord or not is_on_sale(product):
            return Unavailable()
        days = lead_time_days(product)
        if days is not None:
            return MadeToOrder(days)
        return super().availability_policy(product, stockrecord)


class MoroccanStrategy(strategy.UseFirstStockRecord, MadeToOrderOrStockRequired, VatInclusivePrices,
                       strategy.Structured):
    """First stock record, stock required unless made to order, prices VAT-inclusive at the class's rate."""


class Selector:
    def strategy(self, request=None, user=None, **kwargs):
        return MoroccanStrategy(request)
