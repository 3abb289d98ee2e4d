"""Builders for the prices, tax, shipping and basket tests: products with our fields, VAT rates, countries, Oscar
weight-based delivery methods with their bands, a cooperative with a workshop address, and the checkout steps up to
the choice of a shipping method (through real HTTP)."""

import itertools
from decimal import Decimal

from django.urls import reverse
from oscar.core.loading import get_model
from wagtail.models import Site

from cooperatives.models import CooperativePage, RegionPage
from shop import new_products
from shop.new_products import make_product
from tests import factories
from tests.journeys import GUEST_ADDRESS

Country = get_model("address", "Country")
ProductClass = get_model("catalogue", "ProductClass")
VatRate = get_model("partner", "VatRate")
WeightBased = get_model("shipping", "WeightBased")
DeliverySettings = get_model("shipping", "DeliverySettings")

_counter = itertools.count(1)

COUNTRY_NAMES = {
    "MA": "Maroc", "FR": "France", "ES": "Espagne", "SN": "Sénégal", "AE": "Émirats arabes unis", "US": "États-Unis",
    "CA": "Canada", "JP": "Japon",
}


def craft_product(title="Tapis hanbel", price="1200.00", stock=5, weight_grams=None, lead_time_days=None,
                  product_class="Tapis", maker="Coopérative Test Tissage"):
    """A public product with a MAD stock record from `maker`, in the product class named `product_class`."""
    return make_product(
        title, Decimal(price), factories.maker(maker), stock=stock,
        product_class=new_products.product_class(product_class), upc=f"TEST-{next(_counter)}",
        weight_grams=weight_grams, lead_time_days=lead_time_days,
    )


def vat_rate(product_class_name, rate):
    product_class, __ = ProductClass.objects.get_or_create(name=product_class_name)
    return VatRate.objects.create(product_class=product_class, rate=Decimal(rate))


def country(code):
    found, __ = Country.objects.get_or_create(
        iso_3166_1_a2=code,
        defaults={"printable_name": COUNTRY_NAMES.get(code, code), "name": COUNTRY_NAMES.get(code, code),
                  "is_shipping_country": True},
    )
    return found


def delivery_method(name, countries, bands, default_weight="1.000"):
    """An Oscar weight-based method serving `countries`, with (upper limit in kg, charge) bands."""
    method = WeightBased.objects.create(name=name, default_weight=Decimal(default_weight))
    method.countries.set([country(code) for code in countries])
    for upper_limit, charge in bands:
        method.bands.create(upper_limit=Decimal(upper_limit), charge=Decimal(charge))
    return method


def zones():
    """Amana in Morocco and the three international zones, as staff would set them up in the dashboard."""
    return {
        "amana": delivery_method("Amana Maroc", ["MA"], [("1", "30"), ("5", "60"), ("30", "190")]),
        "europe": delivery_method("International Europe", ["FR", "ES"], [("1", "250"), ("5", "600"), ("30", "2200")]),
        "africa": delivery_method("International Afrique Moyen-Orient", ["SN", "AE"],
                                  [("1", "280"), ("5", "700"), ("30", "2600")]),
        "world": delivery_method("International reste du monde", ["US", "CA"],
                                 [("1", "360"), ("5", "900"), ("20", "2500")]),
    }


def delivery_settings(**fields):
    rules = DeliverySettings.load()
    for name, value in fields.items():
        setattr(rules, name, value)
    rules.save()
    return rules


def cooperative_with_workshop(maker_name, address="Quartier Al Massira, Dakhla", opening_hours="9 h – 18 h"):
    home = Site.objects.get(is_default_site=True).root_page
    region = RegionPage(title="Dakhla-Oued Eddahab", slug=f"region-{next(_counter)}", introduction="Désert et océan.")
    home.add_child(instance=region)
    partner = factories.maker(maker_name)
    cooperative = CooperativePage(
        title=maker_name, slug=f"cooperative-{next(_counter)}", introduction="Tissage.", address=address,
        opening_hours=opening_hours, partner=partner,
    )
    region.add_child(instance=cooperative)
    return cooperative


PHONES = {
    "MA": "+212 661 234 567", "FR": "+33 6 12 34 56 78", "ES": "+34 612 34 56 78", "SN": "+221 77 123 45 67",
    "AE": "+971 50 123 4567", "US": "+1 650 253 0000", "CA": "+1 416 555 0199", "JP": "+81 3 1234 5678",
}


def address_in(code, **fields):
    """The journeys' guest address, moved to another country (no postcode outside Morocco: it is optional)."""
    address = dict(GUEST_ADDRESS, country=code, postcode="73000" if code == "MA" else "", phone_number=PHONES[code])
    address.update(fields)
    return address


def post_shipping_address(client, address, language="fr", email="acheteur@example.ma"):
    """A guest's checkout up to the shipping address; returns the response after following redirects."""
    prefix = f"/{language}/shop/checkout/"
    response = client.post(prefix, {"username": email, "options": "anonymous"})
    assert response.status_code == 302, response.content[:2000]
    return client.post(f"{prefix}shipping-address/", address, follow=True)


def add_to_basket_in(client, product, quantity=1, language="fr"):
    """Oscar's add-to-basket form, posted from a page in `language` (so its messages are in that language)."""
    return client.post(f"/{language}/shop/basket/add/{product.pk}/", {"quantity": quantity})


def landed_on(response, url_name):
    return response.redirect_chain and response.redirect_chain[-1][0].endswith(reverse(url_name))
