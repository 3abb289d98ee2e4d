"""Delivery: Amana in Morocco and three international zones priced by weight band, free home delivery in Morocco
from a threshold, free pick-up, and what staff set up. A basket that cannot be delivered is refused before payment:
test_delivery_refusals.py."""

from decimal import Decimal

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from demo.shipping import load_shipping
from tests.pricing_factories import (
    add_to_basket_in,
    address_in,
    cooperative_with_workshop,
    country,
    craft_product,
    delivery_settings,
    landed_on,
    post_shipping_address,
)

WeightBased = get_model("shipping", "WeightBased")
DeliverySettings = get_model("shipping", "DeliverySettings")

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("french_unless_the_url_says_otherwise")]


def chosen_delivery(response):
    """With one method on offer it is chosen for the buyer; the payment step's totals then carry its charge."""
    assert landed_on(response, "checkout:payment-details"), (response.redirect_chain, response.content[:3000])
    return response.context["shipping_method"], response.context["shipping_charge"]


def offered_methods(response):
    assert landed_on(response, "checkout:shipping-method"), (response.redirect_chain, response.content[:3000])
    return {method.code: method for method in response.context["methods"]}


@pytest.mark.parametrize(
    "weight_grams, quantity, charge",
    [
        (800, 1, "30"),  # up to 1 kg
        (800, 2, "60"),  # 1.6 kg: the 1–5 kg band
        (6000, 1, "190"),  # the 5–30 kg band
        (None, 3, "60"),  # no weight given: the method's default weight, 1 kg each
    ],
)
def test_amana_home_delivery_in_morocco_is_priced_by_weight_band(client, configured, weight_grams, quantity, charge):
    add_to_basket_in(client, craft_product(weight_grams=weight_grams, price="300.00"), quantity=quantity)

    method, shipping = chosen_delivery(post_shipping_address(client, address_in("MA")))

    assert method.code == configured["amana"].code
    assert shipping.incl_tax == Decimal(charge)


@pytest.mark.parametrize(
    "code, weight_grams, zone, charge",
    [
        ("FR", 800, "europe", "250"),
        ("ES", 3000, "europe", "600"),
        ("SN", 800, "africa", "280"),
        ("AE", 12000, "africa", "2600"),
        ("US", 800, "world", "360"),
        ("CA", 15000, "world", "2500"),
    ],
)
def test_international_delivery_is_priced_by_zone_and_weight_band(client, configured, code, weight_grams, zone,
                                                                  charge):
    add_to_basket_in(client, craft_product(weight_grams=weight_grams, price="300.00"))

    method, shipping = chosen_delivery(post_shipping_address(client, address_in(code)))

    assert method.code == configured[zone].code
    assert shipping.incl_tax == Decimal(charge)


def test_home_delivery_in_morocco_is_free_from_the_threshold_but_not_abroad(client, configured):
    delivery_settings(morocco_free_delivery_threshold=Decimal("1000.00"))
    carpet = craft_product(weight_grams=800, price="1200.00")
    add_to_basket_in(client, carpet)

    __, at_home = chosen_delivery(post_shipping_address(client, address_in("MA")))
    __, abroad = chosen_delivery(post_shipping_address(client, address_in("FR")))

    assert at_home.incl_tax == 0
    assert abroad.incl_tax == Decimal("250")


def test_below_the_threshold_the_basket_shows_the_charge_and_what_makes_delivery_free(client, configured):
    delivery_settings(morocco_free_delivery_threshold=Decimal("1000.00"))
    add_to_basket_in(client, craft_product(weight_grams=800, price="900.00"))

    response = client.get("/fr/shop/basket/")

    html = response.content.decode()
    assert response.context["shipping_charge"].incl_tax == Decimal("30")
    assert "Amana Maroc" in html and "30,00\xa0MAD" in html
    assert "Livraison à domicile gratuite au Maroc dès <bdi>1\u202f000,00\xa0MAD</bdi>." in html


def test_pickup_at_the_cooperatives_workshop_or_the_regional_showroom_is_free_in_morocco(client, configured):
    cooperative_with_workshop("Coopérative Nour", address="Quartier Al Massira, Dakhla")
    delivery_settings(showroom_name="Showroom de l'artisanat", showroom_address="Centre-ville, Dakhla")
    add_to_basket_in(client, craft_product(maker="Coopérative Nour", weight_grams=800))

    response = post_shipping_address(client, address_in("MA"))

    methods = offered_methods(response)
    assert list(methods) == [configured["amana"].code, "pickup-workshop", "pickup-showroom"]
    html = response.content.decode()
    assert "Retrait gratuit à l&#x27;atelier de Coopérative Nour" in html
    assert "Quartier Al Massira, Dakhla" in html
    assert "Retrait gratuit au showroom régional : Showroom de l&#x27;artisanat" in html

    response = client.post("/fr/shop/checkout/shipping-method/", {"method_code": "pickup-workshop"}, follow=True)
    method, shipping = chosen_delivery(response)
    assert method.name == "Retrait gratuit à l'atelier de Coopérative Nour"
    assert shipping.incl_tax == 0


def test_the_workshop_pickup_is_offered_only_for_a_basket_from_that_one_cooperative(client, configured):
    cooperative_with_workshop("Coopérative Nour")
    delivery_settings(showroom_name="Showroom de l'artisanat", showroom_address="Centre-ville, Dakhla")
    add_to_basket_in(client, craft_product(maker="Coopérative Nour", weight_grams=800))
    add_to_basket_in(client, craft_product(maker="Atelier Salma", weight_grams=800))

    methods = offered_methods(post_shipping_address(client, address_in("MA")))

    assert list(methods) == [configured["amana"].code, "pickup-showroom"]


def test_pickup_is_not_offered_for_an_address_abroad(client, configured):
    delivery_settings(showroom_name="Showroom de l'artisanat", showroom_address="Centre-ville, Dakhla")
    add_to_basket_in(client, craft_product(weight_grams=800))

    method, __ = chosen_delivery(post_shipping_address(client, address_in("FR")))

    assert method.code == configured["europe"].code


def test_staff_set_up_a_zone_and_its_weight_bands_in_oscars_dashboard(client, administrator):
    morocco = country("MA")
    client.force_login(administrator)

    response = client.post(reverse("dashboard:shipping-method-create"), {
        "name": "Amana Maroc", "description": "Livraison à domicile", "default_weight": "1.000",
        "countries": [morocco.pk],
    })
    assert response.status_code == 302
    method = WeightBased.objects.get()
    detail = reverse("dashboard:shipping-method-detail", kwargs={"pk": method.pk})
    assert client.post(detail, {"upper_limit": "10", "charge": "45.00"}).status_code == 302
    client.logout()

    add_to_basket_in(client, craft_product(weight_grams=2000))
    __, shipping = chosen_delivery(post_shipping_address(client, address_in("MA")))
    assert shipping.incl_tax == Decimal("45.00")


def test_staff_set_the_threshold_and_the_showroom_in_wagtails_settings(client, administrator):
    client.force_login(administrator)
    form = client.get(reverse("wagtailsettings:edit", args=["shipping", "deliverysettings"]), follow=True)
    assert form.status_code == 200
    url = form.redirect_chain[-1][0] if form.redirect_chain else form.request["PATH_INFO"]

    response = client.post(url, {
        "morocco_free_delivery_threshold": "750.00", "workshop_pickup": "on", "showroom_name": "Showroom de Dakhla",
        "showroom_address": "Centre-ville, Dakhla", "showroom_opening_hours": "",
    })

    assert response.status_code == 302
    rules = DeliverySettings.load()
    assert rules.morocco_free_delivery_threshold == Decimal("750.00")
    assert rules.offers_showroom_pickup


def test_choosing_delivery_stays_within_a_query_budget_for_a_basket_of_four_makers_products(
        client, configured, django_assert_max_num_queries):
    delivery_settings(showroom_name="Showroom de l'artisanat", showroom_address="Centre-ville, Dakhla")
    for index in range(4):
        add_to_basket_in(client, craft_product(title=f"Objet {index}", weight_grams=500, maker=f"Atelier {index}"))
    post_shipping_address(client, address_in("MA"))

    with django_assert_max_num_queries(36):
        response = client.get("/fr/shop/checkout/shipping-method/")

    assert response.status_code == 200


def test_the_demo_delivery_setup_loads_twice_without_duplicates_and_serves_each_zone(client):
    load_shipping()
    load_shipping()

    assert WeightBased.objects.count() == 4
    assert sorted(method.bands.count() for method in WeightBased.objects.all()) == [6, 6, 7, 7]
    add_to_basket_in(client, craft_product(weight_grams=800))
    for code, zone in [("FR", "Europe"), ("SN", "Afrique"), ("JP", "reste du monde")]:
        method, __ = chosen_delivery(post_shipping_address(client, address_in(code)))
        assert zone in method.name
    methods = offered_methods(post_shipping_address(client, address_in("MA")))
    assert "pickup-showroom" in methods
