import hashlib
import math
import uuid

from django import forms
from django.core.cache import cache
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.models import Page
from wagtail.search import index

from shop.catalogue.search_fields import TranslatedAutocompleteField, TranslatedSearchField
from stories.blocks import FeaturedStreamBlock, StoryStreamBlock
from stories.locales import TranslatedPageMixin, french_tree_route
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


TRANSLATION_LANGUAGES = (("fr", _("French")), ("ar", _("Arabic")), ("en", _("English")))


def translated_panels(field_names):
    """One group of panels per language for fields translated by modeltranslation (name_fr, name_ar, ...): the
    Arabic fields are typed right to left."""
    groups = []
    for code, language in TRANSLATION_LANGUAGES:
        panels = []
        for name in field_names:
            widget = None
            if code == "ar":
                multiline = name in TEXTAREA_FIELDS
                widget = (forms.Textarea(attrs={"dir": "rtl", "rows": 3}) if multiline
                          else forms.TextInput(attrs={"dir": "rtl"}))
            panels.append(FieldPanel(f"{name}_{code}", widget=widget) if widget else FieldPanel(f"{name}_{code}"))
        groups.append(MultiFieldPanel(panels, heading=language))
    return groups


TEXTAREA_FIELDS = {"description", "address", "footer_text"}


class Craft(index.Indexed, models.Model):
    """A craft (carpet weaving, pottery, ...): the taxonomy shared by stories, artisans and products."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, allow_unicode=True)
    description = models.TextField(_("description"), blank=True)

    # Name and description are translated (stories/translation.py): one labelled group of fields per language.
    panels = [
        *translated_panels(("name", "description")),
        FieldPanel("slug"),
    ]
    search_fields = [TranslatedSearchField("name"), TranslatedAutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("craft")
        verbose_name_plural = _("crafts")

    def __str__(self):
        return self.name


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What the footer of every page shows: the site's tagline and how to reach it. All but the email are
    translated (stories/translation.py)."""

    footer_text = models.TextField(
        _("footer text"), blank=True,
        help_text=_("One or two sentences under the site's name at the bottom of every page. Leave empty for the "
                    "default text."),
    )
    address = models.TextField(_("postal address"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True, help_text=_("e.g. +212 5 28 89 00 00"))
    contact_email = models.EmailField(_("contact email"), blank=True)

    panels = [
        *translated_panels(("footer_text", "address", "phone")),
        FieldPanel("contact_email"),
    ]

    class Meta:
        verbose_name = _("contact and footer")

    # Every page's footer reads these settings: they are kept in the cache (per host name) rather than costing a
    # Site look-up and a query on every request; saving the settings or a Site starts a new generation of keys.
    CACHE_GENERATION_KEY = "stories.sitesettings.generation"
    CACHE_SECONDS = 60 * 60

    @classmethod
    def cache_key(cls, request):
        generation = cache.get(cls.CACHE_GENERATION_KEY)
        if generation is None:
            generation = uuid.uuid4().hex
            cache.set(cls.CACHE_GENERATION_KEY, generation, None)
        host = hashlib.sha256(request.META.get("HTTP_HOST", "").encode("utf-8", "replace")).hexdigest()[:32]
        return f"stories.sitesettings.{generation}.{host}"

    @classmethod
    def for_request(cls, request):
        attr_name = cls.get_cache_attr_name()
        if hasattr(request, attr_name):
            return getattr(request, attr_name)
        instance = cache.get(cls.cache_key(request))
        if instance is None:
            instance = super().for_request(request)
            # The key is read again: creating the settings row has just started a new generation.
            cache.set(cls.cache_key(request), instance, cls.CACHE_SECONDS)
        else:
            instance._request = request
            setattr(request, attr_name, instance)
        return instance

    @classmethod
    def forget_cached(cls, **kwargs):
        cache.set(cls.CACHE_GENERATION_KEY, uuid.uuid4().hex, None)


post_save.connect(SiteSettings.forget_cached, sender=SiteSettings, dispatch_uid="stories.sitesettings.saved")
post_delete.connect(SiteSettings.forget_cached, sender=SiteSettings, dispatch_uid="stories.sitesettings.deleted")
post_save.connect(SiteSettings.forget_cached, sender="wagtailcore.Site", dispatch_uid="stories.sitesettings.site_saved")
post_delete.connect(SiteSettings.forget_cached, sender="wagtailcore.Site",
                    dispatch_uid="stories.sitesettings.site_deleted")


class HomePage(TranslatedPageMixin, ReservedSlugMixin, Page):
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

    def route(self, request, path_components):
        # A page that exists only in French is served from the French tree, never a 404 (stories/locales.py).
        return french_tree_route(self, request, path_components, super().route)

    def get_context(self, request, *args, **kwargs):
        from stories.contexts import home_context

        context = super().get_context(request, *args, **kwargs)
        context.update(home_context(self, request))
        return context


class StoryIndexPage(TranslatedPageMixin, ReservedSlugMixin, Page):
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


class StoryPage(TranslatedPageMixin, ReservedSlugMixin, Page):
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
