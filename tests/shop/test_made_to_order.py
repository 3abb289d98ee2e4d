"""Made-to-order products have no stock count and show their lead time; ready-made products are never oversold."""

import pytest
from django.template.loader import render_to_string
from django.utils import translation
from oscar.core.loading import get_model

from tests.journeys import guest_checkout
from tests.pricing_factories import add_to_basket_in, craft_product

Order = get_model("order", "Order")
Basket = get_model("basket", "Basket")

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def french_unless_the_url_says_otherwise():
    """Each request activates its URL's language and leaves it active: start every test from the default, French."""
    with translation.override("fr"):
        yield


LEAD_TIME_21 = {
    "fr": "Fait sur commande : prêt à expédier sous 21 jours",
    "ar": "مصنوع حسب الطلب: جاهز للشحن خلال 21 يومًا",
    "en": "Made to order: ready to ship in 21 days",
}


def basket_lines(client):
    basket = Basket.objects.filter(status="Open").first()
    return [(line.product.title, line.quantity) for line in basket.all_lines()] if basket else []


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_a_made_to_order_product_without_stock_can_be_bought_and_shows_its_lead_time(client, language):
    pouf = craft_product(title="Pouf en cuir brodé", stock=0, lead_time_days=21)
    with translation.override(language):
        url = pouf.get_absolute_url()

    product_page = client.get(url).content.decode()
    response = add_to_basket_in(client, pouf, language=language)
    basket_page = client.get(f"/{language}/shop/basket/").content.decode()

    assert LEAD_TIME_21[language] in product_page
    assert f'action="/{language}/shop/basket/add/{pouf.pk}/"' in product_page
    assert response.status_code == 302
    assert basket_lines(client) == [("Pouf en cuir brodé", 1)]
    assert LEAD_TIME_21[language] in basket_page


def test_ordering_a_made_to_order_product_allocates_no_stock_but_a_ready_made_one_does(client, morocco):
    pouf = craft_product(title="Pouf en cuir brodé", stock=None, lead_time_days=10)
    cushion = craft_product(title="Coussin brodé", stock=4)
    add_to_basket_in(client, pouf, quantity=3)
    add_to_basket_in(client, cushion, quantity=2)

    guest_checkout(client)

    order = Order.objects.get()
    assert sorted((line.product.title, line.quantity) for line in order.lines.all()) == [
        ("Coussin brodé", 2), ("Pouf en cuir brodé", 3)
    ]
    pouf_stock, cushion_stock = pouf.stockrecords.get(), cushion.stockrecords.get()
    assert (pouf_stock.num_in_stock, pouf_stock.num_allocated or 0) == (None, 0)
    assert (cushion_stock.num_in_stock, cushion_stock.num_allocated) == (4, 2)


def test_a_made_to_order_product_is_limited_to_a_reasonable_quantity_per_order(client):
    pouf = craft_product(title="Pouf en cuir brodé", stock=0, lead_time_days=21)

    response = add_to_basket_in(client, pouf, quantity=11)

    follow = client.get(response.url)
    assert "Fait main sur commande : 10 au plus par commande. Écrivez-nous pour davantage." in messages_of(follow)
    assert basket_lines(client) == []


def test_a_ready_made_product_cannot_be_put_in_the_basket_beyond_its_stock(client):
    cushion = craft_product(title="Coussin brodé", stock=2)

    refused = add_to_basket_in(client, cushion, quantity=3)
    assert "2 au maximum peuvent être achetés" in messages_of(client.get(refused.url))
    assert basket_lines(client) == []

    add_to_basket_in(client, cushion, quantity=2)
    refused = add_to_basket_in(client, cushion, quantity=1)
    assert "2 au maximum peuvent être achetés" in messages_of(client.get(refused.url))
    assert basket_lines(client) == [("Coussin brodé", 2)]


def test_a_sold_out_ready_made_product_cannot_be_bought(client):
    cushion = craft_product(title="Coussin brodé", stock=0)

    page = client.get(cushion.get_absolute_url()).content.decode()
    refused = add_to_basket_in(client, cushion)

    assert f'action="/fr/shop/basket/add/{cushion.pk}/"' not in page
    assert "pas de stock disponible" in messages_of(client.get(refused.url))
    assert basket_lines(client) == []


@pytest.mark.parametrize(
    "days, language, sentence",
    [
        (1, "fr", "Fait sur commande : prêt à expédier sous 1 jour"),
        (14, "fr", "Fait sur commande : prêt à expédier sous 14 jours"),
        (1, "en", "Made to order: ready to ship in 1 day"),
        (3, "ar", "مصنوع حسب الطلب: جاهز للشحن خلال 3 أيام"),
    ],
)
def test_the_lead_time_sentence_for_order_emails_is_plain_text_in_the_buyers_language(days, language, sentence):
    pouf = craft_product(lead_time_days=days)

    with translation.override(language):
        text = render_to_string("shop/includes/lead_time.html", {"product": pouf})

    assert text.strip() == sentence


def test_the_lead_time_sentence_is_empty_for_a_ready_made_or_missing_product():
    cushion = craft_product(stock=3)

    assert render_to_string("shop/includes/lead_time.html", {"product": cushion}).strip() == ""
    assert render_to_string("shop/includes/lead_time.html", {"product": None}).strip() == ""
