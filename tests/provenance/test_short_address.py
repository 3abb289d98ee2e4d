"""A product's short address (/p/<code>/, what its tag's QR code holds): stable, unique, counts one scan per visit
without keeping anything about the visitor, and sends the visitor to the story of origin in their language."""

import pytest

from provenance import codes
from provenance.models import ProvenanceTag

pytestmark = pytest.mark.django_db


def test_a_product_keeps_the_same_code_and_no_two_products_share_one(hanbel):
    from tests import page_factories as pf

    first = codes.tag_for(hanbel)
    again = codes.tag_for(hanbel)
    other = codes.tag_for(pf.product("Coussin brodé"))

    assert again.pk == first.pk and again.code == first.code
    assert other.code != first.code
    assert len(first.code) == codes.CODE_LENGTH and set(first.code) <= set(codes.ALPHABET)
    assert ProvenanceTag.objects.filter(product=hanbel).count() == 1


def test_a_drawn_code_that_is_taken_is_drawn_again(hanbel, monkeypatch):
    from tests import page_factories as pf

    taken = codes.tag_for(pf.product("Coussin brodé")).code
    draws = iter([taken, "ZZZZZZZ"])
    monkeypatch.setattr(codes, "new_code", lambda: next(draws))

    assert codes.tag_for(hanbel).code == "ZZZZZZZ"


def test_scanning_counts_once_and_redirects_to_the_page_in_the_browser_language(client, hanbel):
    tag = codes.tag_for(hanbel)

    response = client.get(f"/p/{tag.code}/", HTTP_ACCEPT_LANGUAGE="ar")

    assert response.status_code == 302
    assert response["Location"] == f"/ar/p/{tag.code}/"
    assert "no-cache" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert not response.cookies
    tag.refresh_from_db()
    assert tag.scans == 1


@pytest.mark.parametrize("accept, expected", [("en-GB,en;q=0.9", "en"), ("fr-FR", "fr"), ("de-DE", "fr"), ("", "fr")])
def test_the_redirect_follows_the_visitor_language_and_falls_back_to_french(client, hanbel, accept, expected):
    tag = codes.tag_for(hanbel)

    response = client.get(f"/p/{tag.code}/", HTTP_ACCEPT_LANGUAGE=accept)

    assert response["Location"] == f"/{expected}/p/{tag.code}/"


def test_a_code_typed_in_lower_case_or_with_look_alikes_still_counts(client, hanbel):
    tag = codes.tag_for(hanbel)
    tag.code = "A1B0CDE"
    tag.save()

    response = client.get("/p/albocde/", HTTP_ACCEPT_LANGUAGE="fr")

    assert response["Location"] == "/fr/p/A1B0CDE/"
    tag.refresh_from_db()
    assert tag.scans == 1


def test_an_unknown_code_is_not_found_and_counts_nothing(client, hanbel):
    tag = codes.tag_for(hanbel)

    # Django's LocaleMiddleware sends every unprefixed 404 to its /fr/ form, as for any unknown address of the site.
    response = client.get("/p/0000000/", follow=True)

    assert response.status_code == 404
    assert response.redirect_chain in ([], [("/fr/p/0000000/", 302)])
    tag.refresh_from_db()
    assert tag.scans == 0


def test_the_tag_of_a_product_taken_off_sale_leads_nowhere_and_counts_nothing(client, hanbel):
    tag = codes.tag_for(hanbel)
    hanbel.is_public = False
    hanbel.save()

    assert client.get(f"/p/{tag.code}/", follow=True).status_code == 404
    assert client.get(f"/fr/p/{tag.code}/").status_code == 404
    tag.refresh_from_db()
    assert tag.scans == 0
