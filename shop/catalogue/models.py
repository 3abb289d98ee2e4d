"""Oscar's product, with what the shop's pages need: who made it, its craft and its weight."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue.abstract_models import AbstractProduct
from oscar.core.utils import slugify
from wagtail.search import index

from core.search_fields import TranslatedAutocompleteField, TranslatedSearchField


class Product(index.Indexed, AbstractProduct):
    artisan = models.ForeignKey(
        "cooperatives.ArtisanPage", verbose_name=_("made by"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="products",
    )
    craft = models.ForeignKey(
        "core.Craft", verbose_name=_("craft"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="products",
    )
    weight_grams = models.PositiveIntegerField(
        _("weight (grams)"), null=True, blank=True, help_text=_("Packed weight, used to price delivery.")
    )
    lead_time_days = models.PositiveSmallIntegerField(
        _("made to order: days to make"), null=True, blank=True,
        help_text=_("Leave empty for a ready-made product sold from stock. Filled in, the product is made to order "
                    "and has no stock count."),
    )

    # Wagtail's search index (the site search, sitesearch/search.py): saving or deleting a product updates it.
    # Title, description and craft name are translated (shop/catalogue/translation.py): every language is indexed.
    search_fields = [
        TranslatedSearchField("title", boost=3),
        TranslatedSearchField("description"),
        index.SearchField("upc"),
        TranslatedAutocompleteField("title"),
        index.AutocompleteField("upc"),
        index.FilterField("upc"),
        index.FilterField("is_public"),
        index.RelatedFields("craft", [TranslatedSearchField("name")]),
        index.RelatedFields("artisan", [index.SearchField("title")]),
    ]

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().select_related("craft", "artisan")

    def save(self, *args, **kwargs):
        # Oscar makes the slug from get_title() in the active language: take the French title when there is one
        # (an Arabic title would give an escaped "u0632..." slug).
        if not self.slug:
            with translation.override("fr"):
                self.slug = slugify(self.get_title())
        super().save(*args, **kwargs)

    @property
    def is_made_to_order(self):
        return self.lead_time_days is not None


from oscar.apps.catalogue.models import *  # noqa: E402,F401,F403
