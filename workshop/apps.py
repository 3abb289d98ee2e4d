from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkshopConfig(AppConfig):
    """The makers' workshop (/<lang>/atelier/): an artisan's products, stock, page and parcels, from a phone."""

    name = "workshop"
    verbose_name = _("Workshop")
