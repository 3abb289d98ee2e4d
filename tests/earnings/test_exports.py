"""A statement for the office's accountant: CSV in UTF-8 with a BOM, `;`-separated, Arabic intact; a PDF carrying
the office's and the seller's ICE and RIB and the Arabic product title."""

from datetime import date

import pytest
from django.test import override_settings

from earnings import exports, statements
from earnings.models import PayeeAccount
from tests import page_factories as pages
from tests.earnings.factories import cooperative_with_members
from tests.earnings.statement_helpers import earned, valid_rib
from tests.orders_helpers import client  # noqa: F401  (the committing test client)
from tests.provenance.pdf_reading import read

pytestmark = pytest.mark.django_db

ARABIC_TITLE = "زربية حنبل من الصوف"
OFFICE = {"name": "Office régional du tourisme", "ice": "000111222000033", "rib": valid_rib("2257800000987654321098")}


@pytest.fixture
def statement(client, morocco, administrator):
    cooperative = cooperative_with_members(members=("Fatimetou Mint Ahmed",))
    member = cooperative["members"][0]
    product = pages.product(title=ARABIC_TITLE, partner_obj=cooperative["partner"], artisan_page=member["page"])
    earned(client, product, administrator, "a@example.ma")
    PayeeAccount.objects.create(partner=cooperative["partner"], legal_name="Coopérative Nour",
                                ice="001234567000089", rib=valid_rib())
    today = date.today()
    return statements.statement(cooperative["partner"], *statements.month_period(today.year, today.month))


def test_the_csv_starts_with_the_bom_is_semicolon_separated_and_keeps_the_arabic_title(statement):
    data = exports.statement_csv(statement)

    assert data.startswith(b"\xef\xbb\xbf")
    rows = data.decode("utf-8-sig").splitlines()
    assert all(";" in row for row in rows) and len(rows) == 4  # header, opening, the line, closing
    assert ARABIC_TITLE in rows[2] and "396.00" in rows[2].split(";")


@override_settings(EARNINGS_OFFICE=OFFICE)
def test_the_arabic_pdf_carries_both_parties_ice_and_rib_and_the_arabic_title(statement):
    __, text, __ = read(exports.statement_pdf(statement, "ar"))

    assert OFFICE["ice"] in text and OFFICE["rib"] in text
    assert "001234567000089" in text and valid_rib() in text
    assert ARABIC_TITLE in text


def test_staff_download_the_csv(client, statement, administrator):
    client.force_login(administrator)
    today = date.today()

    response = client.get(f"/dashboard/earnings/sellers/{statement.payee.pk}/{today.year}/{today.month}.csv")

    assert response.status_code == 200 and response.content.startswith(b"\xef\xbb\xbf")
    assert "attachment" in response["Content-Disposition"]
