from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo content of `make run` (regions, cooperatives, artisans, stories, products, drawn pictures) and its
    `load_demo` command; nothing at run time depends on it."""

    name = "demo"
    verbose_name = _("Demo content")
