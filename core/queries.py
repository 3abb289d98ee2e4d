"""Queries behind the visitor-facing pages, always in bulk: a list costs one query (plus one per prefetched relation),
whatever its length, so a page's query count does not grow with what it shows.

Lists only ever show live pages outside private sections. Image renditions of everything on a page are prefetched
together at the end (`prefetch_renditions`), in one query.
"""

from django.db.models import Exists, OuterRef, Prefetch, Q, Subquery, prefetch_related_objects
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction

from core.locales import in_active_locale
from core.models import SiteImage
from core.renditions import specs


def in_private_section():
    """True for a page inside a private section (a Wagtail view restriction on it or an ancestor), as a subquery:
    Wagtail's own `public()` costs one more query per list to read the restrictions."""
    restrictions = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return Exists(restrictions)


def visible(queryset):
    """What a visitor may see in a list: live pages of the visitor's language outside private sections."""
    return in_active_locale(queryset).live().exclude(in_private_section())


def chosen(queryset, ids):
    """The pages an editor chose (`ids`, in the editor's order), in the visitor's language: a story chosen in French
    shows as its Arabic version on an Arabic page (core/locales.py). One query."""
    ids = [pk for pk in ids if isinstance(pk, int)]
    if not ids:
        return []
    source = Page.objects.filter(translation_key=OuterRef("translation_key"), pk__in=ids).values("pk")[:1]
    keys = Page.objects.filter(pk__in=ids).values("translation_key")
    pages = in_active_locale(queryset).filter(translation_key__in=keys).annotate(chosen_id=Subquery(source))
    by_chosen = {page.chosen_id: page for page in pages}
    return [by_chosen[pk] for pk in dict.fromkeys(ids) if pk in by_chosen]


def versions_of(ids):
    """Ids of every version (any language) of the pages `ids`, as a subquery."""
    return Page.objects.filter(translation_key__in=Page.objects.filter(pk__in=ids).values("translation_key")).values("pk")


def prefetch_renditions(**images_by_variant):
    """Fetch, in one query, the renditions each image is shown in: `variant=[images]` with the variant names of
    core.renditions.VARIANTS (None and repeats allowed), e.g. prefetch_renditions(hero=[hero], card=stories).

    Only the renditions of those variants are loaded (an image has some forty, one per size and format of every
    variant it was ever shown in), into `prefetched_renditions` as Wagtail's own `ImageQuerySet.prefetch_renditions()`
    does, but on images already fetched (Django's public `prefetch_related_objects`): Wagtail then finds each
    picture's renditions among them without a query. One Prefetch for every image of the page, whose queryset pairs
    each group of images with the specs of their variants, keeps it to one query. An image that already has its
    renditions prefetched is left as it is (Django skips it); asking an image for a variant not prefetched still
    works, with a query."""
    wanted = {}  # id(image) -> (image, specs)
    for variant, images in images_by_variant.items():
        variant_specs = specs([variant])
        for image in images:
            if image is not None:
                wanted.setdefault(id(image), (image, set()))[1].update(variant_specs)
    if not wanted:
        return
    pks_by_specs = {}
    for image, image_specs in wanted.values():
        pks_by_specs.setdefault(frozenset(image_specs), set()).add(image.pk)
    condition = Q()
    for image_specs, pks in pks_by_specs.items():
        condition |= Q(image_id__in=pks, filter_spec__in=image_specs)
    renditions = SiteImage.get_rendition_model().objects.filter(condition)
    prefetch_related_objects([image for image, __ in wanted.values()],
                             Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions"))


def in_order(objects, ids):
    """The objects in the order of `ids` (the editor's order), leaving out ids that match nothing."""
    by_pk = {obj.pk: obj for obj in objects}
    return [by_pk[pk] for pk in dict.fromkeys(ids) if pk in by_pk]


def stream_ids(stream_value, block_type, key=None):
    """Ids chosen in a StreamField's blocks of one type, read from the raw data (no query)."""
    ids = []
    for child in stream_value.raw_data:
        if child.get("type") != block_type:
            continue
        value = child.get("value")
        if key is not None:
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, int):
            ids.append(value)
    return ids


# -- StreamField bodies ------------------------------------------------------------------------------------------
# Wagtail converts each block type of a StreamField with one query of its own (in_bulk), without the joins the
# cards need. The helpers below read the ids from the raw data, fetch the images (image and gallery blocks together)
# and the artisans of a whole body in bulk, and put the fetched objects back into the stream (StreamValue's list
# API) before the template touches it. Product blocks are left to shop.blocks.ProductChooserBlock, whose
# bulk_to_python already fetches every product of the stream with its card data.


def _list_items(raw_list):
    """The values of a ListBlock's raw data, in the current ({"type": "item", "value": ...}) or the old format."""
    for item in raw_list or []:
        if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
            yield item["value"]
        else:
            yield item


def _raw_children(stream_value):
    return [dict(child) for child in stream_value.raw_data]


def stream_image_ids(stream_value):
    """Ids of the images in a stream's image and gallery blocks."""
    ids = []
    for child in _raw_children(stream_value):
        value = child.get("value") or {}
        if child.get("type") == "image":
            ids.append(value.get("image"))
        elif child.get("type") == "gallery":
            ids.extend((item or {}).get("image") for item in _list_items(value.get("images")))
    return [pk for pk in ids if isinstance(pk, int)]


def fetch_images(ids):
    ids = [pk for pk in ids if pk]
    return SiteImage.objects.in_bulk(ids) if ids else {}


def _captioned(value, images):
    value = value or {}
    return {"image": images.get(value.get("image")), "caption": value.get("caption") or "",
            "credit": value.get("credit") or ""}


def swap_stream_blocks(stream_value, images, artisans=None):
    """Replace the image, gallery and artisan blocks' values by the bulk-fetched objects (None when the object no
    longer exists or may not be shown)."""
    artisans = artisans or {}
    for index, child in enumerate(_raw_children(stream_value)):
        block_type, value, block_id = child.get("type"), child.get("value") or {}, child.get("id")
        if block_type == "image":
            stream_value[index] = (block_type, _captioned(value, images), block_id)
        elif block_type == "gallery":
            items = [_captioned(item, images) for item in _list_items(value.get("images"))]
            stream_value[index] = (block_type, {"title": value.get("title") or "", "images": items}, block_id)
        elif block_type == "artisan":
            stream_value[index] = (block_type, {"artisan": artisans.get(value.get("artisan"))}, block_id)


def prepare_gallery(stream_value, extra_image_ids=()):
    """Fetch a gallery's images (and some more, e.g. a portrait) in one query; returns {pk: image}."""
    images = fetch_images(stream_image_ids(stream_value) + list(extra_image_ids))
    swap_stream_blocks(stream_value, images)
    return images


def live_parent(page):
    """The page's parent when it is live (its title and address; `specific_class` tells its type). Free for a page
    the site has just routed to (routing caches each page's parent on it, core/routing.py); one query otherwise
    (a preview, a page served directly)."""
    parent = page.get_parent() if page.path else None
    return parent if parent is not None and parent.live else None


def main_image_and_gallery(stream_value, main_image_id):
    """A page's main image (a portrait, a logo) and its gallery's other images, fetched together in one query."""
    images = prepare_gallery(stream_value, [main_image_id])
    return images.get(main_image_id), [image for pk, image in images.items() if pk != main_image_id]
