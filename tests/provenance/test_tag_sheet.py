"""The A4 sheet of provenance tags (provenance.sheets): a real PDF, read back with pypdfium2; its QR codes decoded
with zxing-cpp from a 200 dpi rendering lead to exactly the products' short addresses; the Arabic sheet carries the
Arabic names; the price only when asked."""

import pytest
from django.conf import settings

from provenance import codes
from provenance.models import ProvenanceTag
from provenance.sheets import tag_sheet_pdf
from tests import page_factories as pf
from tests.provenance.pdf_reading import A4, read

pytestmark = pytest.mark.django_db


def short_address(product):
    return f"{settings.WAGTAILADMIN_BASE_URL}/p/{ProvenanceTag.objects.get(product=product).code}/"


@pytest.fixture
def three_products(hanbel, fatimetou, nour):
    cushion = pf.product("Coussin brodé", partner_obj=nour.partner, artisan_page=fatimetou, price="320.00")
    pouf = pf.product("Pouf en cuir", partner_obj=nour.partner, artisan_page=fatimetou, price="1349.50")
    return [hanbel, cushion, pouf]


def test_the_sheet_is_an_a4_pdf_whose_qr_codes_lead_to_the_products_short_addresses(three_products):
    sizes, text, qr_codes = read(tag_sheet_pdf(three_products, with_price=False, language="fr"))

    assert sizes == [A4]
    assert sorted(qr_codes) == sorted(short_address(product) for product in three_products)
    assert "Tapis hanbel en laine" in text and "Coussin brodé" in text and "Pouf en cuir" in text
    assert "Fatimetou Mint Ahmed" in text
    assert "MAD" not in text and "1 850" not in text


def test_the_price_is_printed_only_when_asked(three_products):
    __, text, __ = read(tag_sheet_pdf(three_products, with_price=True, language="fr"))

    assert "1 850,00 MAD" in text and "320,00 MAD" in text and "1 349,50 MAD" in text


def test_the_arabic_sheet_carries_the_arabic_names(hanbel):
    hanbel.title_ar = "زربية حنبل من الصوف"
    hanbel.save()

    __, text, qr_codes = read(tag_sheet_pdf([hanbel], with_price=True, language="ar"))

    assert "زربية حنبل من الصوف" in text
    assert qr_codes == [short_address(hanbel)]


def test_more_tags_than_a_page_holds_continue_on_a_second_page(fatimetou, nour):
    products = [pf.product(f"Bol n° {number}", partner_obj=nour.partner, artisan_page=fatimetou)
                for number in range(23)]

    sizes, __, qr_codes = read(tag_sheet_pdf(products, with_price=False, language="fr"))

    assert sizes == [A4, A4]
    assert sorted(qr_codes) == sorted(short_address(product) for product in products)


def test_making_the_sheet_twice_keeps_the_codes(hanbel):
    tag_sheet_pdf([hanbel], with_price=False, language="fr")
    first = codes.tag_for(hanbel).code

    __, __, qr_codes = read(tag_sheet_pdf([hanbel], with_price=False, language="fr"))

    assert qr_codes == [f"{settings.WAGTAILADMIN_BASE_URL}/p/{first}/"]
