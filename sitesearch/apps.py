from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteSearchConfig(AppConfig):
    """One search box for products, stories, artisans and cooperatives (/<lang>/search/)."""

    name = "sitesearch"
    verbose_name = _("Site search")
