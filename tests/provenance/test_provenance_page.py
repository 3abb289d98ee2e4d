"""A product's story of origin (/<lang>/p/<code>/): who made it, the cooperative, the region, the craft, the stories
about it and the way to buy it, in the visitor's language; reading it counts no scan."""

import re

import pytest

from provenance import codes

pytestmark = pytest.mark.django_db


def section(html, css_class):
    found = re.search(rf'<section class="{css_class}".*?</section>', html, re.S)
    assert found, f"no {css_class} section"
    return found.group(0)


def test_the_page_tells_who_made_the_product_where_and_the_stories_about_it(client, hanbel, hanbel_story, fatimetou,
                                                                           nour, dakhla):
    tag = codes.tag_for(hanbel)

    response = client.get(f"/fr/p/{tag.code}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1 class=\"provenance__title\">Tapis hanbel en laine</h1>" in html
    makers = section(html, "product-makers")
    assert f'href="{fatimetou.url}">Fatimetou Mint Ahmed</a>' in makers
    assert f'href="{nour.url}">Coopérative Nour</a>' in makers
    assert f'href="{dakhla.url}">Dakhla-Oued Eddahab</a>' in makers
    assert "Tissage de tapis" in makers
    assert f'<a href="{hanbel_story.url}">Le hanbel de Dakhla</a>' in section(html, "product-stories")
    assert f'href="{hanbel.get_absolute_url()}"' in html
    assert '<img class="provenance__photo"' in html
    tag.refresh_from_db()
    assert tag.scans == 0


def test_the_page_speaks_the_language_of_its_address(client, hanbel):
    tag = codes.tag_for(hanbel)

    html = client.get(f"/ar/p/{tag.code}/").content.decode()

    assert '<html lang="ar" dir="rtl"' in html
    assert 'href="/ar/shop/' in html


def test_a_product_that_is_not_public_has_no_page(client, hanbel):
    tag = codes.tag_for(hanbel)
    hanbel.is_public = False
    hanbel.save()

    assert client.get(f"/fr/p/{tag.code}/").status_code == 404


def test_an_unknown_code_has_no_page(client, hanbel):
    assert client.get("/fr/p/0000000/").status_code == 404


def test_the_page_costs_a_fixed_number_of_queries(client, hanbel, hanbel_story, django_assert_max_num_queries):
    tag = codes.tag_for(hanbel)
    client.get(f"/fr/p/{tag.code}/")  # renditions and thumbnails made once

    with django_assert_max_num_queries(30):
        assert client.get(f"/fr/p/{tag.code}/").status_code == 200
