"""Zero, negative, fractional, missing or huge quantities, added from a product page or typed into the basket, get a
clear message in the visitor's language; the basket stays as it was and no page fails."""

import html

import pytest
from django.utils import translation
from oscar.core.loading import get_model

from tests.pricing_factories import add_to_basket_in, craft_product

Basket = get_model("basket", "Basket")

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def french_unless_the_url_says_otherwise():
    """Each request activates its URL's language and leaves it active: start every test from the default, French."""
    with translation.override("fr"):
        yield


@pytest.fixture
def carpet(db):
    return craft_product(title="Tapis hanbel", price="1850.00", stock=5)


def basket_contents():
    basket = Basket.objects.get(status="Open")
    return [(line.product.title, line.quantity) for line in basket.all_lines()]


def messages_of(response):
    return [str(message).strip() for message in response.context["messages"]]


# Oscar shows add-to-basket errors as escaped text inside an escaped message: the French wording avoids apostrophes.
AT_LEAST_ONE = "Indiquez une quantité égale ou supérieure à 1."
WHOLE_NUMBER = "Indiquez la quantité en nombre entier, par exemple 1 ou 2."
USE_REMOVE = "Pour retirer un article du panier, utilisez « Supprimer »."


@pytest.mark.parametrize(
    "quantity, message",
    [
        ("0", AT_LEAST_ONE),
        ("-1", AT_LEAST_ONE),
        ("1.5", WHOLE_NUMBER),
        ("1e3", WHOLE_NUMBER),
        ("deux", WHOLE_NUMBER),
        ("", "Indiquez une quantité."),
        ("6", "5 au maximum peuvent être achetés"),
        ("99999999999999999999", "En raison de limitations techniques nous ne pouvons pas acheminer plus de"),
    ],
)
def test_a_bad_quantity_added_from_the_product_page_is_refused_with_a_clear_message(client, carpet, quantity,
                                                                                     message):
    add_to_basket_in(client, carpet)

    response = add_to_basket_in(client, carpet, quantity=quantity)

    assert response.status_code == 302
    page = client.get(response.url)
    assert page.status_code == 200
    assert any(text.startswith(message) for text in messages_of(page)), messages_of(page)
    assert message in html.unescape(page.content.decode())  # as the buyer reads it (escaped once, not twice)
    assert basket_contents() == [("Tapis hanbel", 1)]


def test_a_bad_quantity_is_refused_in_arabic_on_the_arabic_site(client, carpet):
    response = add_to_basket_in(client, carpet, quantity="-1", language="ar")

    assert messages_of(client.get(response.url)) == ["أدخل كمية لا تقل عن 1."]


def update_line(client, quantity, language="fr", delete=False):
    line = Basket.objects.get(status="Open").all_lines()[0]
    data = {
        "form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "1", "form-MIN_NUM_FORMS": "0", "form-MAX_NUM_FORMS": "1000",
        "form-0-id": str(line.pk), "form-0-quantity": quantity,
    }
    if delete:
        data["form-0-DELETE"] = "on"
    return client.post(f"/{language}/shop/basket/", data)


@pytest.mark.parametrize(
    "quantity, error",
    [
        ("0", f"{AT_LEAST_ONE} {USE_REMOVE}"),
        ("-2", f"{AT_LEAST_ONE} {USE_REMOVE}"),
        ("2.5", WHOLE_NUMBER),
        ("", f"Indiquez une quantité. {USE_REMOVE}"),
        ("6", "5 au maximum peuvent être achetés"),
        ("99999999999999999999", "5 au maximum peuvent être achetés"),
    ],
)
def test_a_bad_quantity_typed_into_the_basket_is_refused_and_the_basket_is_kept(client, carpet, quantity, error):
    add_to_basket_in(client, carpet, quantity=2)

    response = update_line(client, quantity)

    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    assert error in page
    assert f'value="{quantity}"' in page  # what was typed is shown again, next to the message
    assert basket_contents() == [("Tapis hanbel", 2)]


def test_a_bad_quantity_typed_into_the_basket_is_explained_in_arabic(client, carpet):
    add_to_basket_in(client, carpet, quantity=2)

    response = update_line(client, "0", language="ar")

    assert "أدخل كمية لا تقل عن 1. لإخراج منتج من سلتك، استعمل «إزالة»." in html.unescape(response.content.decode())
    assert basket_contents() == [("Tapis hanbel", 2)]


def test_a_good_quantity_updates_the_basket_and_remove_still_takes_the_item_out(client, carpet):
    add_to_basket_in(client, carpet, quantity=2)

    assert update_line(client, "3").status_code == 302
    assert basket_contents() == [("Tapis hanbel", 3)]

    assert update_line(client, "3", delete=True).status_code == 302
    assert basket_contents() == []
