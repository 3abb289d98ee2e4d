"""Query budgets of the visitor-facing pages (anonymous visitor): at most 20 SQL queries each, and the same number
whether a page shows 5 or 50 products, artisans, cooperatives or stories.

Each page is rendered once before it is measured: the first view of an image generates its Wagtail renditions and
its product thumbnails (sorl-thumbnail, whose key-value store is cached), and a fetched or failed video embed is
cached too; what is measured is the page as every later visitor gets it.

The caches (the default one and Wagtail's "renditions", as in production) are process-local ones big enough for a
page of 100 products, emptied around each test: Django's local-memory cache keeps only 300 entries by default and
culls a third of them at random when full, which would make thumbnail look-ups (not the page's own queries) come and
go. Production uses Redis (REDIS_URL).
"""

import pytest
from django.test import override_settings

from tests import page_factories as pf

pytestmark = pytest.mark.django_db

BUDGET = 20
FEW, MANY = 5, 50


@pytest.fixture(autouse=True)
def offline_embeds_and_a_roomy_cache():
    from django.core.cache import caches

    with override_settings(
        WAGTAILEMBEDS_FINDERS=[{"class": "tests.stories.test_story_pages.UnreachableProvider"}],
        CACHES={alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": f"budgets-{alias}",
                         "OPTIONS": {"MAX_ENTRIES": 100_000}} for alias in ("default", "renditions")},
    ):
        for alias in ("default", "renditions"):
            caches[alias].clear()
        yield
        for alias in ("default", "renditions"):
            caches[alias].clear()


@pytest.fixture
def measure(client, django_assert_max_num_queries):
    def measure(page):
        url = page.url
        assert client.get(url).status_code == 200  # warm-up: renditions, thumbnails, embeds (see above)
        with django_assert_max_num_queries(BUDGET) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured)

    return measure


@pytest.fixture
def photo():
    return pf.image()


@pytest.fixture
def weaving():
    return pf.craft("Tissage de tapis", "tissage")


def products(count, **kwargs):
    return [pf.with_image(pf.product(**kwargs)) for __ in range(count)]


def test_the_home_page_stays_within_budget_with_5_or_50_featured_items(measure, photo, weaving):
    def feature(count):
        stories = [pf.story(crafts=[weaving], hero_image=photo) for __ in range(count)]
        regions = [pf.region(hero_image=photo) for __ in range(count)]
        home = pf.home()
        home.featured = (
            [{"type": "story", "value": story.pk} for story in stories]
            + [{"type": "region", "value": region.pk} for region in regions]
            + [{"type": "product", "value": product.pk} for product in products(count)]
        )
        home.save_revision().publish()

    feature(FEW)
    few = measure(pf.home())
    feature(MANY)
    many = measure(pf.home())

    assert few == many


def test_a_region_stays_within_budget_with_5_or_50_cooperatives_artisans_stories_and_products(
    measure, photo, weaving
):
    region = pf.region(crafts=[weaving], hero_image=photo)
    pf.workshop(region)
    pf.workshop(region, "Atelier de poterie")

    def grow(count):
        for __ in range(count):
            cooperative = pf.cooperative(region, logo=photo, partner=pf.partner())
            artisan = pf.artisan(cooperative, portrait=photo, crafts=[weaving], years_of_practice=10)
            pf.with_image(pf.product(partner_obj=cooperative.partner, artisan_page=artisan))
            pf.story(region_page=region, crafts=[weaving], hero_image=photo)

    grow(FEW)
    few = measure(region)
    grow(MANY - FEW)
    many = measure(region)

    assert few == many


def test_a_cooperative_stays_within_budget_with_5_or_50_artisans_and_products(measure, photo, weaving):
    region = pf.region()
    cooperative = pf.cooperative(region, partner=pf.partner(), logo=photo, crafts=[weaving], gallery=[
        {"type": "image", "value": {"image": photo.pk, "caption": "L'atelier", "credit": ""}},
        {"type": "image", "value": {"image": pf.image().pk, "caption": "Les métiers", "credit": ""}},
    ])

    def grow(count):
        for __ in range(count):
            artisan = pf.artisan(cooperative, portrait=photo, crafts=[weaving])
            pf.with_image(pf.product(partner_obj=cooperative.partner, artisan_page=artisan))

    grow(FEW)
    few = measure(cooperative)
    grow(MANY - FEW)
    many = measure(cooperative)

    assert few == many


def test_an_artisan_stays_within_budget_with_5_or_50_products_and_stories(measure, photo, weaving):
    region = pf.region()
    cooperative = pf.cooperative(region, partner=pf.partner())
    member = pf.artisan(cooperative, portrait=photo, crafts=[weaving], gallery=[
        {"type": "image", "value": {"image": photo.pk, "caption": "Au métier", "credit": ""}},
    ])
    independent = pf.artisan(region, portrait=photo, crafts=[weaving], partner=pf.partner())

    def grow(count):
        for __ in range(count):
            pf.with_image(pf.product(partner_obj=cooperative.partner, artisan_page=member))
            pf.with_image(pf.product(partner_obj=independent.partner))
            pf.with_image(pf.product(artisan_page=independent))
            pf.story(hero_image=photo, body=[{"type": "artisan", "value": {"artisan": member.pk}},
                                             {"type": "artisan", "value": {"artisan": independent.pk}}])

    grow(FEW)
    few = [measure(member), measure(independent)]
    grow(MANY - FEW)
    many = [measure(member), measure(independent)]

    assert few == many


def test_a_story_stays_within_budget_with_5_or_50_product_and_artisan_blocks(measure, photo, weaving):
    region = pf.region(crafts=[weaving])
    cooperative = pf.cooperative(region, partner=pf.partner())
    other_photo = pf.image(color=(20, 60, 140))

    def story_with(count):
        body = [
            {"type": "heading", "value": {"heading_text": "Le métier", "size": "h2"}},
            {"type": "paragraph", "value": "<p>La laine est cardée à la main.</p>"},
            {"type": "image", "value": {"image": photo.pk, "caption": "Le métier", "credit": ""}},
            {"type": "gallery", "value": {"title": "", "images": [
                {"image": photo.pk, "caption": "", "credit": ""},
                {"image": other_photo.pk, "caption": "", "credit": ""},
            ]}},
            {"type": "quote", "value": {"quote": "Chaque tapis raconte une famille.", "attribution": ""}},
            {"type": "video", "value": {"video": "https://www.youtube.com/watch?v=abcdefghijk", "caption": ""}},
        ]
        for __ in range(count):
            artisan = pf.artisan(cooperative, portrait=photo, crafts=[weaving])
            product = pf.with_image(pf.product(partner_obj=cooperative.partner, artisan_page=artisan))
            body += [{"type": "product", "value": {"product": product.pk}},
                     {"type": "artisan", "value": {"artisan": artisan.pk}}]
            pf.story(crafts=[weaving], region_page=region, hero_image=photo)  # candidates for related stories
        return pf.story(body=body, crafts=[weaving], region_page=region, hero_image=photo)

    few = measure(story_with(FEW))
    many = measure(story_with(MANY))

    assert few == many


def test_the_story_index_stays_within_budget_with_5_or_50_stories(measure, photo, weaving):
    def grow(count):
        for __ in range(count):
            pf.story(crafts=[weaving], hero_image=photo)

    grow(FEW)
    few = measure(pf.story_index())
    grow(MANY - FEW)
    many = measure(pf.story_index())

    assert few == many
