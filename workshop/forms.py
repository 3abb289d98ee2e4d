"""Forms of the artisans' workshop: few fields, clear labels, examples in the help texts."""

from decimal import Decimal

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.models import Craft
from core.photos import PhotoField

# The languages an artisan writes a product's name and description in, named in their own language. The product's
# other languages show this text until someone translates it (modeltranslation's fallback, French first).
WRITING_LANGUAGES = (("fr", "Français"), ("ar", "العربية"))
WRITING_CODES = tuple(code for code, __ in WRITING_LANGUAGES)


def _is_arabic_letter(ch):
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\u08a0" <= ch <= "\u08ff" \
        or "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff"


def written_language(text, chosen):
    """The language `text` is written in when its script says so: Arabic letters → "ar", Latin letters typed with
    "ar" chosen → "fr"; otherwise the artisan's choice."""
    arabic = sum(1 for ch in text or "" if _is_arabic_letter(ch))
    latin = sum(1 for ch in text or "" if ch.isalpha() and ch < "\u0250")
    if arabic > latin:
        return "ar"
    if latin > arabic and chosen == "ar":
        return "fr"
    return chosen


class ProductForm(forms.Form):
    """An artisan's product. The name and description are saved in the language chosen in `language` (corrected
    by the script of the text: a name typed in Arabic letters is the Arabic name); the product's other languages
    keep their own text, or show this one."""

    language = forms.ChoiceField(
        label=_("I write the name and description in"), choices=WRITING_LANGUAGES, required=False,
        help_text=_("Visitors reading another language see this text until it is translated."),
    )
    title = forms.CharField(label=_("Name of the piece"), max_length=255,
                            help_text=_("e.g. Hanbel carpet in camel wool, 120 × 80 cm"),
                            widget=forms.TextInput(attrs={"dir": "auto"}))
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
        help_text=_("What it is made of, its size, how it is made, how to care for it."),
    )
    photo = PhotoField(label=_("Photo"), required=False,
                       help_text=_("Take a photo with your phone or choose one (JPEG, PNG or WebP, up to 12 MB)."))
    price = forms.DecimalField(label=_("Price (MAD)"), min_value=Decimal("1"), max_value=Decimal("1000000"),
                               decimal_places=2, max_digits=10, help_text=_("e.g. 450"),
                               widget=forms.NumberInput(attrs={"inputmode": "decimal", "step": "0.01"}))
    stock = forms.IntegerField(label=_("Pieces ready to sell"), min_value=0, max_value=10000, initial=1,
                               help_text=_("e.g. 3. Leave at 0 for a piece made to order."),
                               widget=forms.NumberInput(attrs={"inputmode": "numeric"}))
    weight_grams = forms.IntegerField(label=_("Weight when packed (grams)"), min_value=1, max_value=100000,
                                      help_text=_("e.g. 1500 for 1.5 kg: it prices the delivery."),
                                      widget=forms.NumberInput(attrs={"inputmode": "numeric"}))
    craft = forms.ModelChoiceField(label=_("Craft"), queryset=Craft.objects.all(), required=False)
    lead_time_days = forms.IntegerField(
        label=_("Made to order: days to make it"), min_value=1, max_value=365, required=False,
        help_text=_("Only if you make it after the order, e.g. 21. Leave empty for a piece ready to ship."),
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )

    maker = forms.ModelChoiceField(label=_("Made by"), queryset=None, required=True, empty_label=None,
                                   help_text=_("The member of the cooperative who made the piece."))

    def __init__(self, *args, require_photo=False, makers=None, **kwargs):
        """`makers`: the artisans the person may sell for (workshop.boundary); the choice is shown to a manager of
        several makers only."""
        super().__init__(*args, **kwargs)
        self.fields["photo"].required = require_photo
        if makers is not None and makers.count() > 1:
            self.fields["maker"].queryset = makers
            self.fields["maker"].label_from_instance = lambda page: page.title
        else:
            del self.fields["maker"]
        if "language" not in self.initial:
            self.initial["language"] = default_writing_language()

    def clean(self):
        cleaned_data = super().clean()
        chosen = cleaned_data.get("language") or default_writing_language()
        text = f"{cleaned_data.get('title') or ''} {cleaned_data.get('description') or ''}"
        cleaned_data["language"] = written_language(text, chosen)
        return cleaned_data

    @classmethod
    def initial_for(cls, product, partner, language=None):
        """The form's values for `product`: its name and description in the artisan's language if it has them,
        else in the first language that has them (never a fallback copied into another language)."""
        record = product.stockrecords.filter(partner=partner).first() or product.stockrecords.first()
        language = product_writing_language(product, language or default_writing_language())
        return {
            "language": language,
            "title": getattr(product, f"title_{language}") or "",
            "description": getattr(product, f"description_{language}") or "",
            "craft": product.craft_id, "maker": product.artisan_id,
            "weight_grams": product.weight_grams, "lead_time_days": product.lead_time_days,
            "price": record.price if record else None, "stock": record.num_in_stock if record else 0,
        }


def default_writing_language():
    language = (get_language() or "fr").split("-")[0]
    return language if language in WRITING_CODES else "fr"


def product_writing_language(product, preferred):
    """`preferred` if the product has a name in it, else the first writing language in which it has one."""
    for code in (preferred, *WRITING_CODES):
        if getattr(product, f"title_{code}", None):
            return code
    return preferred


class ArtisanPageForm(forms.Form):
    quote = forms.CharField(label=_("In my own words"), required=False, max_length=500,
                            widget=forms.Textarea(attrs={"rows": 2}),
                            help_text=_("One sentence about your craft, e.g. “Each carpet tells a family's story.”"))
    biography = forms.CharField(label=_("My story"), required=False, max_length=5000,
                                widget=forms.Textarea(attrs={"rows": 6}),
                                help_text=_("Who you are, who taught you, where you work. Leave an empty line "
                                            "between paragraphs."))
    technique = forms.CharField(label=_("How I work"), required=False, max_length=2000,
                                widget=forms.Textarea(attrs={"rows": 3}),
                                help_text=_("e.g. I weave on a vertical loom, knot by knot."))
    materials = forms.CharField(label=_("Materials"), required=False, max_length=255,
                                help_text=_("e.g. camel wool, henna"))
    years_of_practice = forms.IntegerField(label=_("Years of practice"), required=False, min_value=0, max_value=90,
                                           widget=forms.NumberInput(attrs={"inputmode": "numeric"}))
    portrait = PhotoField(label=_("My portrait"), required=False,
                          help_text=_("A photo of you or of your hands at work (JPEG, PNG or WebP, up to 12 MB)."))
    portrait_alt = forms.CharField(label=_("What the portrait shows"), required=False, max_length=255,
                                   help_text=_("For people who cannot see it, e.g. “My hands on the loom”."))


class CooperativePageForm(forms.Form):
    introduction = forms.CharField(label=_("Introduction"), max_length=1000, widget=forms.Textarea(attrs={"rows": 3}),
                                   help_text=_("Two or three sentences shown at the top of the page."))
    story = forms.CharField(label=_("Our story"), required=False, max_length=5000,
                            widget=forms.Textarea(attrs={"rows": 6}),
                            help_text=_("Leave an empty line between paragraphs."))
    address = forms.CharField(label=_("Address"), required=False, max_length=255)
    opening_hours = forms.CharField(label=_("Opening hours"), required=False, max_length=255,
                                    help_text=_("e.g. Monday to Saturday, 9:00–13:00 and 15:00–19:00"))
    phone = forms.CharField(label=_("Phone"), required=False, max_length=32,
                            widget=forms.TextInput(attrs={"inputmode": "tel", "dir": "ltr"}))
    email = forms.EmailField(label=_("Email"), required=False)


class ShipForm(forms.Form):
    carrier = forms.CharField(label=_("Carrier"), max_length=64, initial="Amana")
    tracking_number = forms.CharField(label=_("Tracking number"), max_length=64,
                                      widget=forms.TextInput(attrs={"dir": "ltr", "autocomplete": "off"}))
