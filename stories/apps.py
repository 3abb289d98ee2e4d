from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Stories")

    def ready(self):
        from stories import mentions

        mentions.connect()  # keeps StoryProductMention current as stories are published and unpublished
        from stories import locales

        locales.connect()  # Arabic and English trees follow the French one, except while fixtures load
        from stories import renditions

        renditions.connect()  # renditions made when an image is uploaded or a page published (issue #8)
