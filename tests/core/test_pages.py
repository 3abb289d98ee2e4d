"""The site's pages in each language, sharing one layout between Wagtail and Oscar."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from tests.journeys import add_to_basket

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "language, direction, greeting",
    [("fr", "ltr", "Panier"), ("ar", "rtl", "السلة"), ("en", "ltr", "Basket")],
)
def test_home_page_renders_in_each_language(client, language, direction, greeting):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}" dir="{direction}"' in html
    assert greeting in html  # the header's basket summary, translated
    assert 'class="site-header"' in html and 'class="site-footer"' in html
    assert 'class="language-switcher"' in html


@pytest.mark.parametrize("accept, expected", [("ar,fr;q=0.5", "/ar/"), ("en-GB,en;q=0.9", "/en/"), ("de", "/fr/")])
def test_the_root_sends_visitors_to_their_language(client, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)

    assert response.status_code == 302
    assert response["Location"] == expected


def test_a_chosen_language_is_remembered_and_keeps_the_visitor_on_the_same_page(client, carpet):
    product_url = carpet.get_absolute_url()  # /fr/shop/catalogue/...
    response = client.post("/i18n/setlang/", {"language": "ar", "next": product_url})

    assert response.status_code == 302
    assert response["Location"] == product_url.replace("/fr/", "/ar/", 1)
    assert client.get("/").headers["Location"] == "/ar/"


def test_oscar_storefront_and_wagtail_pages_share_the_site_layout(client, carpet):
    for url in ["/fr/", reverse("catalogue:index"), carpet.get_absolute_url(), reverse("basket:summary")]:
        html = client.get(url).content.decode()
        assert 'class="site-header"' in html, url
        assert 'class="site-footer"' in html, url
        assert "site/css/site.css" in html, url


def test_the_header_basket_summary_shows_the_item_count_and_total(client, carpet):
    add_to_basket(client, carpet, quantity=2)

    with translation.override("fr"):
        html = client.get("/fr/").content.decode()
    summary = re.search(r'<a class="basket-summary".*?</a>', html, re.S).group(0)
    assert 'data-basket-count="2"' in summary
    assert "2 articles" in summary
    assert "3\u202f700,00\xa0MAD" in summary


@pytest.mark.parametrize("url", ["/fr/", "/ar/", "/fr/shop/catalogue/", "/fr/shop/basket/"])
def test_every_asset_is_served_by_the_project(client, carpet, url):
    html = client.get(url).content.decode()
    external = re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
    assert [link for link in external if not link.startswith("http://testserver")] == []


def test_shop_urls_live_under_the_language_prefix(client):
    assert reverse("catalogue:index") == "/fr/shop/catalogue/"
    with translation.override("ar"):
        assert reverse("basket:summary") == "/ar/shop/basket/"
    assert reverse("dashboard:index") == "/dashboard/"


def test_unknown_page_is_a_friendly_404(client):
    response = client.get("/fr/nulle-part/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()
