"""The live product card that stories, artisans, cooperatives and regions show: price and stock from Oscar's strategy,
an add-to-basket button, and a card that says 'unavailable' instead of breaking."""

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.middleware import SessionMiddleware
from django.db import connection
from django.template import engines
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from oscar.apps.basket.middleware import BasketMiddleware

from shop import products
from stories.models import StoryPage
from tests import shop_factories

pytestmark = pytest.mark.django_db

CARDS = "{% for product in products %}{% include 'shop/includes/product_card.html' %}{% endfor %}"


@pytest.fixture
def shop_request(rf):
    """A storefront request as Oscar's middleware prepares it: a session, a strategy and a basket."""
    request = rf.get("/fr/")
    request.user = AnonymousUser()
    SessionMiddleware(lambda r: None).process_request(request)
    BasketMiddleware(lambda r: None)(request)  # sets request.strategy and a lazy request.basket
    return request


def render_card(request, product):
    with translation.override("fr"):
        return render_to_string("shop/includes/product_card.html", {"product": product}, request=request)


def render_cards(request, product_list):
    template = engines["django"].from_string(CARDS)
    with translation.override("fr"):
        return template.render({"products": product_list}, request)


def test_a_card_shows_price_stock_maker_and_an_add_to_basket_button(shop_request):
    workshop = shop_factories.region()
    maker = shop_factories.artisan(workshop)
    carpet = shop_factories.product(title="Tapis hanbel en laine", price="1850.00", stock=5, artisan=maker)

    html = render_card(shop_request, products.for_cards().get(pk=carpet.pk))

    assert "Tapis hanbel en laine" in html
    assert "1\u202f850,00\xa0MAD" in html
    assert "En stock" in html
    assert f'href="{maker.url}"' in html and "Fatimetou Mint Ahmed" in html
    form = re.search(r'<form class="product-card__buy" action="([^"]+)" method="post">', html)
    assert form and form.group(1) == f"/fr/shop/basket/add/{carpet.pk}/"
    assert 'name="csrfmiddlewaretoken"' in html
    assert re.search(r'<img class="product-card__image" src="/media/cache/[^"]+" width="\d+" height="\d+" alt="', html)


def test_a_card_warns_when_only_a_few_are_left(shop_request):
    carpet = shop_factories.product(stock=2)

    html = render_card(shop_request, carpet)

    stock = re.search(r'<p class="product-card__stock product-card__stock--available">(.*?)</p>', html, re.S).group(1)
    assert re.search(r"\b2\b", stock)
    assert "product-card__buy" in html


def test_a_sold_out_product_says_so_and_offers_no_button(shop_request):
    carpet = shop_factories.product(stock=0)

    html = render_card(shop_request, carpet)

    assert "Tapis hanbel en laine" in html
    assert "product-card--unavailable" in html
    assert "product-card__stock--unavailable" in html
    assert "<form" not in html


def test_a_product_without_stock_record_is_unavailable(shop_request):
    carpet = shop_factories.product()
    carpet.stockrecords.all().delete()

    html = render_card(shop_request, carpet)

    assert "product-card--unavailable" in html and "<form" not in html


@pytest.mark.parametrize("case", ["deleted", "not public"])
def test_a_missing_or_hidden_product_renders_as_unavailable(shop_request, case):
    carpet = shop_factories.product()
    if case == "deleted":
        product = None
    else:
        carpet.is_public = False
        carpet.save()
        product = carpet

    html = render_card(shop_request, product)

    assert "product-card--unavailable" in html
    assert "<form" not in html and "Tapis hanbel" not in html


def test_a_product_without_an_image_still_has_a_picture(shop_request):
    carpet = shop_factories.product(with_image=False)

    html = render_card(shop_request, carpet)

    assert '<img class="product-card__image"' in html


def make_products(count):
    workshop = shop_factories.region()
    makers = [
        shop_factories.artisan(workshop, title=f"Artisane {number}", slug=f"artisane-{number}") for number in range(3)
    ]
    craft = shop_factories.craft()
    for number in range(count):
        shop_factories.product(
            title=f"Coussin brodé {number}", price="320.00", stock=number % 4, upc=f"DM-COU-{number:03d}",
            artisan=makers[number % 3], craft=craft,
        )


def count_queries(request, product_list):
    with CaptureQueriesContext(connection) as queries:
        html = render_cards(request, product_list)
    return len(queries), html


def test_cards_from_for_cards_cost_the_same_queries_for_5_or_50_products(shop_request, django_assert_max_num_queries):
    make_products(50)
    render_cards(shop_request, products.for_cards())  # warms sorl-thumbnail's cached key-value store

    five, html_five = count_queries(shop_request, products.for_cards().order_by("upc")[:5])
    fifty, html_fifty = count_queries(shop_request, products.for_cards().order_by("upc"))

    assert html_five.count('<article class="product-card') == 5
    assert html_fifty.count('<article class="product-card') == 50
    assert html_fifty.count("product-card__buy") > 0 and html_fifty.count("product-card--unavailable") > 0
    assert five == fifty
    with django_assert_max_num_queries(6):
        render_cards(shop_request, products.for_cards().order_by("upc"))


def story_cards(request, story_pk):
    """Render the cards of a story's product blocks, as the story page does, counting the queries."""
    with CaptureQueriesContext(connection) as queries:
        story = StoryPage.objects.get(pk=story_pk)
        chosen = [block.value["product"] for block in story.body if block.block_type == "product"]
        html = render_cards(request, chosen)
    return len(queries), html


def test_the_product_blocks_of_a_story_load_their_products_together(shop_request):
    make_products(20)
    catalogue = list(products.for_cards().order_by("upc"))
    few = shop_factories.published_story(slug="quelques-produits", products=catalogue[:3])
    many = shop_factories.published_story(title="Tout le catalogue", slug="tout-le-catalogue", products=catalogue)
    story_cards(shop_request, many.pk)  # warm-up (thumbnails)

    three, html_three = story_cards(shop_request, few.pk)
    twenty, html_twenty = story_cards(shop_request, many.pk)

    assert html_three.count('<article class="product-card') == 3
    assert html_twenty.count('<article class="product-card') == 20
    assert three == twenty


def test_a_story_block_whose_product_was_deleted_renders_as_unavailable(shop_request):
    carpet = shop_factories.product()
    story = shop_factories.published_story(products=[carpet])
    carpet.delete()

    __, html = story_cards(shop_request, story.pk)

    assert html.count('<article class="product-card product-card--unavailable">') == 1


def test_a_region_lists_what_its_artisans_and_cooperatives_make_or_sell():
    dakhla = shop_factories.region()
    marrakech = shop_factories.region(title="Marrakech-Safi", slug="marrakech-safi")
    nour = shop_factories.partner("Coopérative Nour")
    shop_factories.cooperative(dakhla, partner=nour)
    made_here = shop_factories.product(title="Tapis", artisan=shop_factories.artisan(dakhla), with_image=False)
    sold_here = shop_factories.product(title="Melhfa", partner=nour, with_image=False)
    elsewhere = shop_factories.product(
        title="Poterie", artisan=shop_factories.artisan(marrakech, title="Hassan", slug="hassan"), with_image=False
    )

    assert set(products.from_region(dakhla)) == {made_here, sold_here}
    assert list(products.from_region(marrakech)) == [elsewhere]


def test_a_page_without_a_shop_partner_lists_no_products():
    shop_factories.product()

    assert list(products.supplied_by(None)) == []


def test_a_made_to_order_product_can_be_bought_and_says_how_long_it_takes(shop_request):
    carpet = shop_factories.product(stock=0)
    carpet.lead_time_days = 14
    carpet.save()

    html = render_card(shop_request, products.for_cards().get(pk=carpet.pk))

    stock = re.search(r'<p class="product-card__stock product-card__stock--available">(.*?)</p>', html, re.S).group(1)
    assert re.search(r"\b14\b", stock)
    assert "product-card__buy" in html
