"""Putting products on sale: the one way the demo, the benchmark's generated catalogue, the makers' workshop and the
tests make a product with what the shop needs of it (its class, its MAD stock record from its maker, its categories
and photos), one at a time or a thousand at once.

Products are inserted in bulk: Oscar's and Wagtail's save() hooks do not run, so what they would fill is filled here
(the slug; Wagtail's search index unless `index=False`). Everything is written in one transaction.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.core.files.base import File
from django.db import transaction
from django.utils.text import slugify
from oscar.core.loading import get_model
from wagtail.search.backends import get_search_backend

Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductClass = get_model("catalogue", "ProductClass")
ProductImage = get_model("catalogue", "ProductImage")
StockRecord = get_model("partner", "StockRecord")

PRODUCT_CLASS = "Artisanat"  # the class of every maker's product: shipped, stock tracked


def product_class(name=PRODUCT_CLASS):
    """The product class of that name (created shipped and stock-tracked when missing)."""
    return ProductClass.objects.get_or_create(name=name, defaults={"requires_shipping": True, "track_stock": True})[0]


@dataclass
class NewProduct:
    """A product to put on sale. `stock` is the number of pieces (None: no count, as for made to order); `photos`
    are (file name, content, caption), the content a File to store or the name of a stored file to share."""

    title: str
    price: Decimal
    partner: object
    stock: int | None = 5
    upc: str | None = None
    slug: str = ""
    description: str = ""
    artisan: object = None
    craft: object = None
    weight_grams: int | None = None
    lead_time_days: int | None = None
    product_class: object = None
    is_public: bool = True
    sku: str = ""
    categories: tuple = ()
    photos: tuple = ()
    fields: dict = field(default_factory=dict)  # any other Product field (e.g. translated titles: title_ar)


def make_products(new_products, *, index=True, batch_size=1000):
    """Create the products (in the order given) with their stock records, categories and photos."""
    new_products = list(new_products)
    default_class = product_class() if any(new.product_class is None for new in new_products) else None
    rows = []
    for new in new_products:
        rows.append(Product(
            title=new.title, slug=new.slug or slugify(new.title)[:128] or "produit", upc=new.upc or None,
            description=new.description, structure=Product.STANDALONE, is_public=new.is_public,
            product_class=new.product_class or default_class, artisan=new.artisan, craft=new.craft,
            weight_grams=new.weight_grams, lead_time_days=new.lead_time_days, **new.fields,
        ))
    with transaction.atomic():
        products = Product.objects.bulk_create(rows, batch_size=batch_size)
        StockRecord.objects.bulk_create([
            StockRecord(product=product, partner=new.partner, partner_sku=new.sku or new.upc or f"P-{product.pk}",
                        price=Decimal(new.price), price_currency="MAD", num_in_stock=new.stock)
            for product, new in zip(products, new_products)
        ], batch_size=batch_size)
        ProductCategory.objects.bulk_create([
            ProductCategory(product=product, category=category)
            for product, new in zip(products, new_products) for category in new.categories
        ], batch_size=batch_size)
        ProductImage.objects.bulk_create([
            _image(product, order, *photo)
            for product, new in zip(products, new_products) for order, photo in enumerate(new.photos)
        ], batch_size=batch_size)
        if index:
            get_search_backend().add_bulk(Product, list(Product.get_indexed_objects().filter(
                pk__in=[product.pk for product in products])))
    return products


def make_product(title, price, partner, **fields):
    """One product on sale (see NewProduct for the fields)."""
    return make_products([NewProduct(title=title, price=price, partner=partner, **fields)])[0]


def _image(product, order, name, content, caption=""):
    image = ProductImage(product=product, caption=caption or product.title, display_order=order)
    if isinstance(content, File):
        image.original.save(name, content, save=False)
    else:
        image.original = content  # a stored file shared by several products
    return image
