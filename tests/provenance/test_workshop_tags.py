"""Provenance tags in the workshop (/<lang>/atelier/tags/): a maker sees their products' scan counts and downloads
the PDF sheet of their tags; a cooperative's manager prints any member's. Nobody else gets a tag: a fellow member, the
manager of another cooperative, a customer, a visitor; asking for one product outside one's reach refuses the whole
sheet, and nothing is created or counted."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model

from cooperatives.accounts import link_artisan, link_manager
from provenance import codes
from provenance.models import ProvenanceTag
from tests import page_factories as pages
from tests.artisan_factories import artisan_with_login
from tests.provenance.pdf_reading import A4, read

pytestmark = pytest.mark.django_db

PAGE, SHEET = "/fr/atelier/tags/", "/fr/atelier/tags/sheet.pdf"


@pytest.fixture
def cooperative():
    """Two members of one cooperative, each with a login and a product, and the cooperative's page."""
    fatimetou, fatimetou_page, partner = artisan_with_login("fatimetou", title="Fatimetou Mint Ahmed",
                                                            cooperative=True)
    nour = fatimetou_page.get_parent().specific
    mariem_page = pages.artisan(nour, "Mariem Mint Salem")
    mariem = link_artisan(get_user_model().objects.create_user("mariem", "mariem@example.ma", "motdepasse"),
                          mariem_page)
    return {
        "page": nour, "fatimetou": fatimetou, "mariem": mariem,
        "carpet": pages.product("Tapis hanbel", partner_obj=partner, artisan_page=fatimetou_page, price="1850.00"),
        "cushion": pages.product("Coussin brodé", partner_obj=partner, artisan_page=mariem_page, price="320.00"),
    }


@pytest.fixture
def other_manager():
    """The manager of another cooperative."""
    __, member_page, __ = artisan_with_login("voisine", cooperative=True)
    user = get_user_model().objects.create_user("gerante", "gerante@example.ma", "motdepasse")
    link_manager(user, member_page.get_parent().specific)
    return user


def short_address(product):
    return f"{settings.WAGTAILADMIN_BASE_URL}/p/{ProvenanceTag.objects.get(product=product).code}/"


def test_a_member_sees_the_scans_of_their_own_products_only(client, cooperative):
    tag = codes.tag_for(cooperative["carpet"])
    client.get(f"/p/{tag.code}/")
    client.get(f"/p/{tag.code}/")
    client.force_login(cooperative["fatimetou"])

    html = client.get(PAGE).content.decode()

    assert f'name="product" value="{cooperative["carpet"].pk}"' in html and "Scanné 2 fois" in html
    assert "Coussin brodé" not in html and f'value="{cooperative["cushion"].pk}"' not in html
    assert 'href="/fr/atelier/tags/"' in client.get("/fr/atelier/products/").content.decode()


def test_a_member_downloads_the_sheet_of_their_tags_with_prices(client, cooperative):
    client.force_login(cooperative["fatimetou"])

    response = client.post(SHEET, {"product": [cooperative["carpet"].pk], "with_price": "1", "language": "fr"})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    sizes, text, qr_codes = read(response.content)
    assert sizes == [A4]
    assert qr_codes == [short_address(cooperative["carpet"])]
    assert "Tapis hanbel" in text and "Fatimetou Mint Ahmed" in text and "1 850,00 MAD" in text


def test_a_manager_prints_every_member_s_tags_without_prices(client, cooperative):
    manager = get_user_model().objects.create_user("presidente", "presidente@example.ma", "motdepasse")
    link_manager(manager, cooperative["page"])
    client.force_login(manager)
    products = [cooperative["carpet"], cooperative["cushion"]]

    response = client.get(SHEET, {"product": [product.pk for product in products]})

    __, text, qr_codes = read(response.content)
    assert sorted(qr_codes) == sorted(short_address(product) for product in products)
    assert "MAD" not in text


def test_asking_for_no_product_brings_the_maker_back_with_a_message(client, cooperative):
    client.force_login(cooperative["fatimetou"])

    response = client.post(SHEET, {"with_price": "1"}, follow=True)

    assert response.redirect_chain == [(PAGE, 302)]
    assert [message.level_tag for message in response.context["messages"]] == ["error"]
    assert "Choisissez au moins un produit" in response.content.decode()


def sheet_refused(client, ids, method):
    response = getattr(client, method)(SHEET, {"product": ids})
    assert response.get("Content-Type") != "application/pdf"
    return response


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_member_cannot_print_a_fellow_member_s_tag_even_among_their_own(client, cooperative, method):
    client.force_login(cooperative["fatimetou"])

    assert sheet_refused(client, [cooperative["cushion"].pk], method).status_code == 404
    assert sheet_refused(client, [cooperative["carpet"].pk, cooperative["cushion"].pk], method).status_code == 404
    assert sheet_refused(client, ["x"], method).status_code == 404
    assert not ProvenanceTag.objects.exists()


@pytest.mark.parametrize("method", ["get", "post"])
def test_the_manager_of_another_cooperative_cannot_see_nor_print_its_tags(client, cooperative, other_manager, method):
    codes.tag_for(cooperative["carpet"])
    client.force_login(other_manager)

    assert "Tapis hanbel" not in client.get(PAGE).content.decode()
    assert sheet_refused(client, [cooperative["carpet"].pk], method).status_code == 404
    assert list(ProvenanceTag.objects.values_list("product_id", "scans")) == [(cooperative["carpet"].pk, 0)]


def test_a_customer_is_refused_the_tags(client, cooperative, django_user_model):
    client.force_login(django_user_model.objects.create_user("client", "client@example.ma", "motdepasse"))

    assert client.get(PAGE).status_code == 403
    assert sheet_refused(client, [cooperative["carpet"].pk], "post").status_code == 403
    assert not ProvenanceTag.objects.exists()


@pytest.mark.parametrize("url", [PAGE, SHEET])
def test_a_visitor_is_sent_to_log_in(client, cooperative, url):
    response = sheet_refused(client, [cooperative["carpet"].pk], "get") if url == SHEET else client.get(url)

    assert response.status_code == 302 and response["Location"].startswith("/fr/shop/accounts/login/")
    assert not ProvenanceTag.objects.exists()
