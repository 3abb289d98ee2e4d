"""Queries behind the story pages and the stories shown elsewhere (maker pages, product pages), in bulk: a list
costs one query (plus one per prefetched relation) whatever its length (see core/queries.py)."""

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import BigIntegerField, CharField, Q
from django.db.models.functions import Cast
from oscar.core.loading import get_model
from wagtail.models import Page, ReferenceIndex

from cooperatives.models import RegionPage
from core.models import Craft
from core.queries import chosen, prefetch_renditions, versions_of, visible
from stories.models import StoryIndexPage, StoryPage

STORIES_PER_PAGE = 12
RELATED_STORIES = 3
NEWEST_ON_HOME = 6


def story_index():
    """The (first) live story index, for links to the filtered list."""
    return visible(StoryIndexPage.objects.all()).order_by("path").first()


def story_cards(queryset):
    """Stories as cards: main image joined, body left out."""
    return queryset.select_related("hero_image").defer_streamfields().order_by("-date_published", "-pk")


def stories():
    return visible(StoryPage.objects.all())


def newest_stories(limit=NEWEST_ON_HOME):
    return list(story_cards(stories())[:limit])


def chosen_stories(ids):
    return chosen(story_cards(stories()), ids)


def story_index_page(index_page, craft_value=None, region_value=None, page_number=None):
    """A page of the story index, filtered by craft and region slugs. Unknown values are ignored; a page number past
    the end (or not a number) gives the nearest page."""
    crafts = list(Craft.objects.all())
    regions = list(visible(RegionPage.objects.all()).order_by("title"))
    craft = next((c for c in crafts if craft_value and c.slug == craft_value), None)
    region = next((r for r in regions if region_value and r.slug == region_value), None)
    # Regions are listed in the visitor's language; a story may still point at the French region (alias).

    queryset = stories().child_of(index_page)
    if craft is not None:
        queryset = queryset.filter(crafts=craft)
    if region is not None:
        queryset = queryset.filter(region__translation_key=region.translation_key)
    page = Paginator(story_cards(queryset), STORIES_PER_PAGE).get_page(page_number)
    prefetch_renditions(card=[story.hero_image for story in page.object_list])
    return {"crafts": crafts, "regions": regions, "craft": craft, "region": region, "stories": page}


def related_stories(story, craft_ids, limit=RELATED_STORIES):
    """Live stories sharing a craft or the region of `story`, newest first, without `story` itself."""
    condition = Q()
    if craft_ids:
        condition |= Q(crafts__in=craft_ids)
    if story.region_id:
        condition |= Q(region_id__in=versions_of([story.region_id]))
    if not condition:
        return []
    matching = StoryPage.objects.filter(condition).values("pk")
    return list(story_cards(stories().exclude(pk=story.pk).filter(pk__in=matching))[:limit])


def _referencing(target_model, target_ids, model_path):
    """Ids of the pages whose field `model_path` points at one of `target_ids` (a subquery of primary keys), read
    from Wagtail's reference index: Wagtail keeps it current whenever a page is saved or published, from the page's
    live content; unpublished stories are left out by `visible`."""
    return (
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            to_content_type=ContentType.objects.get_for_model(target_model),
            to_object_id__in=target_ids.annotate(text_pk=Cast("pk", CharField())).values("text_pk"),
            model_path=model_path,
        )
        .annotate(story_id=Cast("object_id", BigIntegerField()))
        .values("story_id")
    )


def stories_featuring(artisan):
    """Live stories whose body has an artisan block pointing to `artisan` (any of its language versions)."""
    return list(story_cards(stories().filter(pk__in=_referencing(Page, versions_of([artisan.pk]),
                                                                 "body.artisan.artisan"))))


def stories_mentioning(product):
    """Live stories whose body shows `product` in a product block, in the visitor's language, newest first."""
    Product = get_model("catalogue", "Product")
    referencing = _referencing(Product, Product.objects.filter(pk=product.pk), "body.product.product")
    mentioning = StoryPage.objects.filter(pk__in=referencing).values("translation_key")
    return list(story_cards(stories().filter(translation_key__in=mentioning)))


def stories_about_region(region):
    return list(story_cards(stories().filter(region__translation_key=region.translation_key)))
