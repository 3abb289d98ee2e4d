"""Oscar's availability policies, plus the one for products made to order (same-path override of
oscar.apps.partner.availability: Oscar's own classes are still found there)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop, ngettext
from oscar.apps.partner.availability import Available


class MadeToOrder(Available):
    """Made by hand once ordered: no stock count, a lead time in days, and a sensible ceiling per order."""

    code = "made-to-order"
    max_quantity = 10

    def __init__(self, lead_time_days):
        self.lead_time_days = lead_time_days

    @property
    def message(self):
        return lead_time_message(self.lead_time_days)

    @property
    def short_message(self):
        return _("Made to order")

    def is_purchase_permitted(self, quantity):
        if quantity > self.max_quantity:
            return False, _("Made by hand to order: at most %(max)d per order. Write to us for more.") % {
                "max": self.max_quantity
            }
        return True, ""


def lead_time_message(days):
    """The sentence shop/includes/lead_time.html renders too (same msgid)."""
    return ngettext(
        "Made to order: ready to ship in %(counter)s day",
        "Made to order: ready to ship in %(counter)s days",
        days,
    ) % {"counter": days}


# Oscar's own stock messages that its Arabic catalogue leaves untranslated: listed here so that the project's
# catalogues carry them (they take precedence over Oscar's), and a buyer in /ar/ reads why a quantity is refused.
OSCAR_MESSAGES = [
    gettext_noop("a maximum of %(max)d can be bought"),
    gettext_noop("In stock (%d available)"),
    gettext_noop(
        "Available stock is only %(max)d, which has been exceeded because multiple lines contain the same product."
    ),
]
