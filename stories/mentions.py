"""Keeps StoryProductMention current: which live story mentions which product through a product block.

On `page_published` a story's mentions are rewritten from the product blocks of its live body; on
`page_unpublished` they are removed. Deleting the story or the product removes them too (the foreign keys cascade).
A draft revision changes nothing until it is published. The handlers are connected in StoriesConfig.ready().
"""

from django.db import transaction
from oscar.core.loading import get_model
from wagtail.signals import page_published, page_unpublished

from stories.models import StoryPage, StoryProductMention

PRODUCT_BLOCK = "product"


def product_ids_in(story):
    """The ids of the products chosen in the story body's product blocks, in order, without duplicates.

    Reads the stored block data, so a product deleted since the story was written is simply skipped."""
    ids = []
    for block in story.body.raw_data:
        if block.get("type") != PRODUCT_BLOCK:
            continue
        value = block.get("value") or {}
        product_id = value.get("product") if isinstance(value, dict) else None
        try:
            product_id = int(product_id)
        except (TypeError, ValueError):
            continue
        if product_id not in ids:
            ids.append(product_id)
    if not ids:
        return []
    Product = get_model("catalogue", "Product")
    existing = set(Product.objects.filter(pk__in=ids).values_list("pk", flat=True))
    return [product_id for product_id in ids if product_id in existing]


def sync_story_mentions(story):
    """Rewrite the mentions of one story from its live body (none when it is not live)."""
    product_ids = product_ids_in(story) if story.live else []
    with transaction.atomic():
        StoryProductMention.objects.filter(story=story).exclude(product_id__in=product_ids).delete()
        StoryProductMention.objects.bulk_create(
            [StoryProductMention(story=story, product_id=product_id) for product_id in product_ids],
            ignore_conflicts=True,
        )


def clear_story_mentions(story):
    StoryProductMention.objects.filter(story_id=story.pk).delete()


def refresh_all_mentions():
    """Rebuild every mention from the live stories (e.g. after loading content without publishing it)."""
    with transaction.atomic():
        StoryProductMention.objects.exclude(story__live=True).delete()
        for story in StoryPage.objects.live():
            sync_story_mentions(story)


def on_story_published(sender, instance, **kwargs):
    sync_story_mentions(instance)


def on_story_unpublished(sender, instance, **kwargs):
    clear_story_mentions(instance)


def connect():
    page_published.connect(on_story_published, sender=StoryPage, dispatch_uid="stories_mentions_published")
    page_unpublished.connect(on_story_unpublished, sender=StoryPage, dispatch_uid="stories_mentions_unpublished")
