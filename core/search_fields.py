"""Wagtail search fields for translated model fields: every language's value indexed under the field's own name.

Wagtail's index keeps one entry per object, and it reads `title` (the field named "title" fills the index's title
vector, its weight and the "did you mean" text) through the model field, which modeltranslation answers in the
language active at save time. These fields index "title_fr title_ar title_en" together instead, so a product is
found by its Arabic title on /ar/search/ and by its English title on /en/search/ whoever saved it.
"""

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname
from wagtail.search import index


def all_languages(obj, field_name):
    values = []
    for code, __ in settings.LANGUAGES:
        value = getattr(obj, build_localized_fieldname(field_name, code), None)
        if value and value not in values:
            values.append(str(value))
    return " ".join(values)


class TranslatedSearchField(index.SearchField):
    def get_value(self, obj):
        return all_languages(obj, self.field_name)


class TranslatedAutocompleteField(index.AutocompleteField):
    def get_value(self, obj):
        return all_languages(obj, self.field_name)
