from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class HomePage(Page):
    """The site's front page: the root of every language's page tree."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences welcoming the visitor, shown under the title."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
