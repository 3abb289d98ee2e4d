from django import forms
from django.utils.translation import gettext_lazy as _


class PaymentMethodForm(forms.Form):
    """The buyer's choice among the methods offered for this basket and address."""

    method = forms.ChoiceField(
        label=_("Payment method"), widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose how you will pay."),
            "invalid_choice": _("This payment method is not available for this order: choose another one."),
        },
    )

    def __init__(self, *args, offers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["method"].choices = [(offer.method.code, offer.method.name) for offer in offers if offer.available]
