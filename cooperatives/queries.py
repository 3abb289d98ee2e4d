"""Queries behind the region, cooperative and artisan pages, in bulk (see stories/queries.py)."""

from django.db.models import Q
from oscar.core.loading import get_model

from shop import products as shop_products
from stories.locales import source_page, source_page_id
from stories.queries import chosen, visible

Product = get_model("catalogue", "Product")

REGION_PRODUCTS = 12
MAKER_PRODUCTS = 24  # on a cooperative's or an artisan's page; the rest is one search away
NEWEST_REGIONS = 6


def artisan_cards(queryset):
    """Artisans as cards: portrait joined, crafts prefetched, gallery left out."""
    return queryset.select_related("portrait").prefetch_related("crafts").defer_streamfields().order_by("title")


def cooperative_cards(queryset):
    return queryset.select_related("logo").defer_streamfields().order_by("title")


def region_cards(queryset):
    return queryset.select_related("hero_image").order_by("title")


def regions():
    from cooperatives.models import RegionPage

    return visible(RegionPage.objects.all())


def newest_regions(limit=NEWEST_REGIONS):
    return list(region_cards(regions()).order_by("-first_published_at", "-pk")[:limit])


def chosen_regions(ids):
    return chosen(region_cards(regions()), ids)


def cooperatives_in(region):
    from cooperatives.models import CooperativePage

    return list(cooperative_cards(visible(CooperativePage.objects.child_of(region))))


def artisans_under(page, direct_only=False):
    """The artisans of a region (at any depth) or of a cooperative (its children)."""
    from cooperatives.models import ArtisanPage

    queryset = ArtisanPage.objects.child_of(page) if direct_only else ArtisanPage.objects.descendant_of(page)
    return list(artisan_cards(visible(queryset)))


def artisans_by_pk(ids):
    from cooperatives.models import ArtisanPage

    if not ids:
        return {}
    artisans = chosen(artisan_cards(visible(ArtisanPage.objects.all())), ids)
    return {artisan.chosen_id: artisan for artisan in artisans}


def products_of(artisan_ids=(), partner_ids=(), limit=None):
    """Public products made by these artisans or sold by these partners, as cards (shop.products.for_cards), newest
    first: the union of shop.products.made_by and supplied_by, in the same three queries whatever the number."""
    artisan_ids = [pk for pk in artisan_ids if pk]
    partner_ids = [pk for pk in partner_ids if pk]
    if not artisan_ids and not partner_ids:
        return []
    condition = Q(artisan_id__in=artisan_ids) | Q(stockrecords__partner_id__in=partner_ids)
    matching = Product.objects.filter(condition).values("pk")
    queryset = shop_products.for_cards(Product.objects.filter(pk__in=matching)).order_by("-date_created", "-pk")
    return list(queryset[:limit] if limit else queryset)


def region_products(region, limit=REGION_PRODUCTS):
    """The newest products made or sold in the region (shop.products.from_region)."""
    return list(shop_products.from_region(source_page(region))[:limit])


def cooperative_products(cooperative, limit=MAKER_PRODUCTS):
    """The newest products the cooperative sells, at most `limit`, and whether it sells more."""
    if not cooperative.partner_id:
        return [], False
    return _at_most(shop_products.supplied_by(cooperative.partner_id), limit)


def _at_most(queryset, limit):
    products = list(queryset[:limit + 1])
    return products[:limit], len(products) > limit


def artisan_products(artisan, limit=MAKER_PRODUCTS):
    """What an artisan made (shop.products.made_by) plus, for an independent artisan, what their partner sells:
    the newest `limit`, and whether there are more."""
    if not artisan.partner_id:
        return _at_most(shop_products.made_by(source_page_id(artisan)), limit)
    products = products_of([source_page_id(artisan)], [artisan.partner_id], limit=limit + 1)
    return products[:limit], len(products) > limit


def live_parent(page):
    """The page's parent when it is live (its title and address; `specific_class` tells its type). Free for a page
    the site has just routed to (routing caches each page's parent on it, stories/routing.py); one query otherwise
    (a preview, a page served directly)."""
    parent = page.get_parent() if page.path else None
    return parent if parent is not None and parent.live else None


def _is(page, model):
    return page is not None and issubclass(page.specific_class or type(page), model)


def artisan_setting(artisan):
    """The cooperative (when the parent is one) and the region (the parent, or the cooperative's parent) of an
    artisan, when live."""
    from cooperatives.models import CooperativePage, RegionPage

    parent = live_parent(artisan)
    cooperative = parent if _is(parent, CooperativePage) else None
    region = parent if _is(parent, RegionPage) else None
    if cooperative is not None:
        region = live_parent(cooperative)
        region = region if _is(region, RegionPage) else None
    return cooperative, region
