"""The site's pictures.

`{% variant_picture image "card" %}` (add `eager=True` above the fold) shows an image in one of the variants of
core.renditions.VARIANTS, the one table of their filter specs, sizes and CSS classes: AVIF and WebP sources with a
JPEG fallback, a srcset of two widths, width and height set, the alt text from the image (required on every
SiteImage), lazy unless eager, fetched with high priority when an eager variant asks for it. An empty image renders
nothing. Renditions come from Wagtail's public API (`get_renditions`, through the not-found fallback of its picture
tag) and are rendered by Wagtail's `Picture`; each variant's Filters are parsed once per process.

`{% variant_image image "workshop" %}` is the plain <img> of a one-spec variant, from the same table.
"""

from django import template
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_rendition_or_not_found, get_renditions_or_not_found

from core.renditions import VARIANTS, filters

register = template.Library()


def _variant(name):
    try:
        return VARIANTS[name]
    except KeyError:
        raise ValueError(f"Unknown image variant {name!r}: one of {', '.join(VARIANTS)}") from None


@register.simple_tag
def variant_picture(image, variant, eager=False):
    shown = _variant(variant)
    if not image:
        return ""
    attrs = {"sizes": shown.sizes or None, "alt": image.description, "loading": "eager" if eager else "lazy",
             "fetchpriority": ("high" if eager else "auto") if shown.fetchpriority else None,
             "class": shown.css_class or None,  # None: left out (Django's flatatt), as an attribute not given
             "decoding": shown.decoding or None}
    return Picture(get_renditions_or_not_found(image, filters(variant)), attrs).__html__()


@register.simple_tag
def variant_image(image, variant):
    """A plain <img> of a one-spec variant (e.g. the workshop's portrait), from the same table."""
    shown = _variant(variant)
    if not image:
        return ""
    (spec,) = filters(variant)  # one spec: a plain <img>, as Wagtail's {% image %} tag renders it
    return get_rendition_or_not_found(image, spec).img_tag({"class": shown.css_class} if shown.css_class else {})
