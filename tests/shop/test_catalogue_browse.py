"""A visitor browses the shop's catalogue and its categories and sees the products, page by page."""

import pytest
from oscar.apps.catalogue.categories import create_from_breadcrumbs
from oscar.core.loading import get_model

from tests import factories

ProductCategory = get_model("catalogue", "ProductCategory")

pytestmark = pytest.mark.django_db


def in_category(product, name):
    category = create_from_breadcrumbs(name)
    ProductCategory.objects.create(product=product, category=category)
    return category


def test_the_catalogue_lists_every_public_product(client):
    carpet = factories.product_in_stock(title="Tapis hanbel", upc="T-1")
    oil = factories.product_in_stock(title="Huile d'argan", upc="H-1")
    hidden = factories.product_in_stock(title="Brouillon caché", upc="B-1")
    hidden.is_public = False
    hidden.save()

    html = client.get("/fr/shop/catalogue/").content.decode()

    assert "Tapis hanbel" in html and "Huile d&#x27;argan" in html
    assert "Brouillon caché" not in html
    assert carpet.get_absolute_url() in html and oil.get_absolute_url() in html


def test_a_category_lists_its_products_and_those_of_its_sub_categories(client):
    carpet = factories.product_in_stock(title="Tapis hanbel", upc="T-1")
    cushion = factories.product_in_stock(title="Coussin brodé", upc="C-1")
    oil = factories.product_in_stock(title="Huile d'argan", upc="H-1")
    textiles = in_category(carpet, "Textiles")
    in_category(cushion, "Textiles > Coussins")
    in_category(oil, "Cosmétiques")

    html = client.get(textiles.get_absolute_url()).content.decode()

    assert "Tapis hanbel" in html and "Coussin brodé" in html
    assert "argan" not in html


def test_the_catalogue_is_paginated_and_a_page_past_the_end_goes_back_to_the_first(client, settings):
    for number in range(30):
        factories.product_in_stock(title=f"Bol en terre {number:02d}", upc=f"BOL-{number}")

    first = client.get("/fr/shop/catalogue/").content.decode()
    second = client.get("/fr/shop/catalogue/?page=2").content.decode()
    past_the_end = client.get("/fr/shop/catalogue/?page=99")

    assert first.count('<article class="product-card') == 24  # OSCAR_PRODUCTS_PER_PAGE
    assert second.count('<article class="product-card') == 6
    assert past_the_end.status_code == 302 and past_the_end["Location"] == "/fr/shop/catalogue/"


def test_the_catalogue_query_count_does_not_grow_with_its_products(client, django_assert_max_num_queries):
    for number in range(24):
        factories.product_in_stock(title=f"Panier en doum {number:02d}", upc=f"PAN-{number}")
    client.get("/fr/shop/catalogue/")  # warm sorl-thumbnail's cached key-value store

    with django_assert_max_num_queries(30):
        response = client.get("/fr/shop/catalogue/")

    assert response.content.decode().count('<article class="product-card') == 24
