"""The site's pictures.

`{% variant_picture image "card" %}` (add `eager=True` above the fold) shows an image in one of the variants of
core.renditions.VARIANTS, the one table of their filter specs, sizes and CSS classes: AVIF and WebP sources with a
JPEG fallback, a srcset of two widths, width and height set, the alt text from the image (required on every
SiteImage), lazy unless eager, fetched with high priority when an eager variant asks for it. An empty image renders
nothing. Renditions come from Wagtail's public API (`get_renditions`, through the not-found fallback of its picture
tag) and are rendered by Wagtail's `Picture`; each variant's Filters are parsed once per process.

`{% picture %}` is Wagtail's, with each tag's filters parsed once per template instead of on every render: Wagtail's
PictureNode builds new Filter objects (and parses their operations, with an `inspect` signature check per operation)
each time it renders. The tag is parsed by Wagtail's own parser function; its node is then rebuilt as the subclass
below through the node's public constructor (the image expression, filter specs, attributes and `as` name the parser
read).
"""

from functools import cached_property

from django import template
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.images.templatetags import wagtailimages_tags as wagtail_images

from core.renditions import VARIANTS, filters

register = template.Library()


@register.simple_tag
def variant_picture(image, variant, eager=False):
    try:
        shown = VARIANTS[variant]
    except KeyError:
        raise ValueError(f"Unknown image variant {variant!r}: one of {', '.join(VARIANTS)}") from None
    if not image:
        return ""
    attrs = {"sizes": shown.sizes or None, "alt": image.description, "loading": "eager" if eager else "lazy",
             "fetchpriority": ("high" if eager else "auto") if shown.fetchpriority else None,
             "class": shown.css_class or None}  # None: left out (Django's flatatt), as an attribute not given
    return Picture(get_renditions_or_not_found(image, filters(variant)), attrs).__html__()


class PictureNode(wagtail_images.PictureNode):
    @cached_property
    def filters(self):
        return super().get_filters()

    def get_filters(self):
        return self.filters


@register.tag
def picture(parser, token):
    node = wagtail_images.image(parser, token)  # Wagtail's parsing and checks of the tag, unchanged
    return PictureNode(node.image_expr, node.filter_specs, attrs=node.attrs, output_var_name=node.output_var_name)
