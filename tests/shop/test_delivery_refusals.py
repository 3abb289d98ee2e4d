"""Delivery refused with a clear reason before payment: a country we do not deliver to, a parcel too heavy for its
zone (also when the basket grows after delivery was chosen), an invalid postcode or an unknown country."""

from decimal import Decimal

import pytest
from oscar.core.loading import get_model

from tests.pricing_factories import (
    add_to_basket_in,
    address_in,
    country,
    craft_product,
    landed_on,
    post_shipping_address,
)
from tests.shop.test_shipping import chosen_delivery

Order = get_model("order", "Order")
Basket = get_model("basket", "Basket")

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("french_unless_the_url_says_otherwise")]


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


@pytest.mark.parametrize(
    "language, reason",
    [
        ("fr", "Nous ne livrons pas encore dans ce pays : Japon. Merci de choisir une autre adresse."),
        ("ar", "لا نوصل بعد إلى هذا البلد: اليابان. يرجى اختيار عنوان آخر."),
        ("en", "We do not deliver to this country yet: Japan. Please choose another address."),
    ],
)
def test_a_country_we_do_not_deliver_to_is_refused_before_payment_with_the_reason(client, configured, language,
                                                                                 reason):
    country("JP")
    carpet = craft_product(weight_grams=800)
    add_to_basket_in(client, carpet, quantity=2)

    response = post_shipping_address(client, address_in("JP"), language=language)

    assert landed_on(response, "checkout:shipping-address"), response.redirect_chain
    assert messages_of(response).count(reason) == 1
    assert 'value="Benali"' in response.content.decode()  # what the buyer typed is still there
    payment = client.get(f"/{language}/shop/checkout/payment-details/")
    assert payment.status_code == 302 and "payment-details" not in payment.url
    assert not Order.objects.exists()
    assert [(line.product, line.quantity) for line in Basket.objects.get().lines.all()] == [(carpet, 2)]


def test_a_parcel_too_heavy_for_international_delivery_is_refused_with_the_reason(client, configured):
    add_to_basket_in(client, craft_product(weight_grams=12500), quantity=2)  # 25 kg; the US zone stops at 20 kg

    response = post_shipping_address(client, address_in("US"))

    assert landed_on(response, "checkout:shipping-address"), response.redirect_chain
    assert (
        "Votre colis pèse 25 kg : trop lourd pour une livraison dans ce pays (États-Unis : 20 kg au maximum). "
        "Retirez quelques articles ou choisissez une autre adresse."
    ) in messages_of(response)
    assert not Order.objects.exists()

    # The same basket can still go to Morocco, where Amana carries up to 30 kg.
    method, shipping = chosen_delivery(post_shipping_address(client, address_in("MA")))
    assert (method.code, shipping.incl_tax) == (configured["amana"].code, Decimal("190"))


def test_a_basket_grown_too_heavy_after_choosing_delivery_is_stopped_before_payment_with_the_reason(client,
                                                                                                  configured):
    carpet = craft_product(weight_grams=12500, stock=5)
    add_to_basket_in(client, carpet)
    chosen_delivery(post_shipping_address(client, address_in("FR")))

    add_to_basket_in(client, carpet, quantity=2)  # 37.5 kg; Europe stops at 30 kg
    response = client.get("/fr/shop/checkout/payment-details/", follow=True)

    assert not landed_on(response, "checkout:payment-details"), response.redirect_chain
    reason = ("Votre colis pèse 37,5 kg : trop lourd pour une livraison dans ce pays (France : 30 kg au maximum). "
              "Retirez quelques articles ou choisissez une autre adresse.")
    assert messages_of(response).count(reason) == 1
    assert not Order.objects.exists()


@pytest.mark.parametrize("postcode", ["1234", "730000", "ABCDE"])
def test_an_invalid_moroccan_postcode_is_refused_at_the_address_step(client, configured, postcode):
    add_to_basket_in(client, craft_product())

    response = post_shipping_address(client, address_in("MA", postcode=postcode))

    assert response.status_code == 200 and not response.redirect_chain
    html = response.content.decode()
    assert f"Le code postal &#x27;{postcode}&#x27; n&#x27;est pas valide pour Maroc" in html
    assert 'value="Benali"' in html


def test_an_unknown_country_is_refused_at_the_address_step(client, configured):
    add_to_basket_in(client, craft_product())

    response = post_shipping_address(client, address_in("MA", country="ZZ"))

    assert response.status_code == 200 and not response.redirect_chain
    assert "Sélectionnez un choix valide" in response.content.decode()
