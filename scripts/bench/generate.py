"""The benchmark's catalogue: regions, cooperatives, artisans, stories and products of realistic size, in French.

Needs Django set up. `generate(Counts(...))` runs in one transaction (all or nothing) and returns what it made.

- Pictures (scripts/bench/generate_pictures.py): a few dozen drawn with Pillow (demo.images), each reused by many
  pages and products, as the pages of a real site reuse a photo library; their renditions are made afterwards by
  rendering a sample of pages (`warm_renditions`), so the measured pages never draw one.
- Pages (generate_places.py, generate_stories.py): Wagtail's tree through add_child (pages cannot be bulk inserted
  under treebeard), live, with their search index and reference index entries written by Wagtail's own signal
  handlers.
- Products, stock records (prices in MAD), categories and product images (generate_products.py): bulk inserts; the
  products' search index entries in one bulk call.
"""

import random
import time
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.utils import timezone

from scripts.bench.generate_pictures import PRODUCT_PICTURES, product_picture_files, site_pictures
from scripts.bench.generate_places import make_artisans, make_cooperatives, make_regions
from scripts.bench.generate_products import UPC_PREFIX, make_catalogue
from scripts.bench.generate_stories import make_stories


@dataclass
class Counts:
    products: int = 5000
    artisans: int = 300
    cooperatives: int = 60
    stories: int = 1000
    regions: int = 12
    pictures: int = 6  # pictures per role (hero, portrait, inline, logo); products get 2 per craft


@dataclass
class Generated:
    regions: list = field(default_factory=list)
    cooperatives: list = field(default_factory=list)
    artisans: list = field(default_factory=list)
    stories: list = field(default_factory=list)
    product_ids: list = field(default_factory=list)
    images: int = 0
    product_images: int = 0
    seconds: dict = field(default_factory=dict)


def existing_counts():
    """What a previous generation left: {"products": n, "stories": n, ...} (zero everywhere on a fresh database)."""
    from oscar.core.loading import get_model

    from cooperatives.models import ArtisanPage, CooperativePage, RegionPage
    from stories.models import StoryPage

    Product = get_model("catalogue", "Product")
    return {
        "products": Product.objects.filter(upc__startswith=UPC_PREFIX).count(),
        "artisans": ArtisanPage.objects.count(),
        "cooperatives": CooperativePage.objects.count(),
        "stories": StoryPage.objects.count(),
        "regions": RegionPage.objects.count(),
    }


def matches(counts, existing):
    return all(existing[name] == getattr(counts, name) for name in ("products", "artisans", "cooperatives",
                                                                   "stories", "regions"))


def _timed(result, name, started):
    result.seconds[name] = round(time.perf_counter() - started, 1)


@transaction.atomic
def generate(counts, seed=7, log=print):
    from demo import stories_data as story_data
    from demo.stories import ensure_video_embeds, load_crafts
    from stories.models import HomePage

    rng = random.Random(seed)
    result = Generated()
    now = timezone.now()

    started = time.perf_counter()
    crafts = load_crafts()
    pictures = site_pictures(crafts, counts.pictures)
    result.images = len(pictures.heroes) + len(pictures.portraits) + len(pictures.inline) + len(pictures.logos)
    ensure_video_embeds()
    video_urls = list(story_data.VIDEOS)
    picture_files = product_picture_files()
    _timed(result, "pictures", started)

    started = time.perf_counter()
    home = HomePage.objects.first()
    result.regions = make_regions(counts, home, crafts, pictures, now)
    result.cooperatives = make_cooperatives(counts, result.regions, crafts, pictures, now)
    result.artisans, artisan_craft, artisan_partner = make_artisans(counts, result.regions, result.cooperatives,
                                                                    crafts, pictures, now)
    _timed(result, "places and people", started)

    started = time.perf_counter()
    products, result.product_images = make_catalogue(counts, rng, crafts, result.artisans, artisan_craft,
                                                     artisan_partner, picture_files)
    result.product_ids = [product.pk for product in products]
    _timed(result, "products", started)

    started = time.perf_counter()
    result.stories = make_stories(counts, rng, home, now, crafts, pictures, video_urls, result.regions,
                                  result.artisans, artisan_craft, products)
    _timed(result, "stories", started)

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # fresh planner statistics, as autovacuum would gather after a bulk load
    return result


def warm_renditions(client, urls, log=print):
    """Render pages that use every picture in every role, so renditions (Wagtail) and thumbnails (sorl) exist
    before anything is measured. `client` is a Django test client."""
    started = time.perf_counter()
    for url in urls:
        response = client.get(url)
        if response.status_code != 200:
            raise RuntimeError(f"{url} answered {response.status_code} while warming renditions")
    log(f"  renditions and thumbnails warmed on {len(urls)} pages in {time.perf_counter() - started:.1f} s")


def warm_up_urls(counts):
    """Pages that between them show every picture of the pools in every variant."""
    from oscar.core.loading import get_model

    from cooperatives.models import ArtisanPage, CooperativePage, RegionPage
    from stories.models import StoryIndexPage, StoryPage

    Product = get_model("catalogue", "Product")
    Category = get_model("catalogue", "Category")
    k = 2 * max(1, counts.pictures) + 2
    urls = ["/fr/", "/fr/shop/catalogue/", "/fr/search/?q=tapis"]
    for model in (RegionPage, CooperativePage, ArtisanPage, StoryPage, StoryIndexPage):
        urls += [page.url for page in model.objects.live().order_by("path")[:k]]
    urls += [category.get_absolute_url() for category in Category.objects.all()]
    urls += [product.get_absolute_url() for product in Product.objects.filter(upc__startswith=UPC_PREFIX)
             .order_by("pk")[: 2 * len(PRODUCT_PICTURES) * 2]]
    return [url for url in urls if url]
