from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Stories")

    def ready(self):
        from core import sections
        from stories import contexts, queries
        from stories.models import HomePage, StoryIndexPage, StoryPage

        sections.page_context(HomePage, contexts.home_context)
        sections.page_context(StoryIndexPage, contexts.story_index_context)
        sections.page_context(StoryPage, contexts.story_context)

        # The stories told about a region, an artisan and a product, on their pages (core/sections.py).
        sections.contribute("region", lambda region: {"stories": queries.stories_about_region(region),
                                                      "story_index": queries.story_index()})
        sections.contribute("artisan", lambda artisan: {"stories": queries.stories_featuring(artisan)})
        sections.contribute("product", lambda product: {"mentioning_stories": queries.stories_mentioning(product)})
