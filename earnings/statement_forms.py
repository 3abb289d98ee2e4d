"""Staff forms of the earnings dashboard: a new commission rate (a new row: old rates are history and never edited),
a seller's bank account (validated RIB and ICE), a payout's bank reference, a statement's month."""

from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from earnings.bank import normalise
from earnings.models import CommissionRate, PayeeAccount

# A form filled in a minute ago still means "from now".
GRACE = timedelta(minutes=5)


class RateForm(forms.ModelForm):
    class Meta:
        model = CommissionRate
        fields = ["rate", "valid_from"]
        widgets = {"valid_from": forms.DateTimeInput(attrs={"type": "datetime-local"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["valid_from"].required = False
        self.fields["valid_from"].help_text = _("Leave empty for orders placed from now on; or a later date.")

    def clean_valid_from(self):
        value = self.cleaned_data.get("valid_from")
        now = timezone.now()
        if value is None:
            return now
        if value < now - GRACE:
            raise forms.ValidationError(_("A new rate applies to orders placed from now or a later date, never "
                                          "to orders already placed."))
        return value

    def save_for(self, partner, user):
        """Always a new row: the rates in force before it stay as they were."""
        return CommissionRate.objects.create(partner=partner, rate=self.cleaned_data["rate"],
                                             valid_from=self.cleaned_data["valid_from"], set_by=user)


class AccountForm(forms.ModelForm):
    class Meta:
        model = PayeeAccount
        fields = ["legal_name", "ice", "rib"]

    def clean_rib(self):
        return normalise(self.cleaned_data.get("rib"))

    def clean_ice(self):
        return normalise(self.cleaned_data.get("ice"))


class SentForm(forms.Form):
    bank_reference = forms.CharField(label=_("bank reference"), max_length=64)


class MonthForm(forms.Form):
    year = forms.IntegerField(label=_("year"), min_value=2020, max_value=2100)
    month = forms.TypedChoiceField(label=_("month"), coerce=int,
                                   choices=[(number, number) for number in range(1, 13)])


def chosen_month(data):
    """(year, month) from a GET query, the current month when absent or wrong."""
    today = timezone.localdate()
    form = MonthForm(data if "year" in data else None)
    if form.is_bound and form.is_valid():
        return form.cleaned_data["year"], form.cleaned_data["month"], form
    return today.year, today.month, MonthForm(initial={"year": today.year, "month": today.month})
