"""Demo catalogue: shipping countries, categories and products with their maker, craft, weight, stock and images.

Idempotent: every object is looked up by a natural key (ISO code, category name, UPC) first. A product of the first
demo catalogue (same UPC) gets what it lacks (maker, craft, weight, categories, pictures) and its stock record moves
to the partner that now sells it; prices and stock levels that exist are never reset.
Images are drawn locally with Pillow, never downloaded.
"""

from decimal import Decimal

from django.core.files.base import ContentFile
from django.db import transaction
from oscar.apps.catalogue.categories import create_from_breadcrumbs
from oscar.core.loading import get_model

from demo import shop_data as demo_data
from demo.images import draw, jpeg
from demo.stories import fill_in_translations
from shop.new_products import make_product

Country = get_model("address", "Country")
StockRecord = get_model("partner", "StockRecord")
Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductImage = get_model("catalogue", "ProductImage")

# Made-to-order products carry a lead time once the catalogue has the field (Product.lead_time_days).
LEAD_TIMES = any(field.name == "lead_time_days" for field in Product._meta.get_fields())

# Morocco first in every country list, then the buyers' most frequent countries.
SHIPPING_COUNTRIES = [
    ("MA", "MAR", "504", "Maroc", "Royaume du Maroc", 100),
    ("FR", "FRA", "250", "France", "République française", 50),
    ("ES", "ESP", "724", "Espagne", "Royaume d'Espagne", 40),
    ("BE", "BEL", "056", "Belgique", "Royaume de Belgique", 30),
    ("DE", "DEU", "276", "Allemagne", "République fédérale d'Allemagne", 20),
    ("GB", "GBR", "826", "Royaume-Uni", "Royaume-Uni", 20),
    ("US", "USA", "840", "États-Unis", "États-Unis d'Amérique", 20),
    ("CA", "CAN", "124", "Canada", "Canada", 20),
    ("SN", "SEN", "686", "Sénégal", "République du Sénégal", 10),
    ("MR", "MRT", "478", "Mauritanie", "République islamique de Mauritanie", 10),
    ("AE", "ARE", "784", "Émirats arabes unis", "Émirats arabes unis", 10),
]


def ensure_shipping_countries():
    for a2, a3, numeric, printable, official, order in SHIPPING_COUNTRIES:
        Country.objects.get_or_create(
            iso_3166_1_a2=a2,
            defaults={
                "iso_3166_1_a3": a3,
                "iso_3166_1_numeric": numeric,
                "printable_name": printable,
                "name": official,
                "display_order": order,
                "is_shipping_country": True,
            },
        )


def product_pictures(upc, title, craft_slug, picture, count):
    """(file name, caption, JPEG bytes) for a product: the object itself, then a close-up of its pattern."""
    form, colour = picture
    pattern = demo_data.PICTURE_PATTERN[craft_slug]
    ground = demo_data.PICTURE_GROUND.get(craft_slug, demo_data.DEFAULT_GROUND)
    pictures = [(f"{upc.lower()}.jpg", title, jpeg(draw(("object", pattern, colour, form, ground), upc)))]
    if count > 1:
        pictures.append((f"{upc.lower()}-detail.jpg", f"{title} – détail",
                         jpeg(draw(("pattern", pattern, colour, "square"), f"{upc} détail"))))
    return pictures


def categories_for(craft_slug, price):
    names = [demo_data.CATEGORY_BY_CRAFT[craft_slug]]
    if price <= demo_data.GIFT_PRICE_LIMIT:
        names.append(demo_data.GIFT_CATEGORY)
    return [create_from_breadcrumbs(name) for name in names]


@transaction.atomic
def load_catalogue(artisans, crafts):
    """The demo products; `artisans` are ArtisanPages by slug, `crafts` Craft rows by slug. Returns products by UPC."""
    ensure_shipping_countries()
    partners = {slug: artisan.selling_partner() for slug, artisan in artisans.items()}
    category_cache = {}
    products = {}
    for upc, title, craft_slug, artisan_slug, price, stock, weight, picture, count, description in demo_data.PRODUCTS:
        artisan, craft, partner = artisans[artisan_slug], crafts[craft_slug], partners[artisan_slug]
        key = (craft_slug, Decimal(price) <= demo_data.GIFT_PRICE_LIMIT)
        if key not in category_cache:
            category_cache[key] = categories_for(craft_slug, Decimal(price))
        product = Product.objects.filter(upc=upc).first()
        if product is None:
            product = make_product(
                title, Decimal(price), partner, stock=stock, upc=upc, sku=upc, description=description,
                artisan=artisan, craft=craft, weight_grams=weight, categories=category_cache[key],
                lead_time_days=demo_data.MADE_TO_ORDER_DAYS.get(upc) if LEAD_TIMES else None,
                photos=[(filename, ContentFile(data), caption)
                        for filename, caption, data in product_pictures(upc, title, craft_slug, picture, count)],
            )
        else:  # a catalogue loaded by an earlier demo: filled in, never overwritten
            _complete(product, artisan, craft, weight, partner, category_cache[key], stock=stock, price=price,
                      pictures=lambda: product_pictures(upc, title, craft_slug, picture, count))
        translations = {}
        for code, (translated_title, translated_description) in demo_data.PRODUCT_TRANSLATIONS.get(upc, {}).items():
            translations.update({f"title_{code}": translated_title, f"description_{code}": translated_description})
        fill_in_translations(product, translations)
        products[upc] = product
    return products


def _complete(product, artisan, craft, weight, partner, categories, *, stock, price, pictures):
    fill_in(product, artisan=artisan, craft=craft, weight_grams=weight)
    for category in categories:
        ProductCategory.objects.get_or_create(product=product, category=category)
    record = product.stockrecords.first()
    if record is None:
        StockRecord.objects.create(product=product, partner=partner, partner_sku=product.upc, price_currency="MAD",
                                   price=Decimal(price), num_in_stock=stock)
    elif record.partner_id != partner.pk:  # first demo catalogue: one maker sold everything
        record.partner = partner
        record.save(update_fields=["partner"])
    if not product.images.exists():
        for order, (filename, caption, data) in enumerate(pictures()):
            image = ProductImage(product=product, caption=caption, display_order=order)
            image.original.save(filename, ContentFile(data), save=False)
            image.save()


def fill_in(product, **values):
    """Set the fields a product of the first demo catalogue lacks; never overwrite what exists."""
    missing = [name for name in values if getattr(product, Product._meta.get_field(name).attname) in (None, "")]
    for name in missing:
        setattr(product, name, values[name])
    if missing:
        product.save(update_fields=missing)
