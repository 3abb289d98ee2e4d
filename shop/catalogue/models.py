"""Oscar's product, with what the shop's pages need: who made it, its craft and its weight."""

from django.conf import settings
from django.db import models
from django.utils import timezone, translation
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

    # Going live (shop/going_live.py): a product is approved unless the workshop held it for an editor's look;
    # approved_by is the editor who approved it (None: approved without one). A declined product stays off sale.
    approved_at = models.DateTimeField(_("approved on"), null=True, blank=True, default=timezone.now)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("approved by"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    declined_at = models.DateTimeField(_("declined on"), null=True, blank=True)

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

    class Meta(AbstractProduct.Meta):
        permissions = [("approve_product", _("Can approve makers' products for sale"))]

    @property
    def is_made_to_order(self):
        return self.lead_time_days is not None

    def is_review_permitted(self, user):
        """Only a signed-in buyer of this product (or of one of its variants) whose order was not cancelled or
        refunded, once. Oscar's review views refuse the others and its templates show them no "write a review"."""
        if not user.is_authenticated or self.has_review_by(user):
            return False
        from oscar.core.loading import get_model

        from shop.order.statuses import CANCELLED, REFUNDED

        lines = get_model("order", "Line").objects.filter(models.Q(product=self) | models.Q(product__parent=self))
        return lines.filter(order__user=user).exclude(order__status__in=[CANCELLED, REFUNDED]).exists()


from oscar.apps.catalogue.models import *  # noqa: E402,F401,F403
