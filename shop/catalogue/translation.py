"""Product fields translated with django-modeltranslation: title_fr/title_ar/title_en and description_fr/...

`product.title` (and so Oscar's `get_title()`) reads the active language, then French, then any language that has a
value (settings: MODELTRANSLATION_FALLBACK_LANGUAGES). Assigning `product.title` writes the active language's field.
"""

from modeltranslation.translator import TranslationOptions, register
from oscar.core.loading import get_model

Product = get_model("catalogue", "Product")


@register(Product)
class ProductTranslationOptions(TranslationOptions):
    fields = ("title", "description")
