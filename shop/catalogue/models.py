"""Oscar's product, with what the shop's pages need: who made it, its craft and its weight."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue.abstract_models import AbstractProduct
from wagtail.search import index


class Product(index.Indexed, AbstractProduct):
    artisan = models.ForeignKey(
        "cooperatives.ArtisanPage", verbose_name=_("made by"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="products",
    )
    craft = models.ForeignKey(
        "stories.Craft", verbose_name=_("craft"), null=True, blank=True, on_delete=models.SET_NULL,
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

    # Wagtail's search index (the site search, stories/search.py): saving or deleting a product updates it.
    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("description"),
        index.SearchField("upc"),
        index.AutocompleteField("title"),
        index.AutocompleteField("upc"),
        index.FilterField("upc"),
        index.FilterField("is_public"),
        index.RelatedFields("craft", [index.SearchField("name")]),
        index.RelatedFields("artisan", [index.SearchField("title")]),
    ]

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().select_related("craft", "artisan")

    @property
    def is_made_to_order(self):
        return self.lead_time_days is not None


from oscar.apps.catalogue.models import *  # noqa: E402,F401,F403
