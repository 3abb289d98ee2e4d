"""The site search (/<lang>/search/): one Wagtail index over products, artisans, cooperatives and stories. Queries
that are empty, huge, hostile or misspelt, and unknown filter values: test_search_bad_input.py."""

import datetime

import pytest
from django.db import connection
from oscar.core.loading import get_model

from tests import page_factories as pages
from tests.search_factories import product, search_url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("language_is_restored")]

Product = get_model("catalogue", "Product")
on_postgres = pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL's stemming (dakhla_search)")


def page_text(response):
    assert response.status_code == 200
    return response.content.decode()


def test_visitor_without_accents_finds_the_accented_product(client):
    product("Tapis berbère en laine")
    html = page_text(client.get(search_url(q="berbere")))
    assert "Tapis berbère en laine" in html


def test_visitor_with_accents_and_capitals_finds_the_plain_product(client):
    product("Plateau en cedre sculpte")
    assert "Plateau en cedre sculpte" in page_text(client.get(search_url(q="CÈDRE")))


def test_arabic_word_finds_the_arabic_product_and_story(client):
    product("زربية أمازيغية من الصوف")
    pages.story(title="حكاية الزربية الصحراوية", introduction="نساء ينسجن الصوف")
    product("Tapis sans rapport")
    html = page_text(client.get(search_url(lang="ar", q="زربية")))
    assert "زربية أمازيغية من الصوف" in html
    assert "Tapis sans rapport" not in html
    assert "نساء ينسجن الصوف" in page_text(client.get(search_url(lang="ar", q="الصوف")))


@on_postgres
def test_plural_finds_the_singular_on_postgresql(client):
    product("Bol en terre cuite")
    assert "Bol en terre cuite" in page_text(client.get(search_url(q="bols")))
    product("Deux poteries de Safi")
    assert "Deux poteries de Safi" in page_text(client.get(search_url(q="poterie")))


def test_start_of_an_artisan_name_finds_the_artisan(client):
    region = pages.region()
    pages.artisan(region, title="Fatimetou Mint Ahmed")
    html = page_text(client.get(search_url(q="Fatim")))
    assert "Fatimetou Mint Ahmed" in html
    assert "Artisans and cooperatives" in html or "Artisans et coopératives" in html


def test_products_artisans_cooperatives_and_stories_are_grouped(client):
    region = pages.region(title="Oued Eddahab")
    coop = pages.cooperative(region, title="Coopérative Tissage Sahara", introduction="Laine de chameau tissée.")
    pages.artisan(coop, title="Mariem Tissage", quote="Je tisse la laine de chameau.")
    pages.story(title="Le tissage au désert", introduction="La laine de chameau se tisse en hiver.")
    product("Couverture en laine de chameau")
    html = page_text(client.get(search_url(lang="en", q="chameau")))
    for text in ("Couverture en laine de chameau", "Coopérative Tissage Sahara", "Mariem Tissage",
                 "Le tissage au désert", "Products", "Stories"):
        assert text in html


def test_craft_filter_keeps_only_that_craft(client):
    weaving, pottery = pages.craft("Tissage"), pages.craft("Poterie")
    product("Coussin brodé rouge", craft=weaving)
    product("Vase brodé rouge", craft=pottery)
    html = page_text(client.get(search_url(q="rouge", craft=pottery.slug)))
    assert "Vase brodé rouge" in html and "Coussin brodé rouge" not in html


def test_region_filter_keeps_products_made_in_that_region(client):
    north, south = pages.region(title="Nord"), pages.region(title="Sud")
    product("Panier doum du nord", artisan=pages.artisan(north, title="Artisane Nord"))
    product("Panier doum du sud", artisan=pages.artisan(south, title="Artisane Sud"))
    html = page_text(client.get(search_url(q="panier", region=south.slug)))
    assert "Panier doum du sud" in html and "Panier doum du nord" not in html


def test_price_range_and_availability_filters(client):
    product("Lampe cuivre petite", price="100.00")
    product("Lampe cuivre grande", price="900.00")
    product("Lampe cuivre épuisée", price="300.00", stock=0)
    html = page_text(client.get(search_url(q="lampe", min_price="50", max_price="500")))
    assert "Lampe cuivre petite" in html and "Lampe cuivre épuisée" in html and "Lampe cuivre grande" not in html
    html = page_text(client.get(search_url(q="lampe", availability="available")))
    assert "Lampe cuivre petite" in html and "Lampe cuivre grande" in html and "Lampe cuivre épuisée" not in html


def test_made_to_order_products_count_as_available(client):
    product("Tapis sur commande zemmour", stock=0, lead_time_days=20)
    html = page_text(client.get(search_url(q="zemmour", availability="available")))
    assert "Tapis sur commande zemmour" in html


def positions(html, *titles):
    return [html.index(title) for title in titles]


def test_sorting_by_price_and_newest(client):
    cheap = product("Babouche jaune simple", price="120.00")
    dear = product("Babouche jaune brodée", price="480.00")
    Product.objects.filter(pk=cheap.pk).update(date_created=datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC))
    Product.objects.filter(pk=dear.pk).update(date_created=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))
    low, high = positions(page_text(client.get(search_url(q="babouche", sort="price"))),
                          "Babouche jaune simple", "Babouche jaune brodée")
    assert low < high
    low, high = positions(page_text(client.get(search_url(q="babouche", sort="-price"))),
                          "Babouche jaune simple", "Babouche jaune brodée")
    assert high < low
    old, new = positions(page_text(client.get(search_url(q="babouche", sort="newest"))),
                         "Babouche jaune simple", "Babouche jaune brodée")
    assert new < old


@pytest.mark.skipif(connection.vendor != "postgresql",
                    reason="Wagtail's SQLite FTS5 backend ranks with plain bm25(), without field boosts")
def test_relevance_puts_title_matches_first(client):
    product("Coffret en bois", description="Un coffret décoré de motifs de thuya.")
    product("Thuya de Essaouira sculpté", description="Bois précieux.")
    html = page_text(client.get(search_url(q="thuya")))
    title_hit, description_hit = positions(html, "Thuya de Essaouira sculpté", "Coffret en bois")
    assert title_hit < description_hit


def test_products_are_paginated_and_a_page_past_the_end_shows_the_last_page(client):
    for number in range(14):
        product(f"Perle ambre {number:02d}")
    first = page_text(client.get(search_url(lang="en", q="perle", sort="newest")))
    assert "14 products" in first and "Page 1 of 2" in first
    assert first.count('<article class="product-card') == 12
    assert "Perle ambre 13" in first and "Perle ambre 00" not in first
    second = page_text(client.get(search_url(lang="en", q="perle", sort="newest", page="2")))
    assert second.count('<article class="product-card') == 2
    assert "Perle ambre 00" in second and "Perle ambre 13" not in second
    past = page_text(client.get(search_url(lang="en", q="perle", sort="newest", page="99")))
    assert "There are not that many pages" in past
    assert "Perle ambre 00" in past


def test_results_page_speaks_the_visitors_language(client):
    product("Tajine de Safi")
    assert 'lang="ar"' in page_text(client.get(search_url(lang="ar", q="tajine")))
    english = page_text(client.get(search_url(lang="en", q="tajine")))
    assert 'lang="en"' in english and "Products" in english and 'href="/en/shop/' in english


def test_new_product_is_found_and_a_deleted_one_is_gone(client):
    assert "Théière argentée" not in page_text(client.get(search_url(q="theiere")))
    teapot = product("Théière argentée")
    assert "Théière argentée" in page_text(client.get(search_url(q="theiere")))
    teapot.delete()
    assert "Théière argentée" not in page_text(client.get(search_url(q="theiere")))


def test_hidden_product_is_not_found(client):
    product("Miroir caché", description="miroir")
    Product.objects.filter(title="Miroir caché").update(is_public=False)
    assert "Miroir caché" not in page_text(client.get(search_url(q="miroir")))


def test_unpublished_story_is_gone_and_republished_story_is_back(client):
    story = pages.story(title="La fantasia de Tan-Tan")
    assert "La fantasia de Tan-Tan" in page_text(client.get(search_url(q="fantasia")))
    story.unpublish()
    assert "La fantasia de Tan-Tan" not in page_text(client.get(search_url(q="fantasia")))
    story.save_revision().publish()
    assert "La fantasia de Tan-Tan" in page_text(client.get(search_url(q="fantasia")))


def test_edited_product_is_found_by_its_new_title(client):
    item = product("Pouf en cuir")
    item.title = "Pouf en peau de chèvre"
    item.save()
    assert "Pouf en peau de chèvre" in page_text(client.get(search_url(q="chevre")))


def test_oscar_product_search_leads_to_the_same_results(client):
    product("Collier touareg")
    response = client.get("/fr/shop/search/?q=touareg")
    assert response.status_code == 301 and response["Location"].startswith("/fr/search/?q=touareg")
    assert "Collier touareg" in page_text(client.get(response["Location"]))


def test_header_box_sends_to_the_results_page(client):
    html = page_text(client.get(search_url(q="x")))
    assert 'action="/fr/search/"' in html


@pytest.mark.parametrize("count", [5, 50])
def test_results_page_query_budget(client, django_assert_max_num_queries, count):
    region = pages.region(title="Région budget")
    weaving = pages.craft("Tissage budget")
    artisan = pages.artisan(region, title="Artisane Grenade", crafts=[weaving])
    pages.cooperative(region, title="Coopérative Grenade")
    pages.story(title="La grenade de Sefrou", crafts=[weaving], region_page=region)
    for number in range(count):
        item = product(f"Grenade décorative {number}", craft=weaving, artisan=artisan)
        if number < 3:
            pages.with_image(item)
    url = search_url(q="grenade")
    client.get(url)  # warm-up: sorl-thumbnail's kv-store, Wagtail's site root paths
    with django_assert_max_num_queries(25):
        html = page_text(client.get(url))
    assert "Grenade décorative" in html and "Artisane Grenade" in html and "La grenade de Sefrou" in html
    with django_assert_max_num_queries(25):
        page_text(client.get(search_url(q="grenade", craft=weaving.slug, region=region.slug, sort="price",
                                        availability="available", min_price="1", max_price="5000")))


def test_search_is_a_reserved_top_level_slug():
    from django.core.exceptions import ValidationError

    region = pages.region(title="Recherche")
    region.slug = "search"
    with pytest.raises(ValidationError):
        region.full_clean()


def test_very_common_word_lists_only_the_best_matches(client, monkeypatch):
    from sitesearch import search

    monkeypatch.setattr(search, "MAX_PRODUCT_HITS", 3)
    for number in range(5):
        product(f"Bracelet argent {number}")
    html = page_text(client.get(search_url(lang="en", q="bracelet")))
    assert "3 products" in html and "only the best matches are listed" in html
