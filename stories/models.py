import math

from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.models import Page
from wagtail.search import index

from stories.blocks import FeaturedStreamBlock, StoryStreamBlock
from stories.page_rules import ReservedSlugMixin


class SiteImage(AbstractImage):
    """The project's image model: the alt text (Wagtail's `description`) is required on every image."""

    description = models.CharField(
        _("alt text"),
        max_length=255,
        help_text=_("Describe the image for people who cannot see it, e.g. 'Hands knotting a wool carpet'."),
    )
    credit = models.CharField(_("photo credit"), max_length=120, blank=True)

    admin_form_fields = ("title", "description", "credit", "file", "collection", "tags", "focal_point_x",
                         "focal_point_y", "focal_point_width", "focal_point_height")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class Craft(index.Indexed, models.Model):
    """A craft (carpet weaving, pottery, ...): the taxonomy shared by stories, artisans and products."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, allow_unicode=True)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("craft")
        verbose_name_plural = _("crafts")

    def __str__(self):
        return self.name


class HomePage(ReservedSlugMixin, Page):
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

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from stories.contexts import home_context

        context = super().get_context(request, *args, **kwargs)
        context.update(home_context(self, request))
        return context


class StoryIndexPage(ReservedSlugMixin, Page):
    """The list of heritage stories, filtered by craft and region, paginated."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["stories.HomePage"]
    subpage_types = ["stories.StoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("story index")

    def get_context(self, request, *args, **kwargs):
        from stories.contexts import story_index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(story_index_context(self, request))
        return context


class StoryPage(ReservedSlugMixin, Page):
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

    WORDS_PER_MINUTE = 200

    def get_context(self, request, *args, **kwargs):
        from stories.contexts import story_context

        context = super().get_context(request, *args, **kwargs)
        context.update(story_context(self, request))
        return context

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


class StoryProductMention(models.Model):
    """Which live story mentions which product (through a product block): kept current on publish and unpublish,
    so a product's page can list the stories that feature it without reading every story."""

    story = models.ForeignKey(StoryPage, on_delete=models.CASCADE, related_name="product_mentions")
    product = models.ForeignKey("catalogue.Product", on_delete=models.CASCADE, related_name="story_mentions")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["story", "product"], name="unique_story_product_mention")]
