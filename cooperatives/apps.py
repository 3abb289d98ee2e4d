from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CooperativesConfig(AppConfig):
    name = "cooperatives"
    verbose_name = _("Cooperatives and artisans")

    def ready(self):
        from cooperatives import contexts
        from cooperatives.models import ArtisanPage, CooperativePage, RegionPage
        from core import sections

        sections.page_context(RegionPage, contexts.region_context)
        sections.page_context(CooperativePage, contexts.cooperative_context)
        sections.page_context(ArtisanPage, contexts.artisan_context)
