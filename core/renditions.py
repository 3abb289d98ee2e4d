"""Image variants (how an image is shown in each use) and their renditions, made ahead of visitors (issue #8): when
an image is uploaded and when a page is published, not on the first visitor's request.

VARIANTS is the one source of every use's filter specs, and of the sizes, CSS class and attributes of the pictures:
{% variant_picture %} and {% variant_image %} (core/templatetags/site_images.py) read it for the pages' pictures
(hero, portrait, avatar, inline, thumb, card, each in AVIF, WebP and JPEG at two widths), the maker card of a
product page and the workshop's portrait; core/seo.py reads the Open Graph spec. Renditions made ahead are the same
renditions the pages ask for (tests/budgets/test_page_budgets_scale.py renders each page type and counts no rendition
made on a visitor's request).

- Uploaded image: the variants an image of unknown use most often needs (card, inline and thumb), after the upload
  commits.
- Published page: the variants its own images are shown in: its hero image (hero, card, Open Graph), an artisan's
  portrait (portrait, avatar, maker card, workshop), a cooperative's logo (portrait, card), the images of its body
  and gallery blocks (inline; thumb inside a gallery).

Generation runs through django-tasks' "default" backend (immediate unless configured otherwise) once the transaction
commits; an image whose file cannot be read is logged and skipped, never failing the upload or the publish.
"""

import functools
import logging
from dataclasses import dataclass

from django.db import transaction
from django.db.models.signals import post_save
from django_tasks import task
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.signals import page_published

logger = logging.getLogger("dakhla.renditions")

_FORMATS = "format-{avif,webp,jpeg}"
_WIDE = "(min-width: 48rem) 22rem, 100vw"


@dataclass(frozen=True)
class Variant:
    """One use of an image: its filter specs (Wagtail's patterns, as the {% picture %} tag takes them) and, for a
    picture, the <img>'s `sizes` and CSS class and whether an eager one is fetched with priority (above the fold)."""

    specs: tuple[str, ...]
    sizes: str = ""
    css_class: str = ""
    fetchpriority: bool = False
    decoding: str = ""


VARIANTS = {
    "hero": Variant((_FORMATS, "fill-{800x450,1600x900}"), "100vw", "picture picture--hero", fetchpriority=True),
    "portrait": Variant((_FORMATS, "fill-{360x450,720x900}"), _WIDE, "picture picture--portrait", fetchpriority=True),
    "avatar": Variant((_FORMATS, "fill-{160x160,320x320}"), "10rem", "picture picture--avatar"),
    "inline": Variant((_FORMATS, "max-{800x800,1600x1600}"), "(min-width: 48rem) 45rem, 100vw",
                      "picture picture--inline"),
    "thumb": Variant((_FORMATS, "fill-{300x300,600x600}"), "(min-width: 48rem) 15rem, 50vw", "picture picture--thumb"),
    "card": Variant((_FORMATS, "fill-{400x300,800x600}"), _WIDE, "picture picture--card"),
    "maker": Variant((_FORMATS, "fill-160x160"), css_class="maker-card__portrait", decoding="async"),
    "workshop": Variant(("fill-160x160",), css_class="workshop-portrait"),
    "open_graph": Variant(("fill-1200x630|format-jpeg",)),
}
ON_UPLOAD = ("card", "inline", "thumb")
# Variants of an image by the page field that holds it.
FIELD_VARIANTS = {
    "hero_image": ("hero", "card", "open_graph"),
    "portrait": ("portrait", "avatar", "maker", "workshop", "open_graph"),
    "logo": ("portrait", "card", "open_graph"),
}
DEFAULT_FIELD_VARIANTS = ("card",)


def specs(variants):
    """The filter specs of these variants, expanded as the {% picture %} / {% image %} tags expand them."""
    found = []
    for variant in variants:
        for spec in Filter.expand_spec(VARIANTS[variant].specs):
            if spec not in found:
                found.append(spec)
    return found


@functools.cache
def filters(variant):
    """The Filters of one variant, parsed once per process: Wagtail parses a Filter's operations (with an `inspect`
    check per operation) the first time they are used, and a Filter holds nothing but its spec and those operations,
    so pictures share them (100 card pictures: 18 ms of CPU, 44 ms when each render parses them, as Wagtail's tag
    does)."""
    return tuple(Filter(spec=spec) for spec in specs([variant]))


def generate(image, variants):
    """Make the renditions of `image` for these variants that it lacks. Which exist is read from its prefetched
    renditions when it has them (generate_renditions), otherwise from the rendition cache, then the database."""
    try:
        image.get_renditions(*specs(variants))
    except Exception:  # a missing or unreadable file must not break an upload or a publish
        logger.exception("Renditions of image %s could not be made", image.pk)


@task()
def generate_renditions(image_variants):
    """[(image id, [variant, ...]), ...] → renditions made.

    Which renditions exist is read from the database, in one query for all the images (Wagtail's public
    `prefetch_renditions()`), not from the rendition cache: these must exist before the first visitor, whose page
    finds its renditions in the database (core.queries.prefetch_renditions), and a cache can outlive the rows it
    describes (a restored or re-created database, a rolled-back transaction) under the same image id."""
    wanted = sorted(specs({variant for __, variants in image_variants for variant in variants}))
    images = get_image_model().objects.prefetch_renditions(*wanted).in_bulk(
        [image_id for image_id, __ in image_variants])
    for image_id, variants in image_variants:
        if image_id in images:
            generate(images[image_id], variants)


def _enqueue(image_variants):
    image_variants = [(image_id, list(variants)) for image_id, variants in image_variants.items() if image_id]
    if image_variants:
        transaction.on_commit(lambda: generate_renditions.enqueue(image_variants))


def page_images(page):
    """{image id: {variant, ...}} for the images a page shows itself (its image fields and its blocks)."""
    image_model = get_image_model()
    found = {}

    def add(image_id, variants):
        if image_id:
            found.setdefault(image_id, set()).update(variants)

    for field in page._meta.concrete_fields:
        if field.is_relation and field.related_model is image_model:
            add(getattr(page, field.attname), FIELD_VARIANTS.get(field.name, DEFAULT_FIELD_VARIANTS))
        elif isinstance(field, StreamField):
            _walk(getattr(page, field.name), field.name == "gallery", add, image_model)
    return found


def _walk(value, in_gallery, add, image_model):
    """Images anywhere in a stream value: thumb inside a gallery, inline elsewhere."""
    if isinstance(value, image_model):
        add(value.pk, ("thumb",) if in_gallery else ("inline",))
        return
    if hasattr(value, "block_type") and hasattr(value, "value"):  # a stream child
        _walk(value.value, in_gallery or value.block_type == "gallery", add, image_model)
        return
    if hasattr(value, "block") and hasattr(value, "value"):  # a list child
        _walk(value.value, in_gallery, add, image_model)
        return
    if isinstance(value, dict) or hasattr(value, "items"):  # a struct value
        for child in value.values():
            _walk(child, in_gallery, add, image_model)
        return
    if isinstance(value, (list, tuple)) or hasattr(value, "__iter__") and not isinstance(value, (str, bytes)):
        for child in value:
            _walk(child, in_gallery, add, image_model)


def on_image_saved(sender, instance, created=False, raw=False, update_fields=None, **kwargs):
    if raw or not created:
        return
    _enqueue({instance.pk: ON_UPLOAD})


def on_page_published(sender, instance, **kwargs):
    try:
        images = page_images(instance.specific)
    except Exception:
        logger.exception("Images of page %s could not be listed for renditions", instance.pk)
        return
    _enqueue(images)


def connect():
    """Connect the receivers (call from CoreConfig.ready)."""
    post_save.connect(on_image_saved, sender=get_image_model(), dispatch_uid="renditions_on_upload")
    page_published.connect(on_page_published, dispatch_uid="renditions_on_publish")
