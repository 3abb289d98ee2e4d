"""Pages and products for the tests of the tie between Wagtail's pages and Oscar (chooser, cards, product page,
story mentions). The page tree is built under the home page that the data migration creates."""

import datetime
import io
from decimal import Decimal

from django.core.files.images import ImageFile
from oscar.core.loading import get_model
from PIL import Image

from cooperatives.models import ArtisanPage, CooperativePage, RegionPage
from core.models import Craft, SiteImage
from shop.new_products import make_product
from stories.models import HomePage, StoryIndexPage, StoryPage
from tests import factories

Partner = get_model("partner", "Partner")


def picture(name="photo.png", colour=(168, 92, 50), size=(320, 240)):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return ImageFile(buffer, name=name)


def site_image(title="Portrait", alt="Portrait de l'artisane devant son métier à tisser"):
    return SiteImage.objects.create(title=title, description=alt, file=picture(f"{title}.png"))


def home():
    return HomePage.objects.get(depth=2)


def craft(name="Tissage de tapis", slug=None):
    return Craft.objects.get_or_create(name=name, defaults={"slug": slug or name.lower().replace(" ", "-")})[0]


def region(title="Dakhla-Oued Eddahab", slug="dakhla-oued-eddahab"):
    page = RegionPage(title=title, slug=slug, introduction="Entre océan et désert.")
    home().add_child(instance=page)
    return page


def cooperative(parent, title="Coopérative Nour", slug="cooperative-nour", partner=None, live=True):
    page = CooperativePage(
        title=title, slug=slug, introduction="Une coopérative de tisserandes.", partner=partner, live=live
    )
    parent.add_child(instance=page)
    return page


def artisan(parent, title="Fatimetou Mint Ahmed", slug="fatimetou", partner=None, portrait=None, crafts=(), live=True):
    page = ArtisanPage(title=title, slug=slug, partner=partner, portrait=portrait, live=live)
    parent.add_child(instance=page)
    if crafts:
        page.crafts.set(crafts)
        page.save()
    return page


def story_index():
    index = StoryIndexPage.objects.first()
    if index is None:
        index = StoryIndexPage(title="Récits", slug="recits")
        home().add_child(instance=index)
    return index


def product_body(*products):
    """A story body: a paragraph, then one product block per product."""
    body = [("paragraph", "<p>Le tissage se transmet de mère en fille.</p>")]
    body += [("product", {"product": product}) for product in products]
    return body


def draft_story(title="Le hanbel de Dakhla", slug="le-hanbel-de-dakhla", products=()):
    """A story saved as a draft (never published): its product blocks mention nothing yet."""
    story = StoryPage(
        title=title,
        slug=slug,
        introduction="Comment naît un tapis hanbel.",
        body=product_body(*products),
        author="Aïcha Benali",
        date_published=datetime.date(2026, 3, 8),
        live=False,
    )
    story_index().add_child(instance=story)
    story.save_revision()
    return story


def published_story(title="Le hanbel de Dakhla", slug="le-hanbel-de-dakhla", products=()):
    story = draft_story(title=title, slug=slug, products=products)
    story.get_latest_revision().publish()
    story.refresh_from_db()
    return story


def revise(story, products, publish):
    """Edit a story's body to hold exactly these product blocks; publish the revision or keep it as a draft."""
    story = StoryPage.objects.get(pk=story.pk).get_latest_revision_as_object()
    story.body = product_body(*products)
    revision = story.save_revision()
    if publish:
        revision.publish()
    return StoryPage.objects.get(pk=story.pk)


def product(title="Tapis hanbel en laine", price="1850.00", stock=5, partner=None, upc=None, artisan=None,
            craft=None, with_image=True):
    photos = [(f"{upc or 'produit'}.png", picture(), f"Photo : {title}")] if with_image else []
    return make_product(title, Decimal(price), partner or factories.maker(), stock=stock, upc=upc, artisan=artisan,
                        craft=craft, photos=photos)


def partner(name):
    return Partner.objects.get_or_create(name=name)[0]

