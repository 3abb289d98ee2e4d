import math

from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.locales import TranslatedPageMixin, french_tree_route
from core.models import Craft, SiteImage
from core.page_rules import ReservedSlugMixin
from core.sections import RegisteredContextMixin
from stories.blocks import FeaturedStreamBlock, StoryStreamBlock


class HomePage(RegisteredContextMixin, TranslatedPageMixin, ReservedSlugMixin, Page):
    """The site's front page: the root of every language's page tree."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences welcoming the visitor, shown under the title."),
    )
    hero_image = models.ForeignKey(
        SiteImage, verbose_name=_("hero image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    featured = StreamField(
        FeaturedStreamBlock(),
        verbose_name=_("featured stories, regions and products"),
        blank=True,
        help_text=_("Leave empty to show the newest stories, regions and products."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("hero_image"), FieldPanel("featured")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["stories.StoryIndexPage", "cooperatives.RegionPage"]

    french_fallback = True  # its route() only adds the French fallback: the routing shortcut applies (core/routing.py)

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        # A page that exists only in French is served from the French tree, never a 404 (core/locales.py).
        return french_tree_route(self, request, path_components, super().route)



class StoryIndexPage(RegisteredContextMixin, TranslatedPageMixin, ReservedSlugMixin, Page):
    """The list of heritage stories, filtered by craft and region, paginated."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["stories.HomePage"]
    subpage_types = ["stories.StoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("story index")



class StoryPage(RegisteredContextMixin, TranslatedPageMixin, ReservedSlugMixin, Page):
    """A heritage story: the craft and the people behind it, with live cards of their products."""

    introduction = models.TextField(_("introduction"), help_text=_("Shown in lists and as the page's summary."))
    hero_image = models.ForeignKey(
        SiteImage, verbose_name=_("main image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = StreamField(StoryStreamBlock(), verbose_name=_("body"))
    author = models.CharField(_("author"), max_length=120)
    date_published = models.DateField(_("date"))
    crafts = ParentalManyToManyField(Craft, verbose_name=_("crafts"), blank=True, related_name="stories")
    region = models.ForeignKey(
        "cooperatives.RegionPage", verbose_name=_("region"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="stories",
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("author"), FieldPanel("date_published"), FieldPanel("crafts"), FieldPanel("region")],
            heading=_("About this story"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        ordering = ["-date_published"]
        # Every list of stories is newest first (home, index, related stories, cards): with this index PostgreSQL
        # walks the stories in that order and stops at the first few that match, instead of sorting them all.
        indexes = [models.Index(fields=["-date_published", "-page_ptr"], name="story_newest_first")]

    WORDS_PER_MINUTE = 200


    @property
    def reading_time(self):
        """Minutes to read the story, at 200 words a minute (at least one)."""
        words = len(self.introduction.split())
        for block in self.body:
            if block.block_type == "paragraph":
                words += len(strip_tags(block.value.source).split())
            elif block.block_type == "heading":
                words += len(block.value["heading_text"].split())
            elif block.block_type == "quote":
                words += len(block.value["quote"].split())
        return max(1, math.ceil(words / self.WORDS_PER_MINUTE))
