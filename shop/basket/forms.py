"""Oscar's basket forms with quantity messages a buyer understands (same-path override of oscar.apps.basket.forms).

A quantity must be a whole number of at least 1, both when adding a product and when changing a line of the basket:
zero is refused too (Oscar would silently delete the line); the "Remove" link takes an item out. Quantities above what
is available are refused by the strategy's availability policy (shop/partner/strategy.py) with its reason.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.basket import forms as oscar_forms

WHOLE_NUMBER = _("Enter the quantity as a whole number, e.g. 1 or 2.")


class BasketLineForm(oscar_forms.BasketLineForm):
    quantity = forms.IntegerField(
        label=_("Quantity"), min_value=1, initial=1,
        error_messages={
            "required": _("Enter a quantity. To take an item out of your basket, use Remove."),
            "invalid": WHOLE_NUMBER,
            "min_value": _("Enter a quantity of at least 1. To take an item out of your basket, use Remove."),
        },
    )

    def clean_quantity(self):
        # The availability's own reason first ("a maximum of 5 can be bought"): Oscar's basket-wide check would
        # otherwise blame "multiple lines" for a single line asking for more than the stock.
        self.check_permission(self.cleaned_data["quantity"])
        return super().clean_quantity()


class AddToBasketForm(oscar_forms.AddToBasketForm):
    quantity = forms.IntegerField(
        label=_("Quantity"), min_value=1, initial=1,
        error_messages={
            "required": _("Enter a quantity."),
            "invalid": WHOLE_NUMBER,
            "min_value": _("Enter a quantity of at least 1."),
        },
    )


class SimpleAddToBasketForm(oscar_forms.SimpleAddToBasketMixin, AddToBasketForm):
    """Oscar asks for this to be redefined whenever AddToBasketForm is."""
