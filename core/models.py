"""What every part of the site uses: the image model (alt text required), the Craft taxonomy shared by stories,
artisans and products, and the site settings of the footer."""

import hashlib
import uuid

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.search import index

from core.search_fields import TranslatedAutocompleteField, TranslatedSearchField


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


def translated_panels(field_names):
    """One group of panels per language for fields translated by modeltranslation (name_fr, name_ar, ...): the
    Arabic fields are typed right to left."""
    groups = []
    for code, language in settings.LANGUAGES:
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

    # Name and description are translated (core/translation.py): one labelled group of fields per language.
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
    translated (core/translation.py)."""

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
    CACHE_GENERATION_KEY = "core.sitesettings.generation"
    CACHE_SECONDS = 60 * 60

    @classmethod
    def cache_key(cls, request):
        generation = cache.get(cls.CACHE_GENERATION_KEY)
        if generation is None:
            generation = uuid.uuid4().hex
            cache.set(cls.CACHE_GENERATION_KEY, generation, None)
        host = hashlib.sha256(request.META.get("HTTP_HOST", "").encode("utf-8", "replace")).hexdigest()[:32]
        return f"core.sitesettings.{generation}.{host}"

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
            setattr(request, attr_name, instance)  # (no page fields here: Wagtail's request-bound page_url is unused)
        return instance

    @classmethod
    def forget_cached(cls, **kwargs):
        cache.set(cls.CACHE_GENERATION_KEY, uuid.uuid4().hex, None)


post_save.connect(SiteSettings.forget_cached, sender=SiteSettings, dispatch_uid="core.sitesettings.saved")
post_delete.connect(SiteSettings.forget_cached, sender=SiteSettings, dispatch_uid="core.sitesettings.deleted")
post_save.connect(SiteSettings.forget_cached, sender="wagtailcore.Site", dispatch_uid="core.sitesettings.site_saved")
post_delete.connect(SiteSettings.forget_cached, sender="wagtailcore.Site",
                    dispatch_uid="core.sitesettings.site_deleted")
