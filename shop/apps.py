from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShopConfig(AppConfig):
    """The bridge between the Wagtail pages and Oscar's catalogue, basket, checkout and orders."""

    name = "shop"
    verbose_name = _("Shop")

    def ready(self):
        from core import page_cache, sections
        from shop import going_live
        from shop import maker_products as products

        going_live.connect()  # a maker's page published, unpublished or deleted puts their products on or off sale
        page_cache.connect()  # a publish, a price or a stock change makes every cached page stale at once
        # The products on a region's, a cooperative's and an artisan's page (core/sections.py).
        sections.contribute("region", products.region_products)
        sections.contribute("cooperative", products.cooperative_products)
        sections.contribute("artisan", products.artisan_products)
