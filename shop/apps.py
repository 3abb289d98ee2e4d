from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShopConfig(AppConfig):
    """The bridge between the Wagtail pages and Oscar's catalogue, basket, checkout and orders."""

    name = "shop"
    verbose_name = _("Shop")
