"""Queries behind the region, cooperative and artisan pages, in bulk (see core/queries.py)."""

from cooperatives.models import ArtisanPage, CooperativePage, RegionPage
from core.locales import live_in_active_locale
from core.queries import chosen, in_private_section, live_parent, visible

NEWEST_REGIONS = 6


def artisan_cards(queryset):
    """Artisans as cards: portrait joined, crafts prefetched, gallery left out."""
    return queryset.select_related("portrait").prefetch_related("crafts").defer_streamfields().order_by("title")


def cooperative_cards(queryset):
    return queryset.select_related("logo").defer_streamfields().order_by("title")


def region_cards(queryset):
    return queryset.select_related("hero_image").order_by("title")


def regions():
    return visible(RegionPage.objects.all())


def joining_regions():
    """The regions a maker may choose when applying: each once, in the visitor's language (French when its version in
    that language is missing or not live), ordered by the title shown."""
    return live_in_active_locale(RegionPage.objects.all()).exclude(in_private_section()).order_by("title", "pk")


def newest_regions(limit=NEWEST_REGIONS):
    return list(region_cards(regions()).order_by("-first_published_at", "-pk")[:limit])


def chosen_regions(ids):
    return chosen(region_cards(regions()), ids)


def cooperatives_in(region):
    return list(cooperative_cards(visible(CooperativePage.objects.child_of(region))))


def artisans_under(page, direct_only=False):
    """The artisans of a region (at any depth) or of a cooperative (its children)."""
    queryset = ArtisanPage.objects.child_of(page) if direct_only else ArtisanPage.objects.descendant_of(page)
    return list(artisan_cards(visible(queryset)))


def artisans_by_pk(ids):
    if not ids:
        return {}
    artisans = chosen(artisan_cards(visible(ArtisanPage.objects.all())), ids)
    return {artisan.chosen_id: artisan for artisan in artisans}


def _is(page, model):
    return page is not None and issubclass(page.specific_class or type(page), model)


def artisan_setting(artisan):
    """The cooperative (when the parent is one) and the region (the parent, or the cooperative's parent) of an
    artisan, when live."""
    parent = live_parent(artisan)
    cooperative = parent if _is(parent, CooperativePage) else None
    region = parent if _is(parent, RegionPage) else None
    if cooperative is not None:
        region = live_parent(cooperative)
        region = region if _is(region, RegionPage) else None
    return cooperative, region
