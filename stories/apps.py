from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Stories")

    def ready(self):
        from stories import mentions

        mentions.connect()  # keeps StoryProductMention current as stories are published and unpublished
