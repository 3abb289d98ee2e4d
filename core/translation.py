"""Fields translated with django-modeltranslation (name_fr, name_ar, name_en, ...): the Craft snippet and the site
settings of the footer. Reading `craft.name` gives the active language, then French, then any language with a value.
"""

from modeltranslation.translator import TranslationOptions, register

from core.models import Craft, SiteSettings


@register(Craft)
class CraftTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    # Craft names are unique: an empty translation is stored as NULL (never two '' in a unique column), and every
    # craft has its French name (the others fall back to it).
    empty_values = {"name": None}
    required_languages = {"fr": ("name",), "default": ()}


@register(SiteSettings)
class SiteSettingsTranslationOptions(TranslationOptions):
    fields = ("footer_text", "address", "phone")
