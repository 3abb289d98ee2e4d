"""A product's shop page says who made it (artisan card, cooperative, craft, region) and carries schema.org Product
JSON-LD with its Offer."""

import json
import re

import pytest
from django.utils import translation

from tests import shop_factories

pytestmark = pytest.mark.django_db


def section(html, css_class):
    found = re.search(rf'<section class="{css_class}".*?</section>', html, re.S)
    return found.group(0) if found else ""


def structured_data(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def product_jsonld(html):
    products = [data for data in structured_data(html) if data.get("@type") == "Product"]
    assert len(products) == 1, products
    return products[0]


def visit(client, product):
    with translation.override("fr"):
        response = client.get(product.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def weaving():
    return shop_factories.craft("Tissage de tapis", "tissage-de-tapis")


@pytest.fixture
def cooperative_member(weaving):
    """Home > Dakhla-Oued Eddahab > Coopérative Nour (Oscar partner) > Fatimetou, with a portrait."""
    partner = shop_factories.partner("Coopérative Nour")
    region = shop_factories.region()
    cooperative = shop_factories.cooperative(region, partner=partner)
    portrait = shop_factories.site_image()
    artisan = shop_factories.artisan(cooperative, portrait=portrait, crafts=[weaving])
    carpet = shop_factories.product(partner=partner, artisan=artisan, craft=weaving, upc="DM-TAP-001")
    return {"region": region, "cooperative": cooperative, "artisan": artisan, "carpet": carpet}


def test_the_product_page_shows_the_artisan_card_linking_to_the_profile(client, cooperative_member):
    html = visit(client, cooperative_member["carpet"])

    makers = section(html, "product-makers")
    artisan = cooperative_member["artisan"]
    assert f'href="{artisan.url}"' in makers
    assert "Fatimetou Mint Ahmed" in makers
    assert "Tissage de tapis" in makers  # the artisan's crafts
    picture = re.search(r"<picture>.*?</picture>", makers, re.S).group(0)
    assert 'type="image/avif"' in picture and 'type="image/webp"' in picture
    portrait = re.search(r'<img [^>]*alt="([^"]+)"[^>]*>', picture)
    assert portrait.group(1) == "Portrait de l&#x27;artisane devant son métier à tisser"
    assert 'width="160"' in portrait.group(0) and 'height="160"' in portrait.group(0)


def test_the_product_page_names_the_cooperative_the_craft_and_the_region(client, cooperative_member):
    makers = section(visit(client, cooperative_member["carpet"]), "product-makers")

    assert f'<a href="{cooperative_member["cooperative"].url}">Coopérative Nour</a>' in makers
    assert f'<a href="{cooperative_member["region"].url}">Dakhla-Oued Eddahab</a>' in makers
    assert re.search(r"product-makers__fact--craft.*?Tissage de tapis", makers, re.S)


def test_an_artisan_without_a_portrait_still_gets_a_card(client, weaving):
    region = shop_factories.region()
    artisan = shop_factories.artisan(region, title="Brahim Ould Sidi", slug="brahim", crafts=[weaving])
    pouf = shop_factories.product(title="Pouf en cuir", artisan=artisan)

    makers = section(visit(client, pouf), "product-makers")

    assert "Brahim Ould Sidi" in makers and f'href="{artisan.url}"' in makers
    assert "<img" not in makers


def test_an_independent_artisan_who_supplies_the_product_is_shown_with_their_region(client, weaving):
    """No `artisan` set on the product: the artisan page whose Oscar partner sells it is the maker."""
    partner = shop_factories.partner("Atelier Brahim")
    region = shop_factories.region(title="Marrakech-Safi", slug="marrakech-safi")
    artisan = shop_factories.artisan(region, title="Brahim Ould Sidi", slug="brahim", partner=partner)
    pouf = shop_factories.product(title="Pouf en cuir", partner=partner, craft=weaving)

    makers = section(visit(client, pouf), "product-makers")

    assert f'href="{artisan.url}"' in makers
    assert f'<a href="{region.url}">Marrakech-Safi</a>' in makers
    assert "product-makers__fact--cooperative" not in makers


def test_the_cooperative_that_supplies_a_product_is_shown_when_no_artisan_is_known(client):
    partner = shop_factories.partner("GIE Melhfa Dakhla")
    region = shop_factories.region()
    cooperative = shop_factories.cooperative(region, title="GIE Melhfa Dakhla", slug="gie-melhfa", partner=partner)
    melhfa = shop_factories.product(title="Melhfa indigo", partner=partner)

    makers = section(visit(client, melhfa), "product-makers")

    assert f'<a href="{cooperative.url}">GIE Melhfa Dakhla</a>' in makers
    assert f'href="{region.url}"' in makers
    assert "maker-card" not in makers


def test_unpublished_maker_pages_are_not_shown(client, weaving):
    partner = shop_factories.partner("Coopérative Nour")
    region = shop_factories.region()
    cooperative = shop_factories.cooperative(region, partner=partner, live=False)
    artisan = shop_factories.artisan(cooperative, live=False)
    carpet = shop_factories.product(partner=partner, artisan=artisan, craft=weaving)

    html = visit(client, carpet)

    assert "Fatimetou" not in html and "Coopérative Nour</a>" not in html
    assert "Tissage de tapis" in section(html, "product-makers")  # the craft is still known


def test_a_product_nobody_is_known_to_have_made_still_renders(client):
    carpet = shop_factories.product()

    html = visit(client, carpet)

    assert section(html, "product-makers") == ""
    assert "Tapis hanbel en laine" in html


def test_the_product_page_carries_product_jsonld_with_its_offer(client, cooperative_member):
    carpet = cooperative_member["carpet"]

    data = product_jsonld(visit(client, carpet))

    assert data["@context"] == "https://schema.org"
    assert data["name"] == "Tapis hanbel en laine"
    assert data["sku"] == "DM-TAP-001"
    assert data["url"] == f"http://testserver{carpet.get_absolute_url()}"
    assert data["image"][0].startswith("http://testserver/media/")
    assert data["category"] == "Tissage de tapis"
    assert data["brand"] == {"@type": "Brand", "name": "Coopérative Nour"}
    offer = data["offers"]
    assert offer["@type"] == "Offer"
    assert offer["price"] == "1850.00"
    assert offer["priceCurrency"] == "MAD"
    assert offer["availability"] == "https://schema.org/InStock"
    assert offer["seller"] == {"@type": "Organization", "name": "Coopérative Nour"}


def test_a_sold_out_product_is_offered_as_out_of_stock(client):
    carpet = shop_factories.product(stock=0)

    offer = product_jsonld(visit(client, carpet))["offers"]

    assert offer["availability"] == "https://schema.org/OutOfStock"


def test_jsonld_cannot_be_broken_out_of_by_a_product_title(client):
    carpet = shop_factories.product(title="Tapis </script><script>alert(1)</script>")

    html = visit(client, carpet)

    assert "<script>alert(1)" not in html
    assert product_jsonld(html)["name"] == "Tapis </script><script>alert(1)</script>"


def test_a_made_to_order_product_is_offered_as_made_to_order(client):
    carpet = shop_factories.product(stock=0)
    carpet.lead_time_days = 21
    carpet.save()

    offer = product_jsonld(visit(client, carpet))["offers"]

    assert offer["availability"] == "https://schema.org/MadeToOrder"


def test_link_previews_get_the_product_title_picture_and_price(client, cooperative_member):
    carpet = cooperative_member["carpet"]

    html = visit(client, carpet)

    tags = dict(re.findall(r'<meta property="([^"]+)" content="([^"]*)">', html))
    assert tags["og:type"] == "product"
    assert tags["og:title"] == "Tapis hanbel en laine"
    assert tags["og:url"] == f"http://testserver{carpet.get_absolute_url()}"
    assert tags["og:image"].startswith("http://testserver/media/")
    assert tags["product:price:amount"] == "1850.00" and tags["product:price:currency"] == "MAD"
