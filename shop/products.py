"""Product queries used by the Wagtail pages: always in bulk, so a page's query count does not grow with its products.

A card needs the product's first image, its stock records with their partner (Oscar's strategy picks the price
and availability from them) and its maker; these are fetched once for the whole list.
"""

from django.db.models import Exists, OuterRef, Prefetch, Q
from oscar.core.loading import get_model

Option = get_model("catalogue", "Option")
Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
StockRecord = get_model("partner", "StockRecord")


def with_card_data(queryset):
    """The products of `queryset` (public or not) with everything a product card shows, prefetched. Whether a
    product has options is annotated as Oscar's base_queryset does: its card and its compact basket form ask
    (Product.has_options), one query per product otherwise."""
    return queryset.select_related("artisan", "craft", "product_class").annotate(
        has_product_class_options=Exists(Option.objects.filter(productclass=OuterRef("product_class"))),
        has_product_options=Exists(Option.objects.filter(product=OuterRef("pk"))),
    ).prefetch_related(
        Prefetch("images", queryset=ProductImage.objects.order_by("display_order", "pk")),
        Prefetch("stockrecords", queryset=StockRecord.objects.select_related("partner").order_by("pk")),
    )


def for_cards(queryset=None):
    """Public products with everything a product card shows, prefetched."""
    queryset = Product.objects.all() if queryset is None else queryset
    return with_card_data(queryset.filter(is_public=True))


def supplied_by(partner):
    """What an Oscar partner (a cooperative or an independent artisan) sells, newest first (nothing for None)."""
    if partner is None:
        return for_cards(Product.objects.none())
    return for_cards(Product.objects.filter(stockrecords__partner=partner).distinct()).order_by("-date_created")


def made_by(artisan_page):
    """What an artisan made, whoever sells it, newest first."""
    return for_cards(Product.objects.filter(artisan=artisan_page)).order_by("-date_created")


def from_region(region_page):
    """What is made or sold below a region page (by its artisans, cooperatives or independent artisans), newest
    first."""
    path = region_page.path
    return for_cards(
        Product.objects.filter(
            Q(artisan__path__startswith=path)
            | Q(stockrecords__partner__cooperative_page__path__startswith=path)
            | Q(stockrecords__partner__artisan_page__path__startswith=path)
        ).distinct()
    ).order_by("-date_created")


def by_pk(ids):
    """Public products for the given ids, with card data, as a {pk: product} dict (missing ones are absent)."""
    return for_cards(Product.objects.filter(pk__in=list(ids))).in_bulk()


def newest(limit):
    return list(for_cards().order_by("-date_created")[:limit])
