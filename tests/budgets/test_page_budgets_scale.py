"""Query budgets at scale (issue #8): each page an anonymous visitor reads costs the same number of SQL queries with
5 products in the shop as with 500: the story, the artisan, the home page, the catalogue, a category, a product, the
basket (3 lines from 2 makers) and the search results.

Each budget is the page's count today (the Wagtail pages' counts include the two queries of the page locales); a
page that started to query once per product, image, stock record, partner or price would exceed it by hundreds with
500 products, and when both sizes run in one session their counts must be equal. Products are inserted in bulk
(tests/scale_factories.py).
Each page is rendered once before it is measured (renditions, thumbnails and embeds are made then; what is counted is
what every later visitor costs), in local-memory caches large enough to keep them (see tests/budgets/test_page_budgets.py).
The page cache is off: these are the uncached pages.
"""

import pytest
from django.conf import settings
from django.test import override_settings
from oscar.core.loading import get_model

from tests import page_factories as pf
from tests import scale_factories as scale

pytestmark = pytest.mark.django_db

Category = get_model("catalogue", "Category")

SCALES = [5, 500]
PER_PAGE = settings.OSCAR_PRODUCTS_PER_PAGE
BUDGETS = {
    "story": 20,
    "artisan": 19,
    "home": 13,
    "catalogue": 7,
    "category": 8,
    "product": 18,
    "basket": 13,
    "search": 15,
}


@pytest.fixture(autouse=True)
def offline_embeds_and_a_roomy_cache():
    from django.core.cache import caches

    with override_settings(
        WAGTAILEMBEDS_FINDERS=[{"class": "tests.stories.test_story_pages.UnreachableProvider"}],
        CACHES={alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": f"scale-{alias}",
                         "OPTIONS": {"MAX_ENTRIES": 100_000}} for alias in ("default", "renditions")},
        PAGE_CACHE_ENABLED=False,
    ):
        for alias in ("default", "renditions"):
            caches[alias].clear()
        yield
        for alias in ("default", "renditions"):
            caches[alias].clear()


_counted = {}  # page → {scale: queries}, across the parametrized runs of one session


@pytest.fixture
def measure(request, client, django_assert_max_num_queries):
    def measure(url, page):
        first = client.get(url)
        assert first.status_code == 200, url  # warm-up
        with django_assert_max_num_queries(BUDGETS[page]) as captured:
            response = client.get(url)
        assert response.status_code == 200
        counts = _counted.setdefault(page, {})
        counts[request.node.callspec.params["count"]] = len(captured)
        assert len(set(counts.values())) == 1, f"{page}: {counts}"
        return response, len(captured)

    return measure


@pytest.fixture
def photo():
    return pf.image()


@pytest.fixture
def weaving():
    return pf.craft("Tissage de tapis", "tissage")


@pytest.fixture
def cooperative(photo, weaving):
    region = pf.region(crafts=[weaving], hero_image=photo)
    return pf.cooperative(region, partner=pf.partner(), logo=photo, crafts=[weaving])


@pytest.fixture
def artisan(cooperative, photo, weaving):
    return pf.artisan(cooperative, portrait=photo, crafts=[weaving], years_of_practice=12)


@pytest.mark.parametrize("count", SCALES)
def test_a_story_costs_the_same_with_5_or_500_products(measure, count, cooperative, artisan, photo, weaving):
    products = scale.products(count, cooperative.partner, artisan=artisan, craft=weaving)
    body = [{"type": "paragraph", "value": "<p>La laine est cardée à la main.</p>"},
            {"type": "image", "value": {"image": photo.pk, "caption": "Le métier", "credit": ""}},
            {"type": "artisan", "value": {"artisan": artisan.pk}}]
    body += [{"type": "product", "value": {"product": product.pk}} for product in products[:24]]
    story = pf.story(body=body, crafts=[weaving], region_page=cooperative.get_parent().specific, hero_image=photo)

    response, __ = measure(story.url, "story")

    assert response.content.decode().count('class="product-card"') == min(count, 24)


@pytest.mark.parametrize("count", SCALES)
def test_an_artisan_costs_the_same_with_5_or_500_products(measure, count, cooperative, artisan, weaving):
    scale.products(count, cooperative.partner, artisan=artisan, craft=weaving)

    response, __ = measure(artisan.url, "artisan")

    assert 'class="product-card' in response.content.decode()


@pytest.mark.parametrize("count", SCALES)
def test_the_home_page_costs_the_same_with_5_or_500_products(measure, count, cooperative, artisan, photo, weaving):
    scale.products(count, cooperative.partner, artisan=artisan)
    pf.story(crafts=[weaving], hero_image=photo)

    response, __ = measure(pf.home().url, "home")

    assert 'class="product-card' in response.content.decode()


@pytest.mark.parametrize("count", SCALES)
def test_the_catalogue_costs_the_same_with_5_or_500_products(measure, count, cooperative, artisan):
    scale.products(count, cooperative.partner, artisan=artisan)
    scale.products(3, pf.partner())  # another maker's, without an artisan page

    response, __ = measure("/fr/shop/catalogue/", "catalogue")

    assert response.content.decode().count('<article class="product-card') == min(count + 3, PER_PAGE)


@pytest.mark.parametrize("count", SCALES)
def test_a_category_costs_the_same_with_5_or_500_products(measure, count, cooperative, artisan):
    carpets = Category.add_root(name="Tapis", slug="tapis")
    scale.products(count, cooperative.partner, artisan=artisan, category=carpets)
    scale.products(3, cooperative.partner)  # not in the category

    response, __ = measure(carpets.get_absolute_url(), "category")

    assert response.content.decode().count('<article class="product-card') == min(count, PER_PAGE)


@pytest.mark.parametrize("count", SCALES)
def test_a_product_page_costs_the_same_whether_its_maker_has_5_or_500_products(
    measure, count, cooperative, artisan, weaving
):
    products = scale.products(count, cooperative.partner, artisan=artisan, craft=weaving)
    for __ in range(3):
        pf.story(crafts=[weaving], body=[{"type": "product", "value": {"product": products[0].pk}}])

    response, __ = measure(products[0].get_absolute_url(), "product")

    assert 'id="add_to_basket_form"' in response.content.decode()


@pytest.mark.parametrize("count", SCALES)
def test_a_basket_of_3_lines_from_2_makers_costs_the_same_with_5_or_500_products(
    client, measure, count, cooperative, artisan
):
    ours = scale.products(count, cooperative.partner, artisan=artisan)
    theirs = scale.products(count, pf.partner())
    for product in (ours[0], ours[1], theirs[0]):
        assert client.post(f"/fr/shop/basket/add/{product.pk}/", {"quantity": 1}).status_code == 302

    response, __ = measure("/fr/shop/basket/", "basket")

    assert response.context["basket"].num_lines == 3


@pytest.mark.parametrize("count", SCALES)
def test_search_results_cost_the_same_with_5_or_500_matching_products(measure, count, cooperative, artisan):
    scale.products(count, cooperative.partner, title="Tapis hanbel", artisan=artisan, index=True)
    scale.products(5, cooperative.partner, title="Plat de Safi", index=True)

    response, __ = measure("/fr/search/?q=tapis", "search")

    assert 'class="product-card"' in response.content.decode()
