"""What the region, cooperative and artisan pages hand to their templates (bulk queries, renditions prefetched once)."""

from cooperatives import queries as places
from stories import queries, seo
from stories.contexts import story_index


def region_context(region, request):
    crafts = list(region.crafts.all())
    workshops = list(region.workshops.all())
    cooperatives = places.cooperatives_in(region)
    artisans = places.artisans_under(region)
    stories = queries.stories_about_region(region)
    products = places.region_products(region)
    hero = queries.fetch_images([region.hero_image_id]).get(region.hero_image_id)
    queries.prefetch_renditions(hero=[hero], open_graph=[hero], card=[*(c.logo for c in cooperatives),
                                                                    *(s.hero_image for s in stories)],
                                avatar=[a.portrait for a in artisans])
    return {
        "hero_image": hero,
        "crafts": crafts,
        "workshops": workshops,
        "cooperatives": cooperatives,
        "artisans": artisans,
        "stories": stories,
        "products": products,
        "story_index": story_index(),
        "seo": seo.page_seo(region, request, description=region.introduction, image=hero,
                            json_ld=seo.place_ld(region, request, crafts, workshops)),
    }


def cooperative_context(cooperative, request):
    images = queries.prepare_gallery(cooperative.gallery, [cooperative.logo_id])
    logo = images.get(cooperative.logo_id)
    crafts = list(cooperative.crafts.all())
    artisans = places.artisans_under(cooperative, direct_only=True)
    products, more_products = places.cooperative_products(cooperative)
    region = places.live_parent(cooperative)
    gallery = [image for pk, image in images.items() if pk != cooperative.logo_id]
    queries.prefetch_renditions(portrait=[logo], open_graph=[logo], thumb=gallery,
                                avatar=[a.portrait for a in artisans])
    return {
        "logo": logo,
        "crafts": crafts,
        "artisans": artisans,
        "products": products,
        "more_products": more_products,
        "region": region,
        "seo": seo.page_seo(
            cooperative, request, description=cooperative.introduction, image=logo,
            json_ld=seo.organization_ld(cooperative, request, region=region, artisans=artisans, crafts=crafts),
        ),
    }


def artisan_context(artisan, request):
    images = queries.prepare_gallery(artisan.gallery, [artisan.portrait_id])
    portrait = images.get(artisan.portrait_id)
    crafts = list(artisan.crafts.all())
    cooperative, region = places.artisan_setting(artisan)
    products, more_products = places.artisan_products(artisan)
    stories = queries.stories_featuring(artisan)
    gallery = [image for pk, image in images.items() if pk != artisan.portrait_id]
    queries.prefetch_renditions(portrait=[portrait], open_graph=[portrait], thumb=gallery,
                                card=[s.hero_image for s in stories])
    return {
        "portrait": portrait,
        "crafts": crafts,
        "cooperative": cooperative,
        "region": region,
        "products": products,
        "more_products": more_products,
        "stories": stories,
        "seo": seo.page_seo(
            artisan, request, description=artisan.quote or artisan.technique or artisan.biography, image=portrait,
            og_type="profile",
            json_ld=seo.person_ld(artisan, request, crafts=crafts, cooperative=cooperative, region=region),
        ),
    }
