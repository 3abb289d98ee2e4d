from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShopConfig(AppConfig):
    """The bridge between the Wagtail pages and Oscar's catalogue, basket, checkout and orders."""

    name = "shop"
    verbose_name = _("Shop")

    def ready(self):
        from config import page_cache

        page_cache.connect()  # a publish, a price or a stock change makes every cached page stale at once
