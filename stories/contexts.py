"""What the home page, the story index and a story hand to their templates, assembled from the bulk queries in
stories/queries.py and cooperatives/queries.py. Every image of the page gets its renditions in one query at the end.
"""

from cooperatives import queries as places
from cooperatives.models import RegionPage
from core import queries as core_queries
from core import seo
from shop import products as shop_products
from stories import queries
from stories.queries import story_index

NEWEST_PRODUCTS_ON_HOME = 8


def home_context(home, request):
    story_ids = core_queries.stream_ids(home.featured, "story")
    region_ids = core_queries.stream_ids(home.featured, "region")
    product_ids = core_queries.stream_ids(home.featured, "product")

    stories = (story_ids and queries.chosen_stories(story_ids)) or queries.newest_stories()
    regions = (region_ids and places.chosen_regions(region_ids)) or places.newest_regions()
    products = product_ids and core_queries.in_order(shop_products.by_pk(product_ids).values(), product_ids)
    products = products or shop_products.newest(NEWEST_PRODUCTS_ON_HOME)

    hero = core_queries.fetch_images([home.hero_image_id]).get(home.hero_image_id)
    core_queries.prefetch_renditions(hero=[hero], open_graph=[hero], card=[*(s.hero_image for s in stories),
                                                                    *(r.hero_image for r in regions)])
    return {
        "hero_image": hero,
        "featured_stories": stories,
        "featured_regions": regions,
        "featured_products": products,
        "story_index": story_index(),
        "seo": seo.page_seo(home, request, description=home.introduction, image=hero,
                            json_ld=seo.website_ld(home, request)),
    }


def story_index_context(index, request):
    data = queries.story_index_page(
        index, craft_value=request.GET.get("craft"), region_value=request.GET.get("region"),
        page_number=request.GET.get("page"),
    )
    data["seo"] = seo.page_seo(
        index, request, description=index.introduction,
        image=next((s.hero_image for s in data["stories"] if s.hero_image), None),
        json_ld=seo.collection_ld(index, request, data["stories"]),
    )
    data["is_filtered"] = data["craft"] is not None or data["region"] is not None
    return data


def story_context(story, request):
    """A story with its body's images and artisans fetched in bulk and swapped into the stream (its products are
    fetched in bulk, with their card data, by the product block itself)."""
    body = story.body
    images = core_queries.fetch_images(core_queries.stream_image_ids(body) + [story.hero_image_id])
    artisans = places.artisans_by_pk(core_queries.stream_ids(body, "artisan", "artisan"))
    core_queries.swap_stream_blocks(body, images, artisans)
    hero = images.get(story.hero_image_id)

    crafts = list(story.crafts.all())
    region = next(iter(core_queries.chosen(core_queries.visible(RegionPage.objects.all()), [story.region_id])), None)
    index = core_queries.live_parent(story)
    related = queries.related_stories(story, [craft.pk for craft in crafts])

    body_images = [image for pk, image in images.items() if pk != story.hero_image_id]
    core_queries.prefetch_renditions(hero=[hero], open_graph=[hero], inline=body_images, thumb=body_images,
                                card=[s.hero_image for s in related], avatar=[a.portrait for a in artisans.values()])
    return {
        "hero_image": hero,
        "crafts": crafts,
        "region": region,
        "story_index": index,
        "related_stories": related,
        "seo": seo.page_seo(
            story, request, description=story.introduction, image=hero, og_type="article",
            json_ld=seo.article_ld(story, request, crafts=crafts, region=region),
            og_extra=[("article:published_time", story.date_published.isoformat() if story.date_published else ""),
                      ("article:author", story.author)] + [("article:tag", craft.name) for craft in crafts],
        ),
    }
