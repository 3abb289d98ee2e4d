"""The demo content that `make run` loads: enough regions, cooperatives, artisans, stories and products, in French,
to show every page type and every story block; generated pictures with alt text; safe to load twice.

The demo is loaded once for the module inside a transaction that is rolled back at the end (each test runs in its
own savepoint within it); its pictures go to a temporary media folder.
"""

import io
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.sites.models import Site as DjangoSite
from django.core.cache import caches
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from oscar.core.loading import get_model
from wagtail.embeds import embeds
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.models import Embed
from wagtail.models import Page, Revision

from cooperatives.models import ArtisanPage, CooperativePage, RegionPage, RegionWorkshop
from core.models import Craft, SiteImage
from earnings.models import CashCollection, LedgerEntry, PayeeAccount, Payout, Remittance, RemittanceLine
from stories.blocks import StoryStreamBlock
from stories.models import HomePage, StoryIndexPage, StoryPage

Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
StockRecord = get_model("partner", "StockRecord")
Partner = get_model("partner", "Partner")

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    media = tmp_path_factory.mktemp("demo-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=str(media)):
        with transaction.atomic():
            call_command("load_demo", stdout=io.StringIO())
            yield
            transaction.set_rollback(True)
    # What the rolled-back demo left in caches (Wagtail's site root paths, Django's current site, thumbnails)
    # must not leak into the next test modules.
    for cache in caches.all():
        cache.clear()
    DjangoSite.objects.clear_cache()


def french(model):
    """The demo's pages in French, the language they are written in (their Arabic and English versions are
    aliases until translated)."""
    return model.objects.filter(locale__language_code="fr")


def test_every_demo_page_has_its_arabic_and_english_version():
    for page in Page.objects.filter(locale__language_code="fr", depth__gt=1):
        versions = set(Page.objects.filter(translation_key=page.translation_key)
                       .values_list("locale__language_code", flat=True))
        assert versions == {"fr", "ar", "en"}, page


def body_types(story):
    return {block["type"] for block in story.body.raw_data}


def test_the_demo_has_two_regions_with_crafts_and_workshops_open_to_visitors():
    regions = {region.slug: region for region in french(RegionPage).live()}

    assert {"dakhla-oued-eddahab", "marrakech-safi"} <= set(regions)
    # Real-looking coordinates: the Dakhla peninsula, and Marrakech, Safi or Essaouira.
    boxes = {
        "dakhla-oued-eddahab": ((Decimal("23.5"), Decimal("24.0")), (Decimal("-16.1"), Decimal("-15.7"))),
        "marrakech-safi": ((Decimal("31.2"), Decimal("32.5")), (Decimal("-9.9"), Decimal("-7.8"))),
    }
    for slug, ((south, north), (west, east)) in boxes.items():
        region = regions[slug]
        assert region.hero_image and region.introduction and region.body
        assert region.crafts.count() >= 3
        workshops = list(RegionWorkshop.objects.filter(region=region))
        assert len(workshops) >= 2
        for workshop in workshops:
            assert workshop.name and workshop.address and workshop.opening_hours and workshop.phone.startswith("+212")
            assert south <= workshop.latitude <= north and west <= workshop.longitude <= east, workshop.name


def test_the_demo_cooperatives_use_every_legal_form_and_each_sells_through_its_own_partner():
    cooperatives = list(french(CooperativePage).live())

    assert len(cooperatives) >= 5
    assert {c.legal_form for c in cooperatives} == set(CooperativePage.LegalForm.values)
    partners = {c.partner_id for c in cooperatives}
    assert len(partners) == len(cooperatives) and None not in partners
    assert {c.get_parent().specific_class for c in cooperatives} == {RegionPage}
    assert len({c.get_parent().pk for c in cooperatives}) >= 2  # spread over the regions
    for cooperative in cooperatives:
        assert cooperative.logo and cooperative.introduction and cooperative.story, cooperative.title
        assert 2 <= len(cooperative.gallery) <= 3, cooperative.title
        assert cooperative.founding_year and cooperative.members_count, cooperative.title
        assert cooperative.address and cooperative.opening_hours and cooperative.phone and cooperative.email
        assert cooperative.latitude is not None and cooperative.longitude is not None


def test_the_demo_artisans_include_independents_with_their_own_partner_and_one_without_a_portrait():
    artisans = list(french(ArtisanPage).live())
    independents = [a for a in artisans if a.get_parent().specific_class is RegionPage]
    members = [a for a in artisans if a.get_parent().specific_class is CooperativePage]

    assert len(artisans) >= 10
    assert len(independents) >= 2 and all(a.partner_id for a in independents)
    assert len(members) > len(independents) and not any(a.partner_id for a in members)
    without_portrait = [a for a in artisans if a.portrait_id is None]
    assert 1 <= len(without_portrait) < len(artisans) / 2
    for artisan in artisans:
        assert artisan.crafts.exists() and artisan.years_of_practice, artisan.title
        assert artisan.technique and artisan.materials and artisan.quote and artisan.biography, artisan.title
        assert len(artisan.gallery) >= 2, artisan.title


def test_the_demo_stories_together_use_every_story_block():
    index = french(StoryIndexPage).live().get()
    stories = list(french(StoryPage).live().child_of(index))

    assert len(stories) >= 8
    used = set().union(*(body_types(story) for story in stories))
    assert used == set(StoryStreamBlock().child_blocks)
    for story in stories:
        assert story.author and story.date_published and story.region_id and story.hero_image_id, story.title
        assert story.crafts.exists(), story.title


def test_the_demo_catalogue_has_forty_products_over_six_crafts_with_mad_stock_weight_and_pictures():
    products = list(Product.objects.filter(is_public=True).select_related("artisan", "craft", "product_class"))

    assert len(products) >= 40
    assert len({p.craft_id for p in products}) >= 6
    stock_levels = []
    for product in products:
        records = list(product.stockrecords.all())
        assert len(records) == 1, product.upc
        record = records[0]
        assert record.price_currency == "MAD" and Decimal("80") <= record.price <= Decimal("6000"), product.upc
        assert record.partner == product.artisan.selling_partner(), product.upc  # cooperative or independent artisan
        assert product.weight_grams and product.product_class and product.categories.exists(), product.upc
        assert product.images.exists(), product.upc
        stock_levels.append(record.num_in_stock)
    sold_out = stock_levels.count(0)
    assert 1 <= sold_out < len(products) / 4


def test_the_first_demo_catalogue_codes_still_work():
    for upc in ["DM-TAP-001", "DM-TAP-002", "DM-MEL-001", "DM-MEL-002", "DM-CUI-001", "DM-COS-001"]:
        assert Product.objects.get(upc=upc).stockrecords.exists()


def test_every_demo_image_has_alt_text_and_a_credit_and_stays_small():
    images = list(SiteImage.objects.all())

    assert len(images) >= 30
    for image in images:
        assert image.description.strip() and image.credit.strip(), image.title
        assert image.width <= 1200, image.title
    for image in ProductImage.objects.all():
        assert image.caption and image.original.width <= 1200


def test_the_home_page_features_chosen_stories_regions_and_products():
    home = french(HomePage).get()

    assert home.hero_image and home.introduction
    assert {block.block_type for block in home.featured} == {"story", "region", "product"}


def test_the_demo_videos_render_from_the_local_cache_without_asking_the_network(client, monkeypatch):
    def no_network(*args, **kwargs):
        raise EmbedNotFoundException("the demo must not fetch embeds")

    monkeypatch.setattr(embeds, "get_finder_for_embed", no_network)
    videos = {
        block.value["video"].url: story
        for story in french(StoryPage).live() for block in story.body if block.block_type == "video"
    }
    assert len(videos) >= 2

    for url in videos:  # what `{{ value.video }}` and `{% embed value.video.url %}` ask for
        embed = embeds.get_embed(url)
        assert embed.type == "video" and embed.provider_name and 'class="video-embed__link"' in embed.html
    story = french(StoryPage).get(slug="la-melhfa-un-voile-aux-couleurs-de-la-lagune")
    html = client.get(story.url).content.decode()
    assert 'class="video-embed__link" href="https://www.youtube.com/watch?v=DMmelhfaDK1"' in html


def test_the_demo_logins_keep_their_roles():
    User = get_user_model()
    admin, editor, maker, member = (
        User.objects.get(username=name) for name in ("admin", "editeur", "artisan", "membre")
    )

    assert admin.is_superuser
    assert editor.is_staff and editor.groups.filter(name="Editors").exists()
    fatimetou = french(ArtisanPage).get(slug="fatimetou-mint-ahmed")
    salka = french(ArtisanPage).get(slug="salka-mint-brahim")
    for login in (maker, member):
        assert not login.is_staff and not login.has_perm("partner.dashboard_access")
        assert not login.partners.exists()
    assert maker.artisan_account.artisan == fatimetou and member.artisan_account.artisan == salka
    assert [link.cooperative.pk for link in maker.managed_cooperatives.all()] == [fatimetou.get_parent().pk]
    assert not member.managed_cooperatives.exists()


def counts():
    models = [Page, Revision, SiteImage, Craft, RegionWorkshop, Product, ProductImage, StockRecord, Partner,
              get_user_model(), Embed, get_model("catalogue", "Category"), get_model("catalogue", "ProductCategory"),
              get_model("order", "Order"), get_model("order", "Line"), LedgerEntry, CashCollection, Remittance,
              RemittanceLine, PayeeAccount, Payout]
    return {model.__name__: model.objects.count() for model in models}


def test_loading_the_demo_twice_changes_nothing():
    before = counts()

    call_command("load_demo", stdout=io.StringIO())

    assert counts() == before


def test_the_demo_has_a_month_of_earnings_a_cash_remittance_and_a_payout():
    entries = LedgerEntry.objects.filter(kind=LedgerEntry.EARNING)
    remittance = Remittance.objects.get()
    payout = Payout.objects.get()

    assert entries.count() >= 3
    assert {entry.order.payment_method for entry in entries} == {"bank-transfer", "cash-on-delivery"}
    assert remittance.lines.filter(outcome=RemittanceLine.MATCHED).count() == remittance.collections.count() == 2
    assert payout.amount > 0 and payout.payee_id in {entry.payee_id for entry in entries}


def test_each_demo_page_type_answers(client):
    pages = [
        french(HomePage).get(),
        french(RegionPage).get(slug="dakhla-oued-eddahab"),
        french(CooperativePage).get(slug="atelier-familial-chafik"),
        french(ArtisanPage).get(slug="fatimetou-mint-ahmed"),
        french(ArtisanPage).filter(portrait__isnull=True).first(),  # renders without a portrait
        french(StoryIndexPage).get(),
        french(StoryPage).get(slug="safi-la-colline-des-potiers"),
    ]
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title.replace("'", "&#x27;") in response.content.decode(), page.url
