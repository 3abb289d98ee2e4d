"""Same-path override of oscar.apps.dashboard.catalogue.forms: the product form edits the title and the description
in French, Arabic and English (modeltranslation's title_fr, title_ar, ... fields, labelled by language) instead of
the one `title` / `description` of Oscar's form."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.catalogue.forms import ProductForm as OscarProductForm

LANGUAGES = settings.LANGUAGES  # the one list of the site's languages
TRANSLATED = ("title", "description")
TITLE_FIELDS = [f"title_{code}" for code, __ in LANGUAGES]
DESCRIPTION_FIELDS = [f"description_{code}" for code, __ in LANGUAGES]


class ProductForm(OscarProductForm):
    class Meta(OscarProductForm.Meta):
        fields = [
            *TITLE_FIELDS,
            "upc",
            *DESCRIPTION_FIELDS,
            "is_public",
            "is_discountable",
            "structure",
            "slug",
            "meta_title",
            "meta_description",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        titles = {"fr": _("Title (French)"), "ar": _("Title (Arabic)"), "en": _("Title (English)")}
        descriptions = {"fr": _("Description (French)"), "ar": _("Description (Arabic)"),
                        "en": _("Description (English)")}
        for code, __ in LANGUAGES:
            title = self.fields.get(f"title_{code}")
            if title is not None:
                title.label = titles[code]
                title.widget = forms.TextInput(attrs={"autocomplete": "off", "lang": code, "dir": _direction(code)})
            description = self.fields.get(f"description_{code}")
            if description is not None:
                description.label = descriptions[code]
                description.widget.attrs.update({"lang": code, "dir": _direction(code)})
        if "title_fr" in self.fields:
            self.fields["title_fr"].help_text = _(
                "Shown to visitors whose language has no title of its own. Leave a language empty to show the "
                "French title."
            )

    def delete_non_child_fields(self):
        super().delete_non_child_fields()
        for name in DESCRIPTION_FIELDS:
            self.fields.pop(name, None)


def _direction(code):
    return "rtl" if code == "ar" else "ltr"
