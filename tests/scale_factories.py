"""Hundreds of products in a few queries, for the query budgets at scale (tests/budgets/test_page_budgets_scale.py).

Products, their MAD stock records, their photo (one image file shared by all: the rows are what is counted) and their
category are inserted in bulk by the shop's one product factory (shop/new_products.py); Wagtail's search index only
when asked (`index=True`).
"""

import io
import itertools
from decimal import Decimal

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image

from shop.new_products import NewProduct, make_products
from tests import page_factories as pf

_batch = itertools.count(1)


def products(count, partner, title="Tapis hanbel", price="450.00", stock=5, artisan=None, craft=None, category=None,
             photo=True, index=False):
    """`count` public products sold by `partner`, newest last, each with a stock record (and a photo, a category)."""
    batch = next(_batch)
    photos = ()
    if photo:  # one file in storage, shared by every row
        buffer = io.BytesIO()
        Image.new("RGB", (200, 200), (120, 80, 40)).save(buffer, format="JPEG")
        photos = (("", default_storage.save(f"images/products/scale-{batch}.jpg", ContentFile(buffer.getvalue())), ""),)
    return make_products([
        NewProduct(title=f"{title} {batch}-{number}", price=Decimal(price), partner=partner, stock=stock,
                   slug=f"{pf.unique('produit')}-{number}", upc=f"SCALE-{batch}-{number}", artisan=artisan,
                   craft=craft, categories=(category,) if category is not None else (), photos=photos)
        for number in range(count)
    ], index=index)
