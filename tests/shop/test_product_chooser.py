"""Editors pick products in the page editor with a real chooser: it searches by title and UPC, shows thumbnails and
prices."""

import re

import pytest
from django.contrib.auth.models import Group

from tests import shop_factories

pytestmark = pytest.mark.django_db

RESULTS = "/cms/product-chooser/results/"


@pytest.fixture
def catalogue(db):
    return {
        "carpet": shop_factories.product(title="Tapis hanbel en laine", price="1850.00", upc="DM-TAP-001"),
        "melhfa": shop_factories.product(title="Melhfa indigo", price="450.00", upc="DM-MEL-001"),
        "oil": shop_factories.product(title="Huile d'argan", price="160.00", upc="DM-COS-001", with_image=False),
    }


def listed_titles(html):
    return set(re.findall(r'data-chooser-modal-choice[^>]*>\s*([^<]+?)\s*<', html))


@pytest.fixture
def editor(client, administrator):
    client.force_login(administrator)
    return client


def test_searching_part_of_a_title_in_any_case_finds_that_product_only(editor, catalogue):
    response = editor.get(RESULTS, {"q": "HANBEL"})

    assert response.status_code == 200
    assert listed_titles(response.content.decode()) == {"Tapis hanbel en laine"}


def test_searching_a_upc_in_any_case_finds_that_product_only(editor, catalogue):
    html = editor.get(RESULTS, {"q": "dm-mel-001"}).content.decode()

    assert listed_titles(html) == {"Melhfa indigo"}


def test_searching_part_of_a_upc_finds_every_product_that_shares_it(editor, catalogue):
    html = editor.get(RESULTS, {"q": "DM-"}).content.decode()

    assert listed_titles(html) == {"Tapis hanbel en laine", "Melhfa indigo", "Huile d&#x27;argan"}


def test_a_search_that_matches_nothing_says_so(editor, catalogue):
    html = editor.get(RESULTS, {"q": "poterie"}).content.decode()

    assert "poterie" in html
    assert listed_titles(html) == set()


def test_results_show_a_thumbnail_the_upc_and_the_price_of_each_product(editor, catalogue):
    html = editor.get(RESULTS, {"q": "tapis"}).content.decode()

    thumbnails = re.findall(r'<img class="product-chooser__thumbnail" src="([^"]+)"', html)
    assert len(thumbnails) == 1
    assert thumbnails[0].startswith("/media/cache/")
    assert "DM-TAP-001" in html
    assert "1\u202f850,00\xa0MAD" in html


def test_choosing_a_product_returns_its_title_and_upc_to_the_editor(editor, catalogue):
    carpet = catalogue["carpet"]

    response = editor.get(f"/cms/product-chooser/chosen/{carpet.pk}/")

    assert response.status_code == 200
    result = response.json()["result"]
    assert result["id"] == str(carpet.pk)
    assert result["title"] == "Tapis hanbel en laine (DM-TAP-001)"
    assert result["edit_url"] == f"/dashboard/catalogue/products/{carpet.pk}/"


def test_the_chooser_modal_offers_a_search_box_by_title_or_upc(editor, catalogue):
    response = editor.get("/cms/product-chooser/")

    assert response.status_code == 200
    html = response.json()["html"]
    assert 'name="q"' in html
    assert "Tapis hanbel en laine" in html and "Melhfa indigo" in html


def test_the_story_editor_uses_the_product_chooser_for_product_blocks(editor):
    index = shop_factories.story_index()

    response = editor.get(f"/cms/pages/add/stories/storypage/{index.pk}/")

    assert response.status_code == 200
    assert "/cms/product-chooser/" in response.content.decode()


def test_an_editor_who_is_not_an_administrator_can_search_products(client, django_user_model, catalogue):
    editor = django_user_model.objects.create_user("redacteur", "redacteur@example.ma", "motdepasse-redac")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)

    response = client.get(RESULTS, {"q": "argan"})

    assert response.status_code == 200
    assert "Huile d" in response.content.decode()


def test_anonymous_visitors_are_sent_to_the_login_page(client, catalogue):
    response = client.get(RESULTS, {"q": "tapis"})

    assert response.status_code == 302
    assert response["Location"].startswith("/cms/login/")
