"""The products shown on a region's, a cooperative's and an artisan's page, as the context those pages get through
core.sections (registered in ShopConfig.ready): `products`, newest first, as cards (shop.products.for_cards), and
`more_products` on a maker's page when there are more than it shows."""

from django.db.models import Q
from oscar.core.loading import get_model

from core.locales import source_page, source_page_id
from shop import products as shop_products

Product = get_model("catalogue", "Product")

REGION_PRODUCTS = 12
MAKER_PRODUCTS = 24  # on a cooperative's or an artisan's page; the rest is one search away


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
    return {"products": list(shop_products.from_region(source_page(region))[:limit])}


def cooperative_products(cooperative, limit=MAKER_PRODUCTS):
    """The newest products the cooperative sells, at most `limit`, and whether it sells more."""
    if not cooperative.partner_id:
        return {"products": [], "more_products": False}
    return _at_most(shop_products.supplied_by(cooperative.partner_id), limit)


def _at_most(products, limit):
    products = list(products[:limit + 1])
    return {"products": products[:limit], "more_products": len(products) > limit}


def artisan_products(artisan, limit=MAKER_PRODUCTS):
    """What an artisan made (shop.products.made_by) plus, for an independent artisan, what their partner sells:
    the newest `limit`, and whether there are more."""
    if not artisan.partner_id:
        return _at_most(shop_products.made_by(source_page_id(artisan)), limit)
    return _at_most(products_of([source_page_id(artisan)], [artisan.partner_id], limit=limit + 1), limit)
