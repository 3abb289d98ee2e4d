"""Oscar's partner models, with the VAT rate of each product class and stock records that know made-to-order products.

VAT rates are edited in Wagtail's admin (Settings > VAT rates, shop/partner/wagtail_hooks.py); the strategy
(shop/partner/strategy.py) applies them. See shop/tax.py for how a VAT-inclusive price is split.
"""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from oscar.apps.partner.abstract_models import AbstractStockRecord


class VatRate(models.Model):
    product_class = models.OneToOneField(
        "catalogue.ProductClass", verbose_name=_("product class"), on_delete=models.CASCADE, related_name="vat_rate"
    )
    rate = models.DecimalField(
        _("VAT rate (%)"), max_digits=5, decimal_places=2,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
        help_text=_("Moroccan rates: 20 (standard), 14, 10, 7, or 0 for exempt crafts. A product class without a "
                    "rate here pays 20."),
    )

    class Meta:
        app_label = "partner"
        ordering = ["product_class__name"]
        verbose_name = _("VAT rate")
        verbose_name_plural = _("VAT rates")

    def __str__(self):
        return f"{self.product_class}: {self.rate} %"


class StockRecord(AbstractStockRecord):
    @cached_property
    def can_track_allocations(self):
        """A made-to-order product has no stock count: Oscar's allocate/consume/cancel leave its record alone."""
        product = self.product
        lead_time = product.lead_time_days
        if lead_time is None and product.parent_id:
            lead_time = product.parent.lead_time_days
        if lead_time is not None:
            return False
        return product.get_product_class().track_stock


from oscar.apps.partner.models import *  # noqa: E402,F401,F403
