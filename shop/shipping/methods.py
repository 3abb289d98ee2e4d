"""Shipping methods as the repository offers them (Oscar's methods module, same-path override: Oscar's classes are
still found in oscar.apps.shipping.methods).

- `Delivery` wraps one of Oscar's weight-based methods (edited in the dashboard) for one basket and destination:
  same code, name, description and band charge, or free when the Moroccan free-delivery threshold is reached.
- `Pickup` is a free collection point: a cooperative's workshop or the regional showroom.
- `QuotedAtCheckout` stands in on the basket page when no method can be estimated yet.
"""

from decimal import Decimal

from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from oscar.apps.shipping.methods import Base, Free
from oscar.core import prices

ZERO = Decimal("0.00")


class Delivery(Base):
    def __init__(self, method, free=False):
        self.method = method
        self.code = method.code
        self.name = method.name
        self.description = method.description
        self.is_free = free

    def calculate(self, basket):
        if self.is_free:
            return prices.Price(currency=basket.currency, excl_tax=ZERO, tax=ZERO)
        return self.method.calculate(basket)


class Pickup(Free):
    is_pickup = True

    def __init__(self, code, name, address, opening_hours=""):
        self.code = code
        self.name = name
        self.address = address
        self.opening_hours = opening_hours
        # Oscar's template prints the description unescaped: escape what comes from the CMS here.
        if opening_hours:
            self.description = format_html("{}<br>{}", address, opening_hours)
        else:
            self.description = format_html("{}", address)


class QuotedAtCheckout(Free):
    code = "quoted-at-checkout"
    name = _("Delivery: worked out at checkout from your address")


# Oscar's word on the delivery step that its Arabic catalogue leaves in English: listed here so that the project's
# catalogues carry it (they take precedence over Oscar's).
OSCAR_MESSAGES = [gettext_noop("Method")]
