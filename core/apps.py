from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every part of the site uses: images, crafts, site settings, languages, page rules, SEO, routing."""

    name = "core"
    verbose_name = _("Site")

    def ready(self):
        from core import locales, renditions

        locales.connect()  # Arabic and English trees follow the French one, except while fixtures load
        renditions.connect()  # renditions made when an image is uploaded or a page published (issue #8)
