"""The benchmark's catalogue: regions, cooperatives, artisans, stories and products of realistic size, in French.

Needs Django set up. `generate(Counts(...))` runs in one transaction (all or nothing) and returns what it made.

- Pictures: a few dozen drawn with Pillow (demo.images), each reused by many pages and products, as the
  pages of a real site reuse a photo library; their renditions are made afterwards by rendering a sample of pages
  (`warm_renditions`), so the measured pages never draw one.
- Pages: Wagtail's tree through add_child (pages cannot be bulk inserted under treebeard), live, with their search
  index and reference index entries written by Wagtail's own signal handlers.
- Products, stock records (prices in MAD), categories and product images: bulk inserts; the products' search index
  entries in one bulk call.
"""

import datetime
import random
import time
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

UPC_PREFIX = "BENCH-"

REGIONS = [
    "Dakhla-Oued Eddahab", "Laâyoune-Sakia El Hamra", "Guelmim-Oued Noun", "Souss-Massa", "Marrakech-Safi",
    "Drâa-Tafilalet", "Béni Mellal-Khénifra", "Casablanca-Settat", "Rabat-Salé-Kénitra", "Fès-Meknès", "Oriental",
    "Tanger-Tétouan-Al Hoceïma",
]
FIRST_NAMES = ["Fatimetou", "Mariem", "Khadija", "Aïcha", "Zineb", "Salka", "Lalla", "Naïma", "Hajar", "Rkia",
               "Brahim", "Mohamed", "Youssef", "Hassan", "Ahmed", "Mbarek", "Lahcen", "Omar", "Saïd", "Abdellah"]
LAST_NAMES = ["Mint Ahmed", "Mint Sidi Mohamed", "Ould Brahim", "Benali", "El Idrissi", "Aït Ouahmane", "Bennani",
              "Ouchen", "Amzil", "Boutaleb", "El Fassi", "Tazi", "Ouled Bouchaïb", "Lahlou", "Berrada"]
COOP_KINDS = [("cooperative", "Coopérative"), ("gie", "GIE"), ("association", "Association"),
              ("family", "Atelier familial")]
PRODUCT_NOUNS = {
    "tissage-de-tapis": ["Tapis hanbel", "Coussin brodé", "Tapis de prière", "Sac de selle", "Tenture", "Kilim"],
    "melhfa": ["Melhfa indigo", "Melhfa imprimée", "Chèche", "Foulard noué-teint", "Voile de coton"],
    "maroquinerie": ["Pouf en cuir", "Sac besace", "Babouches", "Porte-monnaie", "Coussin de cuir", "Ceinture"],
    "bijouterie-en-argent": ["Bracelet ciselé", "Fibule", "Collier d'ambre", "Boucles d'oreilles", "Bague"],
    "vannerie": ["Panier en doum", "Corbeille", "Chapeau tressé", "Plateau d'alfa", "Couffin"],
    "poterie": ["Plat à tajine", "Bol de Safi", "Jarre vernissée", "Assiette peinte", "Vase bleu de cobalt"],
    "bois-de-thuya": ["Boîte en thuya", "Plateau marqueté", "Coffret", "Jeu d'échecs", "Bol tourné"],
    "cosmetiques-naturels": ["Huile d'argan", "Savon au lait de chamelle", "Henné", "Eau de rose", "Ghassoul"],
}
PRODUCT_ADJECTIVES = ["de Dakhla", "du désert", "teint au henné", "en laine de chameau", "brodé main", "ancien motif",
                      "bleu indigo", "couleur sable", "grand modèle", "petit modèle", "ocre", "de la lagune"]
# (form, colour) of the product pictures of each craft: two pictures per craft, shared by its products.
PRODUCT_PICTURES = {
    "tissage-de-tapis": [("rug", (168, 92, 50)), ("cushion", (190, 120, 60))],
    "melhfa": [("drape", (36, 52, 112)), ("drape", (214, 180, 120))],
    "maroquinerie": [("round", (150, 92, 50)), ("bag", (120, 70, 40))],
    "bijouterie-en-argent": [("round", (206, 210, 214)), ("box", (180, 180, 190))],
    "vannerie": [("basket", (214, 184, 120)), ("plate", (190, 150, 90))],
    "poterie": [("plate", (28, 70, 160)), ("vase", (178, 84, 52))],
    "bois-de-thuya": [("box", (140, 70, 40)), ("plate", (120, 60, 35))],
    "cosmetiques-naturels": [("vase", (226, 164, 38)), ("box", (150, 64, 36))],
}
SENTENCES = [
    "La laine est cardée puis filée à la main, à la lumière du matin, avant d'être teinte aux plantes du désert.",
    "Chaque pièce demande des semaines de travail et porte la marque de la main qui l'a faite.",
    "Les motifs se transmettent de mère en fille : losanges, chevrons et étoiles racontent les campements.",
    "Au village, l'atelier est aussi un lieu de rencontre, où l'on boit le thé entre deux rangs de tissage.",
    "La coopérative achète la matière première en commun et partage les revenus entre ses membres.",
    "Le cuir est tanné aux écorces pendant quarante jours, puis peint de motifs verts, rouges et jaunes.",
    "La terre de Safi est tournée, séchée au soleil, puis émaillée au bleu de cobalt.",
    "L'huile d'argan est pressée à froid par les femmes de la coopérative, dans la vallée du Souss.",
]
QUOTES = ["Je tisse comme ma mère m'a appris, un rang après l'autre.", "Chaque tapis raconte une famille.",
          "Le désert nous donne la laine, la patience fait le reste.", "Mes mains se souviennent des motifs."]


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
    from oscar.apps.catalogue.categories import create_from_breadcrumbs
    from oscar.core.loading import get_model

    from cooperatives.models import ArtisanPage, CooperativePage, RegionPage, RegionWorkshop
    from demo import shop_data
    from demo import stories_data as story_data
    from demo.images import draw, jpeg, site_image
    from demo.shipping import load_shipping
    from demo.shop import ensure_shipping_countries
    from demo.stories import ensure_video_embeds, load_crafts
    from shop.new_products import NewProduct, make_products
    from stories.models import HomePage, StoryIndexPage, StoryPage

    Partner = get_model("partner", "Partner")

    rng = random.Random(seed)
    result = Generated()
    now = timezone.now()

    started = time.perf_counter()
    crafts = load_crafts()
    craft_slugs = list(crafts)
    pattern = {craft[0]: craft[3] for craft in story_data.CRAFTS}  # (slug, name, description, pattern, colour)
    colour = {craft[0]: craft[4] for craft in story_data.CRAFTS}
    n = max(1, counts.pictures)
    landscapes = ["dakhla", "marrakech", "coast"]
    heroes = [site_image(f"Banc d'essai – paysage {i}", f"Paysage du Maroc, vue {i + 1}",
                         ("landscape", landscapes[i % 3]) if i < 3 else
                         ("workshop", pattern[craft_slugs[i % 8]], colour[craft_slugs[i % 8]]))
              for i in range(n)]
    portraits = [site_image(f"Banc d'essai – portrait {i}",
                            "Portrait stylisé d'une artisane : silhouette sans visage sur un fond coloré",
                            ("portrait", colour[craft_slugs[i % 8]], "melhfa" if i % 2 else "djellaba"))
                 for i in range(n)]
    inline = [site_image(f"Banc d'essai – atelier {i}", f"Motif de {crafts[craft_slugs[i % 8]].name.lower()}",
                         ("pattern", pattern[craft_slugs[i % 8]], colour[craft_slugs[i % 8]], "photo"))
              for i in range(n)]
    logos = [site_image(f"Banc d'essai – emblème {i}", "Emblème d'une coopérative",
                        ("emblem", pattern[craft_slugs[i % 8]], colour[craft_slugs[i % 8]])) for i in range(n)]
    result.images = len(heroes) + len(portraits) + len(inline) + len(logos)
    ensure_video_embeds()
    video_urls = list(story_data.VIDEOS)

    picture_files = {}  # craft slug -> [storage names]
    for slug, pictures in PRODUCT_PICTURES.items():
        names = []
        for number, (form, tint) in enumerate(pictures):
            ground = shop_data.PICTURE_GROUND.get(slug, shop_data.DEFAULT_GROUND)
            data = jpeg(draw(("object", shop_data.PICTURE_PATTERN[slug], tint, form, ground), f"bench-{slug}-{number}"))
            names.append(default_storage.save(f"images/products/bench/{slug}-{number}.jpg", ContentFile(data)))
        picture_files[slug] = names
    _timed(result, "pictures", started)

    def gallery(pool, offset, size=3):
        return [{"type": "image", "value": {"image": pool[(offset + k) % len(pool)].pk, "caption": f"Vue {k + 1}",
                                            "credit": ""}} for k in range(size)]

    # --- Places and people -------------------------------------------------------------------------------------
    started = time.perf_counter()
    home = HomePage.objects.first()
    regions = []
    for i in range(counts.regions):
        name = REGIONS[i % len(REGIONS)] + ("" if i < len(REGIONS) else f" {i // len(REGIONS) + 1}")
        region = RegionPage(
            title=name, slug=f"bench-{slugify(name)}", introduction=f"Les savoir-faire de la région {name}.",
            body=f"<p>{SENTENCES[i % len(SENTENCES)]}</p><p>{SENTENCES[(i + 3) % len(SENTENCES)]}</p>",
            hero_image=heroes[i % n], search_description=f"Artisanat de la région {name}.",
            first_published_at=now, last_published_at=now,
        )
        region.crafts = [crafts[craft_slugs[(i + k) % 8]] for k in range(3)]
        region.workshops = [RegionWorkshop(name=f"Atelier ouvert de {name}", address="Avenue Mohammed V",
                                           opening_hours="Lundi à samedi, 9:00–13:00", latitude=Decimal("23.684774"),
                                           longitude=Decimal("-15.957976"), phone="+212 5 28 89 00 00")]
        home = HomePage.objects.get(pk=home.pk)
        home.add_child(instance=region)
        regions.append(region)
    result.regions = regions

    cooperatives = []
    for i in range(counts.cooperatives):
        region = RegionPage.objects.get(pk=regions[i % len(regions)].pk)
        kind, label = COOP_KINDS[i % len(COOP_KINDS)]
        craft = crafts[craft_slugs[i % 8]]
        title = f"{label} {craft.name} {LAST_NAMES[i % len(LAST_NAMES)]} {i + 1}"
        partner = Partner.objects.create(name=title)
        cooperative = CooperativePage(
            title=title, slug=f"bench-cooperative-{i + 1}", legal_form=kind, founding_year=1990 + i % 30,
            members_count=8 + i % 40, logo=logos[i % n], partner=partner, email=f"contact{i + 1}@example.ma",
            introduction=f"{8 + i % 40} membres travaillent ensemble : {craft.name.lower()}.",
            story="".join(f"<p>{SENTENCES[(i + k) % len(SENTENCES)]}</p>" for k in range(3)),
            gallery=gallery(inline, i), address="Quartier des artisans", opening_hours="Tous les jours, 9:00–18:00",
            latitude=Decimal("23.70"), longitude=Decimal("-15.93"), phone="+212 6 61 23 45 67",
            search_description=f"{title}, {craft.name.lower()}.", first_published_at=now, last_published_at=now,
        )
        cooperative.crafts = [craft]
        region.add_child(instance=cooperative)
        cooperatives.append(cooperative)
    result.cooperatives = cooperatives

    artisans, artisan_craft, artisan_partner = [], {}, {}
    independents = counts.artisans // 5 if cooperatives else counts.artisans
    for i in range(counts.artisans):
        name = f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {LAST_NAMES[(i // len(FIRST_NAMES) + i) % len(LAST_NAMES)]}"
        member = i < counts.artisans - independents
        if member:
            parent = CooperativePage.objects.get(pk=cooperatives[i % len(cooperatives)].pk)
            partner, craft = parent.partner, parent.crafts.first()
        else:
            parent = RegionPage.objects.get(pk=regions[i % len(regions)].pk)
            partner = Partner.objects.create(name=f"{name} ({i + 1})")
            craft = crafts[craft_slugs[i % 8]]
        artisan = ArtisanPage(
            title=name, slug=f"bench-artisan-{i + 1}", portrait=portraits[i % n], years_of_practice=5 + i % 40,
            technique=SENTENCES[i % len(SENTENCES)], materials="laine de chameau, henné", quote=QUOTES[i % len(QUOTES)],
            biography="".join(f"<p>{SENTENCES[(i + k) % len(SENTENCES)]}</p>" for k in range(2)),
            gallery=gallery(inline, i + 1), partner=None if member else partner,
            search_description=f"{name}, {craft.name.lower()}", first_published_at=now, last_published_at=now,
        )
        artisan.crafts = [craft]
        parent.add_child(instance=artisan)
        artisans.append(artisan)
        artisan_craft[artisan.pk], artisan_partner[artisan.pk] = craft, partner
    result.artisans = artisans
    _timed(result, "places and people", started)

    # --- Products (bulk) ---------------------------------------------------------------------------------------
    started = time.perf_counter()
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
    result.product_ids = [product.pk for product in products]
    result.product_images = sum(len(item.photos) for item in new)
    _timed(result, "products", started)

    # --- Stories -----------------------------------------------------------------------------------------------
    started = time.perf_counter()
    index = StoryIndexPage.objects.child_of(home).first()
    if index is None:
        index = StoryIndexPage(title="Histoires", slug="histoires", first_published_at=now, last_published_at=now,
                               introduction="Les savoir-faire et celles et ceux qui les font vivre.")
        HomePage.objects.get(pk=home.pk).add_child(instance=index)
    by_artisan = {}
    for product in products:
        by_artisan.setdefault(product.artisan_id, []).append(product.pk)
    stories = []  # adding each page indexes its references (artisans, products) in Wagtail's ReferenceIndex
    for i in range(counts.stories):
        index = StoryIndexPage.objects.get(pk=index.pk) if i == 0 else index
        artisan = artisans[i % len(artisans)] if artisans else None
        craft = artisan_craft[artisan.pk] if artisan else crafts[craft_slugs[i % 8]]
        featured = (by_artisan.get(artisan.pk if artisan else None) or result.product_ids or [])[:3]
        body = [
            {"type": "heading", "value": {"heading_text": f"L'atelier de {artisan.title if artisan else 'la région'}",
                                          "size": "h2"}},
            {"type": "paragraph", "value": "".join(f"<p>{SENTENCES[(i + k) % len(SENTENCES)]}</p>" for k in range(3))},
            {"type": "image", "value": {"image": inline[i % n].pk, "caption": "Dans l'atelier", "credit": "Banc"}},
            {"type": "paragraph", "value": f"<p>{SENTENCES[(i + 4) % len(SENTENCES)]}</p>"},
            {"type": "gallery", "value": {"title": "En images", "images": [
                {"type": "item", "id": str(uuid.UUID(int=rng.getrandbits(128))),
                 "value": {"image": inline[(i + k) % n].pk, "caption": f"Étape {k + 1}", "credit": ""}}
                for k in range(3)]}},
            {"type": "quote", "value": {"quote": QUOTES[i % len(QUOTES)],
                                        "attribution": artisan.title if artisan else ""}},
        ]
        if i % 4 == 0 and video_urls:
            body.append({"type": "video", "value": {"video": video_urls[i % len(video_urls)], "caption": "En vidéo"}})
        body += [{"type": "product", "value": {"product": pk}} for pk in featured]
        if artisan:
            body.append({"type": "artisan", "value": {"artisan": artisan.pk}})
        region = regions[i % len(regions)] if regions else None
        story = StoryPage(
            title=f"{craft.name} : {PRODUCT_ADJECTIVES[i % len(PRODUCT_ADJECTIVES)]}, histoire n° {i + 1}",
            slug=f"bench-story-{i + 1}", introduction=SENTENCES[i % len(SENTENCES)], hero_image=heroes[i % n],
            body=body, author="Rédaction du banc d'essai", region=region,
            date_published=datetime.date(2026, 10, 1) - datetime.timedelta(days=i),
            search_description=SENTENCES[i % len(SENTENCES)], first_published_at=now, last_published_at=now,
        )
        story.crafts = [craft]
        index.add_child(instance=story)
        stories.append(story)
    result.stories = stories
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
