"""Products of the benchmark's catalogue (scripts/bench/generate.py): products, stock records (prices in MAD),
categories and product images in bulk inserts (shop.new_products), their search index entries in one bulk call."""

from decimal import Decimal

from django.utils.text import slugify

from scripts.bench.generate_words import PRODUCT_ADJECTIVES, PRODUCT_NOUNS, SENTENCES

UPC_PREFIX = "BENCH-"


def make_catalogue(counts, rng, crafts, artisans, artisan_craft, artisan_partner, picture_files):
    """(products, how many product images): each product by an artisan of the catalogue, in their craft."""
    from oscar.apps.catalogue.categories import create_from_breadcrumbs
    from oscar.core.loading import get_model

    from demo import shop_data
    from demo.shipping import load_shipping
    from demo.shop import ensure_shipping_countries
    from shop.new_products import NewProduct, make_products

    Partner = get_model("partner", "Partner")
    craft_slugs = list(crafts)
    ensure_shipping_countries()
    load_shipping()
    categories = {slug: create_from_breadcrumbs(shop_data.CATEGORY_BY_CRAFT[slug]) for slug in craft_slugs}
    gifts = create_from_breadcrumbs(shop_data.GIFT_CATEGORY)
    bench_partner = None
    new = []
    for i in range(counts.products):
        artisan = artisans[rng.randrange(len(artisans))] if artisans else None
        craft = artisan_craft[artisan.pk] if artisan else crafts[craft_slugs[i % 8]]
        title = f"{rng.choice(PRODUCT_NOUNS[craft.slug])} {rng.choice(PRODUCT_ADJECTIVES)} n° {i + 1}"
        made_to_order = i % 20 == 0
        price = Decimal(rng.choice([90, 150, 240, 320, 390, 450, 640, 950, 1850, 2400, 5800]))
        if artisan is None and bench_partner is None:
            bench_partner = Partner.objects.get_or_create(name="Banc d'essai")[0]
        names = picture_files[craft.slug]
        new.append(NewProduct(
            title=title, price=price, partner=artisan_partner[artisan.pk] if artisan else bench_partner,
            stock=None if made_to_order else (0 if i % 15 == 7 else 1 + i % 12), upc=f"{UPC_PREFIX}{i + 1:06d}",
            slug=slugify(title)[:120], artisan=artisan, craft=craft, description=" ".join(rng.sample(SENTENCES, 2)),
            weight_grams=rng.choice([150, 300, 600, 900, 1800, 4500]), lead_time_days=21 if made_to_order else None,
            categories=(categories[craft.slug], *((gifts,) if price <= shop_data.GIFT_PRICE_LIMIT else ())),
            photos=tuple(("", names[(i + order) % len(names)], title) for order in range(1 + i % 2)),
        ))
    products = make_products(new)
    return products, sum(len(item.photos) for item in new)
