"""The site search given queries that are empty, huge, hostile or misspelt, and filter values it does not know: an
ordinary page every time, with a message or a suggestion where one helps."""

import pytest
from django.db import connection
from oscar.core.loading import get_model

from tests.search_factories import product, search_url
from tests.sitesearch.test_search import page_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("language_is_restored")]

Product = get_model("catalogue", "Product")


@pytest.mark.parametrize("query", ["", "   ", "!!!", "a" * 1000, "tapis " * 200])
def test_empty_or_huge_query_gives_an_ordinary_page(client, query):
    product("Tapis tressé")
    html = page_text(client.get(search_url(q=query)))
    assert "<h1" in html


def test_long_query_says_only_its_start_was_used(client):
    html = page_text(client.get(search_url(lang="en", q="tapis " * 200)))
    assert "only its first words were used" in html


@pytest.mark.parametrize("query", [
    "'; DROP TABLE catalogue_product; --", "\" OR 1=1 --", "<script>alert(1)</script>", "tapis & | ! ( ) :* <->",
    "%_\\", "\x00tapis",
])
def test_sql_and_html_characters_are_harmless(client, query):
    product("Tapis tressé à la main")
    html = page_text(client.get(search_url(q=query)))
    assert "<script>alert(1)</script>" not in html
    assert Product.objects.filter(title="Tapis tressé à la main").exists()


def test_script_in_the_query_is_shown_as_text(client):
    html = page_text(client.get(search_url(q="<script>alert(1)</script>")))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize("params", [
    {"craft": "no-such-craft"}, {"region": "atlantis"}, {"min_price": "cheap"}, {"max_price": "1e999"},
    {"availability": "maybe"}, {"sort": "random"}, {"page": "zero"}, {"page": "-3"}, {"min_price": "NaN"},
])
def test_unknown_filter_values_are_ignored_with_a_message(client, params):
    product("Sac en cuir tanné")
    html = page_text(client.get(search_url(lang="en", q="sac", **params)))
    assert "Sac en cuir tanné" in html
    assert 'class="search-message"' in html


def test_nothing_found_says_so_and_may_suggest(client):
    product("Tapis berbère en laine")
    html = page_text(client.get(search_url(lang="en", q="zzzzqqq")))
    assert "Nothing matches" in html


@pytest.mark.skipif(connection.vendor != "postgresql", reason="suggestions use PostgreSQL's pg_trgm")
def test_misspelt_word_gets_a_did_you_mean(client):
    product("Tapis berbère en laine")
    html = page_text(client.get(search_url(lang="en", q="tapsi")))
    assert "Did you mean" in html and "tapis" in html


@pytest.mark.skipif(connection.vendor != "postgresql", reason="suggestions use PostgreSQL's pg_trgm")
def test_did_you_mean_links_to_the_suggested_search(client):
    product("Théière en argent ciselé")
    html = page_text(client.get(search_url(lang="en", q="theiere argnet")))
    assert 'href="/en/search/?q=theiere+argent"' in html
