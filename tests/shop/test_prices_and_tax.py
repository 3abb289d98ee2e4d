"""Prices are in dirhams, VAT included, at the VAT rate of the product's class, and read naturally in each language."""

import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model

from tests.journeys import guest_checkout
from tests.pricing_factories import add_to_basket_in, craft_product, vat_rate

Order = get_model("order", "Order")
ProductClass = get_model("catalogue", "ProductClass")
VatRate = get_model("partner", "VatRate")

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def french_unless_the_url_says_otherwise():
    """Each request activates its URL's language and leaves it active: start every test from the default, French."""
    with translation.override("fr"):
        yield

# Oscar's `currency` filter with the project's pattern (OSCAR_CURRENCY_FORMAT): amount then currency in every
# language, with each language's separators and symbol (fr groups with a narrow no-break space; the `ar` locale
# writes Western digits and the dirham's Arabic symbol, which ends with a right-to-left mark).
AMOUNT_1250 = {
    "fr": "1\u202f250,00\xa0MAD",
    "ar": "1,250.00\xa0د.م.\u200f",
    "en": "1,250.00\xa0MAD",
}


def vat_row(html):
    match = re.search(r'<tr class="basket-vat">(.*?)</tr>', html, re.S)
    assert match, "the totals have no VAT line"
    # Collapse the template's layout whitespace, not the no-break spaces inside amounts.
    return re.sub(r"[ \t\n]+", " ", re.sub(r"<[^>]+>", " ", match.group(1))).strip()


def url_in(language, product):
    with translation.override(language):
        return product.get_absolute_url()


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_prices_read_in_the_visitors_language_on_the_product_page_and_in_the_basket(client, language):
    product = craft_product(title="Tapis de prière", price="1250.00")

    product_page = client.get(url_in(language, product)).content.decode()
    add_to_basket_in(client, product, language=language)
    basket_page = client.get(f"/{language}/shop/basket/").content.decode()

    assert AMOUNT_1250[language] in product_page
    assert AMOUNT_1250[language] in basket_page
    # A thousand dirhams in another language's format would mean the wrong locale was used.
    for other, amount in AMOUNT_1250.items():
        if other != language:
            assert amount not in basket_page


@pytest.mark.parametrize(
    "rate, price, shown, vat, excl_tax, tax_code",
    [
        (None, "1200.00", "1\u202f200,00", "200,00", "1000.00", "vat-20"),  # no rate of its own: Morocco's 20 %
        ("0", "1200.00", "1\u202f200,00", "0,00", "1200.00", "vat-0"),  # an exempt craft
        ("10", "1100.00", "1\u202f100,00", "100,00", "1000.00", "vat-10"),
    ],
)
def test_the_price_shown_includes_the_vat_of_the_products_class(client, morocco, rate, price, shown, vat, excl_tax,
                                                                 tax_code):
    if rate is not None:
        vat_rate("Poterie", rate)
    product = craft_product(price=price, product_class="Poterie")

    assert f"{shown}\xa0MAD" in client.get(url_in("fr", product)).content.decode()
    add_to_basket_in(client, product)
    basket_page = client.get("/fr/shop/basket/").content.decode()
    assert vat_row(basket_page) == f"Dont TVA {vat}\xa0MAD"

    guest_checkout(client)
    order = Order.objects.get()
    line = order.lines.get()
    assert order.total_incl_tax == Decimal(price)  # the buyer pays the price shown, to the centime
    assert order.total_excl_tax == Decimal(excl_tax)
    assert line.tax_code == tax_code


def test_rounding_never_changes_the_price_the_buyer_pays(client, morocco):
    product = craft_product(price="99.99")  # 83.325 excl. tax: the VAT part absorbs the rounding

    add_to_basket_in(client, product, quantity=3)
    guest_checkout(client)

    order = Order.objects.get()
    assert order.total_incl_tax == Decimal("299.97")
    assert order.total_excl_tax == Decimal("249.99")
    assert order.lines.get().unit_price_excl_tax == Decimal("83.33")


def test_staff_set_a_classes_vat_rate_in_wagtails_admin_and_prices_follow(client, administrator):
    product = craft_product(price="600.00", product_class="Cosmétiques naturels")
    product_class = ProductClass.objects.get(name="Cosmétiques naturels")
    client.force_login(administrator)

    assert client.get(reverse("vat_rates:index")).status_code == 200
    refused = client.post(reverse("vat_rates:add"), {"product_class": product_class.pk, "rate": "150"})
    assert refused.status_code == 200 and not VatRate.objects.exists()
    response = client.post(reverse("vat_rates:add"), {"product_class": product_class.pk, "rate": "7"})
    assert response.status_code == 302

    add_to_basket_in(client, product)
    assert vat_row(client.get("/en/shop/basket/").content.decode()) == "Including VAT 39.25\xa0MAD"


def test_vat_rates_are_read_once_per_page_however_many_products(client):
    vat_rate("Cuir", "20")
    vat_rate("Bijoux", "0")
    for index, product_class in enumerate(["Cuir", "Bijoux", "Melhfa", "Tapis"]):
        add_to_basket_in(client, craft_product(title=f"Objet {index}", price="100.00", product_class=product_class))

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/fr/shop/basket/")

    assert response.status_code == 200
    assert len([query for query in queries if "partner_vatrate" in query["sql"]]) == 1
