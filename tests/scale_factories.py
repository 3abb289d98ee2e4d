"""Hundreds of products in a few queries, for the query budgets at scale (tests/budgets/test_page_budgets_scale.py).

Products, their MAD stock records, their photo (one image file shared by all: the rows are what is counted) and their
category are inserted with bulk_create; Oscar's and Wagtail's save() hooks do not run, so what they would fill (slug,
UPC, Wagtail's search index) is filled here.
"""

import itertools
from decimal import Decimal

from oscar.core.loading import get_model
from wagtail.search.backends import get_search_backend

from tests import page_factories as pf

Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductImage = get_model("catalogue", "ProductImage")
StockRecord = get_model("partner", "StockRecord")

_batch = itertools.count(1)


def product_class():
    return ProductClass.objects.get_or_create(
        name="Artisanat", defaults={"slug": "artisanat", "requires_shipping": True, "track_stock": True}
    )[0]


def products(count, partner, title="Tapis hanbel", price="450.00", stock=5, artisan=None, craft=None, category=None,
             photo=True, index=False):
    """`count` public products sold by `partner`, newest last, each with a stock record (and a photo, a category)."""
    batch = next(_batch)
    kind = product_class()
    created = Product.objects.bulk_create([
        Product(title=f"{title} {batch}-{number}", slug=f"{pf.unique('produit')}-{number}",
                upc=f"SCALE-{batch}-{number}", product_class=kind, structure=Product.STANDALONE, is_public=True,
                artisan=artisan, craft=craft)
        for number in range(count)
    ])
    StockRecord.objects.bulk_create([
        StockRecord(product=product, partner=partner, partner_sku=f"SCALE-{batch}-{product.pk}",
                    price=Decimal(price), price_currency="MAD", num_in_stock=stock)
        for product in created
    ])
    if photo:
        original = pf.with_image(created[0]).images.get().original.name  # one file on disk, shared by every row
        ProductImage.objects.bulk_create([
            ProductImage(product=product, original=original, caption=product.title, display_order=0)
            for product in created[1:]
        ])
    if category is not None:
        ProductCategory.objects.bulk_create([ProductCategory(product=product, category=category)
                                             for product in created])
    if index:
        get_search_backend().add_bulk(Product, list(Product.objects.filter(pk__in=[p.pk for p in created])))
    return created
