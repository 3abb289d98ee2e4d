"""Demo catalogue: shipping countries, a maker (Oscar partner), categories and products with stock and images.

Idempotent: every object is looked up by a natural key (ISO code, partner name, category name, UPC) first.
Images are drawn locally with Pillow, never downloaded.
"""

import io
import random
from decimal import Decimal

from django.core.files.base import ContentFile
from django.db import transaction
from oscar.apps.catalogue.categories import create_from_breadcrumbs
from oscar.core.loading import get_model
from PIL import Image, ImageDraw

Country = get_model("address", "Country")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")
Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductImage = get_model("catalogue", "ProductImage")

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

MAKER = "Coopérative Tissage Oued Eddahab"

# (UPC, title, category, price in MAD, units in stock, colour of the generated picture, description)
PRODUCTS = [
    ("DM-TAP-001", "Tapis hanbel en laine de chameau", "Tapis", "1850.00", 4, (168, 92, 50),
     "Tapis tissé à la main sur métier vertical, laine de chameau et de mouton filée à la main, motifs sahraouis."),
    ("DM-TAP-002", "Coussin brodé du Sahara", "Tapis", "320.00", 12, (190, 120, 60),
     "Housse de coussin en laine, broderie géométrique traditionnelle, 45 × 45 cm."),
    ("DM-MEL-001", "Melhfa en voile de coton indigo", "Melhfa", "450.00", 9, (40, 60, 140),
     "Voile traditionnel des femmes sahraouies, teint à l'indigo, 4 mètres."),
    ("DM-MEL-002", "Melhfa imprimée couleur sable", "Melhfa", "390.00", 7, (214, 180, 120),
     "Melhfa légère en coton imprimé, idéale pour l'été, 4 mètres."),
    ("DM-CUI-001", "Pouf en cuir tanné naturellement", "Cuir", "780.00", 5, (140, 82, 45),
     "Pouf rond en cuir de chèvre tanné aux écorces, cousu main, livré non rembourré."),
    ("DM-COS-001", "Huile d'argan cosmétique bio", "Cosmétiques naturels", "160.00", 30, (200, 160, 40),
     "Huile d'argan pressée à froid par une coopérative féminine, flacon de 100 ml."),
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


def product_picture(title, colour):
    """A simple woven-looking pattern in the product's colour: enough for a recognisable demo thumbnail."""
    rng = random.Random(title)
    image = Image.new("RGB", (800, 800), colour)
    draw = ImageDraw.Draw(image)
    light = tuple(min(255, c + 60) for c in colour)
    dark = tuple(max(0, c - 50) for c in colour)
    for row in range(0, 800, 80):
        for col in range(0, 800, 80):
            shade = light if (row + col) // 80 % 2 else dark
            inset = rng.randint(8, 24)
            draw.polygon(
                [(col + 40, row + inset), (col + 80 - inset, row + 40), (col + 40, row + 80 - inset), (col + inset, row + 40)],
                fill=shade,
            )
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82)
    return ContentFile(buffer.getvalue())


@transaction.atomic
def load_catalogue():
    ensure_shipping_countries()
    partner, __ = Partner.objects.get_or_create(name=MAKER)
    product_class, __ = ProductClass.objects.get_or_create(
        name="Artisanat", defaults={"requires_shipping": True, "track_stock": True}
    )
    for upc, title, category_name, price, stock, colour, description in PRODUCTS:
        product, created = Product.objects.get_or_create(
            upc=upc,
            defaults={"title": title, "description": description, "product_class": product_class, "structure": "standalone"},
        )
        if created:
            category = create_from_breadcrumbs(category_name)
            ProductCategory.objects.get_or_create(product=product, category=category)
            StockRecord.objects.create(
                product=product,
                partner=partner,
                partner_sku=upc,
                price_currency="MAD",
                price=Decimal(price),
                num_in_stock=stock,
            )
        if not product.images.exists():
            image = ProductImage(product=product, caption=title, display_order=0)
            image.original.save(f"{upc.lower()}.jpg", product_picture(title, colour), save=False)
            image.save()
    return partner
