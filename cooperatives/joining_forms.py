"""The public form "Devenir artisan partenaire": a few questions, a phone number checked with `phonenumbers`
(Moroccan numbers may be typed the Moroccan way, e.g. 06 12 34 56 78), up to three photos, and a honeypot.

The region is chosen among `joining_regions()`: each region once, in the visitor's language. The application keeps
its French version (the tree where editors' approval creates the artisan's page, cooperatives/joining.py), whichever
version was chosen; a version not offered (a draft, another language's, not a region) is refused as an invalid
choice."""

import phonenumbers
from django import forms
from django.utils.translation import gettext_lazy as _

from cooperatives.models import RegionPage
from cooperatives.queries import joining_regions
from core.locales import source_page_id
from core.models import Craft
from core.photos import PhotoField


def database_id(value):
    """`value` as a row id, or None when it cannot be one (SQLite raises OverflowError beyond 64 bits)."""
    text = str(value or "").strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 18 else None


class RegionChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        if value in self.empty_values:
            return None
        if database_id(value) is None:
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class JoiningForm(forms.Form):
    name = forms.CharField(label=_("Your full name"), max_length=120, help_text=_("e.g. Fatimetou Mint Ahmed"))
    craft = forms.ModelChoiceField(label=_("Your craft"), queryset=Craft.objects.all(), required=False,
                                   empty_label=_("Another craft (say which below)"))
    in_cooperative = forms.TypedChoiceField(
        label=_("Do you work in a cooperative?"), choices=[("no", _("No, on my own")), ("yes", _("Yes"))],
        coerce=lambda value: value == "yes", widget=forms.RadioSelect, initial="no",
    )
    cooperative_name = forms.CharField(label=_("Name of the cooperative"), max_length=160, required=False,
                                       help_text=_("e.g. Coopérative Tissage Oued Eddahab"))
    region = RegionChoiceField(label=_("Your region"), queryset=RegionPage.objects.none())
    phone = forms.CharField(label=_("Phone"), max_length=32, help_text=_("e.g. 06 12 34 56 78 or +33 6 12 34 56 78"),
                            widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}))
    email = forms.EmailField(label=_("Email"), help_text=_("We send our answer there."),
                             widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    presentation = forms.CharField(label=_("Tell us about your work"), max_length=3000,
                                   widget=forms.Textarea(attrs={"rows": 5}),
                                   help_text=_("What you make, since when, with which materials."))
    photo_1 = PhotoField(label=_("Photo of your work"), required=False)
    photo_2 = PhotoField(label=_("Second photo"), required=False)
    photo_3 = PhotoField(label=_("Third photo"), required=False)
    website = forms.CharField(label=_("Leave this field empty"), required=False,
                              widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))

    def __init__(self, *args, preselected_region=None, **kwargs):
        """`preselected_region`: a region's id from the address (a regional page's link, `?region=<id>`), chosen
        in advance when it is one of the regions offered, ignored otherwise."""
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = joining_regions()
        if not self.is_bound:
            region_pk = self._offered_region_pk(preselected_region)
            if region_pk is not None:
                self.initial["region"] = region_pk

    def _offered_region_pk(self, value):
        pk = database_id(value)
        if pk is None:
            return None
        return self.fields["region"].queryset.filter(pk=pk).values_list("pk", flat=True).first()

    def clean_region(self):
        region = self.cleaned_data["region"]
        source_pk = source_page_id(region)
        if source_pk == region.pk:
            return region
        return RegionPage.objects.filter(pk=source_pk).first() or region

    def clean_phone(self):
        raw = self.cleaned_data["phone"]
        try:
            number = phonenumbers.parse(raw, "MA")
        except phonenumbers.NumberParseException:
            number = None
        if number is None or not phonenumbers.is_valid_number(number):
            raise forms.ValidationError(_("This phone number does not look right, e.g. 06 12 34 56 78."))
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("in_cooperative") and not cleaned.get("cooperative_name"):
            self.add_error("cooperative_name", _("Give the name of your cooperative."))
        return cleaned

    @property
    def is_spam(self):
        return bool(self.data.get("website"))
