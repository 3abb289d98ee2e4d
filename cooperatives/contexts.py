"""What the region, cooperative and artisan pages hand to their templates (bulk queries, renditions prefetched once).

Their products and stories come from the apps above (the shop, the stories) through core.sections: each page asks
for its section and prefetches the renditions of everything it shows in one query.
"""

from cooperatives import queries as places
from core import queries, sections, seo


def region_context(region, request):
    crafts = list(region.crafts.all())
    workshops = list(region.workshops.all())
    cooperatives = places.cooperatives_in(region)
    artisans = places.artisans_under(region)
    contributed = sections.collect("region", region)  # products (shop), stories (stories)
    stories = contributed.get("stories", [])
    hero = queries.fetch_images([region.hero_image_id]).get(region.hero_image_id)
    queries.prefetch_renditions(hero=[hero], open_graph=[hero], card=[*(c.logo for c in cooperatives),
                                                                    *(s.hero_image for s in stories)],
                                avatar=[a.portrait for a in artisans])
    return {
        **contributed,
        "hero_image": hero,
        "crafts": crafts,
        "workshops": workshops,
        "cooperatives": cooperatives,
        "artisans": artisans,
        "seo": seo.page_seo(region, request, description=region.introduction, image=hero,
                            json_ld=seo.place_ld(region, request, crafts, workshops)),
    }


def cooperative_context(cooperative, request):
    logo, gallery = queries.main_image_and_gallery(cooperative.gallery, cooperative.logo_id)
    crafts = list(cooperative.crafts.all())
    artisans = places.artisans_under(cooperative, direct_only=True)
    contributed = sections.collect("cooperative", cooperative)  # products (shop)
    region = queries.live_parent(cooperative)
    queries.prefetch_renditions(portrait=[logo], open_graph=[logo], thumb=gallery,
                                avatar=[a.portrait for a in artisans])
    return {
        **contributed,
        "logo": logo,
        "crafts": crafts,
        "artisans": artisans,
        "region": region,
        "seo": seo.page_seo(
            cooperative, request, description=cooperative.introduction, image=logo,
            json_ld=seo.organization_ld(cooperative, request, region=region, artisans=artisans, crafts=crafts),
        ),
    }


def artisan_context(artisan, request):
    portrait, gallery = queries.main_image_and_gallery(artisan.gallery, artisan.portrait_id)
    crafts = list(artisan.crafts.all())
    cooperative, region = places.artisan_setting(artisan)
    contributed = sections.collect("artisan", artisan)  # products (shop), stories (stories)
    stories = contributed.get("stories", [])
    queries.prefetch_renditions(portrait=[portrait], open_graph=[portrait], thumb=gallery,
                                card=[s.hero_image for s in stories])
    return {
        **contributed,
        "portrait": portrait,
        "crafts": crafts,
        "cooperative": cooperative,
        "region": region,
        "seo": seo.page_seo(
            artisan, request, description=artisan.quote or artisan.technique or artisan.biography, image=portrait,
            og_type="profile",
            json_ld=seo.person_ld(artisan, request, crafts=crafts, cooperative=cooperative, region=region),
        ),
    }
