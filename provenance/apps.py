from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProvenanceConfig(AppConfig):
    """Provenance tags: a short, stable address per product (/p/<code>/) that opens the product's story of origin,
    printed as QR codes on the makers' tag sheets (sheets.py). Above the shop, beneath the stories and the workshop:
    the stories about a product come through core.sections, never by import."""

    name = "provenance"
    label = "provenance"
    verbose_name = _("Provenance tags")
