"""Builders for the visitor-facing pages' tests: images (generated with Pillow), crafts, and published pages of each
type placed in the page tree the way editors place them (home > region > cooperative > artisan, home > stories)."""

import datetime
import io
import itertools
from decimal import Decimal

from django.core.files.images import ImageFile
from PIL import Image
from wagtail.models import Site

from cooperatives.models import ArtisanPage, CooperativePage, RegionPage, RegionWorkshop
from core.models import Craft, SiteImage
from shop.new_products import make_product
from stories.models import StoryIndexPage, StoryPage
from tests import factories

_counter = itertools.count(1)


def unique(prefix):
    return f"{prefix}-{next(_counter)}"


def image(title="Mains qui nouent un tapis", description="Des mains nouent la laine d'un tapis", size=(480, 320),
          color=(190, 120, 60), credit=""):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, format="JPEG")
    return SiteImage.objects.create(
        title=title, description=description, credit=credit,
        file=ImageFile(io.BytesIO(buffer.getvalue()), name=f"{unique('test-image')}.jpg"),
    )


def craft(name=None, slug=None):
    name = name or unique("Artisanat")
    return Craft.objects.create(name=name, slug=slug or name.lower().replace(" ", "-"))


def home():
    return Site.objects.get(is_default_site=True).root_page.specific


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def draft(parent, page):
    """A page that exists but was never published."""
    page.live = False
    parent.add_child(instance=page)
    page.save_revision()
    return page


def region(title="Dakhla-Oued Eddahab", slug=None, parent=None, crafts=(), hero_image=None, live=True, **fields):
    page = RegionPage(
        title=title, slug=slug or unique("region"), introduction=fields.pop("introduction", "Entre désert et océan."),
        hero_image=hero_image, **fields,
    )
    page.crafts = list(crafts)
    page = (publish if live else draft)(parent or home(), page)
    return page


def workshop(region_page, name="Atelier de tannage", **fields):
    defaults = {"address": "Route de la lagune, Dakhla", "opening_hours": "Lundi à samedi, 9:00–13:00",
                "latitude": "23.684774", "longitude": "-15.957976", "phone": "+212 5 28 89 00 00"}
    defaults.update(fields)
    return RegionWorkshop.objects.create(region=region_page, name=name, **defaults)


def cooperative(region_page, title="Coopérative Tissage Sahara", slug=None, partner=None, live=True, crafts=(),
                **fields):
    page = CooperativePage(
        title=title, slug=slug or unique("cooperative"), partner=partner,
        introduction=fields.pop("introduction", "Quarante femmes tissent la laine de chameau."),
        **fields,
    )
    page.crafts = list(crafts)
    return (publish if live else draft)(region_page, page)


def artisan(parent, title="Fatimetou Mint Ahmed", slug=None, crafts=(), live=True, **fields):
    page = ArtisanPage(title=title, slug=slug or unique("artisan"), **fields)
    page.crafts = list(crafts)
    return (publish if live else draft)(parent, page)


def story_index(parent=None, title="Histoires", slug=None):
    existing = StoryIndexPage.objects.first()
    if existing:
        return existing
    return publish(parent or home(), StoryIndexPage(title=title, slug=slug or "histoires",
                                                     introduction="Les savoir-faire et celles qui les font vivre."))


def story(title="Le tapis hanbel", index=None, body=None, crafts=(), region_page=None, live=True, slug=None,
          date=None, **fields):
    page = StoryPage(
        title=title, slug=slug or unique("story"), introduction=fields.pop("introduction", "Une histoire de laine."),
        body=body if body is not None else [{"type": "paragraph", "value": "<p>Il était une fois un tapis.</p>"}],
        author=fields.pop("author", "Khadija Benali"), date_published=date or datetime.date(2026, 3, 8),
        region=region_page, **fields,
    )
    page.crafts = list(crafts)
    return (publish if live else draft)(index or story_index(), page)


def partner(name=None):
    return factories.maker(name or unique("Partenaire"))


def product(title=None, partner_obj=None, artisan_page=None, stock=5, price="450.00", craft_obj=None, upc=None):
    return make_product(title or unique("Produit"), Decimal(price), partner_obj or partner(), stock=stock, upc=upc,
                        artisan=artisan_page, craft=craft_obj)


def sold_out_product(**kwargs):
    return product(stock=0, **kwargs)


def every_block_body(image_a, image_b, product_obj, artisan_page,
                     video_url="https://www.youtube.com/watch?v=abcdefghijk"):
    """A story body with one block of each type."""
    return [
        {"type": "heading", "value": {"heading_text": "Le métier à tisser", "size": "h2"}},
        {"type": "paragraph", "value": "<p>La laine est <b>cardée</b> à la main.</p>"},
        {"type": "image", "value": {"image": image_a.pk, "caption": "Le métier vertical", "credit": "Y. Alaoui"}},
        {"type": "gallery", "value": {"title": "Dans l'atelier", "images": [
            {"image": image_a.pk, "caption": "La laine", "credit": ""},
            {"image": image_b.pk, "caption": "Les teintures", "credit": ""},
        ]}},
        {"type": "quote", "value": {"quote": "Chaque tapis raconte une famille.", "attribution": "Fatimetou"}},
        {"type": "video", "value": {"video": video_url, "caption": "Le tissage en images"}},
        {"type": "product", "value": {"product": product_obj.pk}},
        {"type": "artisan", "value": {"artisan": artisan_page.pk}},
    ]


def with_image(product, color=(120, 80, 40)):
    """Give a product a photo (Oscar's ProductImage), as the demo's products have."""
    from oscar.core.loading import get_model

    buffer = io.BytesIO()
    Image.new("RGB", (200, 200), color).save(buffer, format="JPEG")
    get_model("catalogue", "ProductImage").objects.create(
        product=product, original=ImageFile(io.BytesIO(buffer.getvalue()), name=f"{unique('product')}.jpg"),
        caption=product.title, display_order=0,
    )
    return product
