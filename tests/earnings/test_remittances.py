"""Cash-on-delivery reconciliation (earnings/remittances.py): staff upload Amana's remittance statement or record a
parcel's cash by hand; lines are matched by tracking number; a bad file is refused whole with messages naming its
lines; the same file is imported once; parcels whose cash is late are listed. Staff only. The staff read the
dashboard in English here (Accept-Language), so the assertions do not depend on the catalogues."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.shortcuts import resolve_url
from django.test import Client, override_settings
from django.utils import timezone
from oscar.core.loading import get_model

from earnings import ledger, remittances
from earnings.models import CashCollection, LedgerEntry, Remittance, RemittanceLine
from shop.order import statuses
from shop.order.processing import advance_group
from tests.earnings.factories import cooperative_with_members, deliver, place
from tests.orders_helpers import client  # noqa: F401  (the committing test client)

pytestmark = pytest.mark.django_db

LIST = "/dashboard/earnings/remittances/"
FulfilmentGroup = get_model("order", "FulfilmentGroup")


@pytest.fixture
def cooperative(db):
    return cooperative_with_members()


@pytest.fixture
def staff(administrator):
    staff = Client(HTTP_ACCEPT_LANGUAGE="en")
    staff.force_login(administrator)
    return staff


def two_parcels(client, cooperative):
    """A cash-on-delivery order of both members' pieces: two parcels, shipped with RR000000001MA and
    RR000000002MA, delivered."""
    order = place(client, [member["product"] for member in cooperative["members"]])
    first, second = order.fulfilment_groups.order_by("pk")
    return deliver(first, tracking="RR000000001MA"), deliver(second, tracking="RR000000002MA")


def upload(staff, content, name="amana.csv"):
    return staff.post(LIST, {"statement": SimpleUploadedFile(name, content, content_type="text/csv")})


def counts():
    return (Remittance.objects.count(), RemittanceLine.objects.count(), CashCollection.objects.count(),
            LedgerEntry.objects.count())


def test_a_statement_is_matched_by_tracking_number_and_sorted_into_matched_differs_and_unknown(
        client, morocco, cooperative, staff):
    first, second = two_parcels(client, cooperative)
    due_first, due_second = ledger.cash_due(first), ledger.cash_due(second)
    assert due_first == due_second + first.order.shipping_incl_tax  # the delivery charge, paid once
    statement = (f"Tracking_Number ; Amount ; Date\n"
                 f" rr000000001ma ;{due_first};2026-12-05\n"
                 f"RR000000002MA;{due_second - 10};05/12/2026\n"
                 f"RR999999999MA;120,00;2026-12-05\n").replace(".", ",").encode()

    response = upload(staff, statement)

    remittance = Remittance.objects.get()
    assert response.status_code == 302 and response["Location"] == f"{LIST}{remittance.pk}/"
    outcomes = {line.tracking_number: (line.outcome, line.parcel, line.expected) for line in remittance.lines.all()}
    assert outcomes == {
        "rr000000001ma": (RemittanceLine.MATCHED, first, due_first),
        "RR000000002MA": (RemittanceLine.DIFFERS, second, due_second),
        "RR999999999MA": (RemittanceLine.UNKNOWN, None, None),
    }
    collection = CashCollection.objects.get()
    assert (collection.parcel, collection.amount, collection.remittance) == (first, due_first, remittance)
    assert collection.collected_on == date(2026, 12, 5)
    assert {entry.parcel for entry in LedgerEntry.objects.all()} == {first}  # the parcel whose cash differs waits
    page = staff.get(response["Location"]).content.decode()
    assert "Amount differs (1)" in page and "Unknown tracking number (1)" in page and "Matched (1)" in page
    assert f"<td>{due_second - 10}</td>" in page and f"<td>{due_second}</td>" in page  # collected and due


def test_a_parcel_remitted_before_it_is_marked_delivered_earns_when_it_is(client, morocco, cooperative, staff):
    order = place(client, [cooperative["members"][0]["product"]])
    parcel = order.fulfilment_groups.get()
    for status in (statuses.GROUP_CONFIRMED, statuses.GROUP_IN_PREPARATION):
        advance_group(parcel, status)
    advance_group(parcel, statuses.GROUP_SHIPPED, carrier="Amana", tracking_number="RR000000003MA")

    upload(staff, f"tracking_number,amount,date\nRR000000003MA,{ledger.cash_due(parcel)},2026-12-05\n".encode())

    assert RemittanceLine.objects.get().outcome == RemittanceLine.MATCHED
    assert CashCollection.objects.filter(parcel=parcel).exists() and not LedgerEntry.objects.exists()
    advance_group(parcel, statuses.GROUP_DELIVERED)
    assert [entry.line for entry in LedgerEntry.objects.all()] == list(parcel.lines)


def test_a_re_uploaded_file_changes_nothing_and_says_when_it_was_imported(client, morocco, cooperative, staff):
    first, second = two_parcels(client, cooperative)
    statement = f"tracking_number,amount,date\nRR000000001MA,{ledger.cash_due(first)},2026-12-05\n".encode()
    assert upload(staff, statement).status_code == 302
    before = counts()

    response = upload(staff, statement, name="amana-again.csv")

    assert response.status_code == 400
    assert "This file was already imported on" in response.content.decode()
    assert counts() == before


def test_a_parcel_remitted_by_an_earlier_statement_is_already_collected_in_the_next(client, morocco, cooperative,
                                                                                     staff):
    first, second = two_parcels(client, cooperative)
    due = ledger.cash_due(first)
    upload(staff, f"tracking_number,amount,date\nRR000000001MA,{due},2026-12-05\n".encode())
    before = counts()

    upload(staff, f"tracking_number,amount,date\nRR000000001MA,{due},2026-12-06\n".encode(), name="week-2.csv")

    later = Remittance.objects.get(file_name="week-2.csv")
    assert [line.outcome for line in later.lines.all()] == [RemittanceLine.ALREADY]
    assert counts()[2:] == before[2:]
    assert CashCollection.objects.get().collected_on == date(2026, 12, 5)


def test_a_statement_with_one_bad_line_imports_none_of_its_good_lines(client, morocco, cooperative, staff):
    first, second = two_parcels(client, cooperative)
    before = counts()

    response = upload(staff, (f"tracking_number,amount,date\nRR000000001MA,{ledger.cash_due(first)},2026-12-05\n"
                              f"RR000000002MA,12.5x,2026-12-05\n").encode())

    assert response.status_code == 400
    assert "Line 3: “12.5x” is not an amount." in response.content.decode()
    assert counts() == before
    assert not CashCollection.objects.filter(parcel=first).exists()


BAD_FILES = {
    "wrong header": (b"numero,montant,date\nRR1,450.00,2026-12-05\n",
                     "Line 1: the header is “numero,montant,date”; expected the columns “tracking_number,amount,date”."),
    "no header": (b"RR1,450.00,2026-12-05\n", "Line 1: the header is “RR1,450.00,2026-12-05”"),
    "empty": (b"", "The file is empty"),
    "bad amount": (b"tracking_number,amount,date\nRR1,450.00,2026-12-05\n\nRR2,\"12,5x\",2026-12-05\n",
                   "Line 4: “12,5x” is not an amount."),
    "negative amount": (b"tracking_number,amount,date\nRR1,-450.00,2026-12-05\n", "Line 2: “-450.00” is negative"),
    "three decimals": (b"tracking_number;amount;date\nRR1;450,005;2026-12-05\n",
                       "Line 2: “450,005” has more than 2 decimals."),
    "bad date": (b"tracking_number,amount,date\nRR1,450.00,2026-02-30\n",
                 "Line 2: “2026-02-30” is not a date (expected 2026-12-05 or 05/12/2026)."),
    "empty tracking number": (b"tracking_number,amount,date\n ,450.00,2026-12-05\n",
                              "Line 2: the tracking number is empty."),
    "duplicate line": (b"tracking_number,amount,date\nRR1,450.00,2026-12-05\nRR2,90.00,2026-12-05\n"
                       b"rr1 ,450.00,2026-12-05\n",
                       "Line 4: the tracking number “rr1” is already on line 2."),
    "missing column": (b"tracking_number,amount,date\nRR1,450.00\n", "Line 2: 2 columns; expected 3"),
    "unquoted decimal comma": (b"tracking_number,amount,date\nRR1,450,00,2026-12-05\n",
                               "Line 2: 4 columns; expected 3 (tracking_number, amount, date). An amount with a "
                               "decimal comma needs quotes, or “;” between the columns."),
    "NUL byte": (b"tracking_number,amount,date\nRR1,450.00,2026-12-05\nRR2\x00,90.00,2026-12-05\n",
                 "Line 3: the file holds a NUL character: it is not a CSV text file."),
    "quoted field never closed": (b'tracking_number,amount,date\nRR1,450.00,2026-12-05\n"RR2,90.00,2026-12-05\n',
                                  "Line 3: 1 column; expected 3"),
    "not UTF-8": ("tracking_number,amount,date\nRR1,450.00,2026-12-05\nRR2 Agadir Médina,90.00,2026-12-05\n"
                  .encode("latin-1"), "Line 3: the file is not UTF-8 text (byte 0xE9)."),
}


@pytest.mark.parametrize("content, message", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_a_bad_statement_is_refused_whole_with_a_message_naming_the_line(staff, content, message):
    before = counts()

    response = upload(staff, content)

    assert response.status_code == 400
    page = response.content.decode()
    assert "Nothing was imported:" in page and message in page
    assert counts() == before


def test_a_20_mb_statement_is_refused_unread(staff):
    before = counts()
    line = b"RR000000001MA,450.00,2026-12-05\n"
    content = b"tracking_number,amount,date\n" + line * (20 * 1024 * 1024 // len(line))

    response = upload(staff, content)

    assert response.status_code == 400
    assert "The file weighs 20.0 MB; a statement may weigh 2.0 MB at most." in response.content.decode()
    assert counts() == before


def test_french_excel_statements_parse_with_semicolons_decimal_commas_day_first_dates_and_a_bom():
    content = "\ufeffTRACKING_NUMBER;Amount;DATE\r\nRR000000001MA;1 450,50;05/12/2026\r\n;;\r\n".encode()

    (row,) = remittances.parse(SimpleUploadedFile("amana.csv", content))

    assert row == (2, "RR000000001MA", Decimal("1450.50"), date(2026, 12, 5))


@override_settings(EARNINGS_REMITTANCE_OVERDUE_DAYS=14)
def test_overdue_parcels_are_listed_and_their_cash_recorded_by_hand(client, morocco, cooperative, staff,
                                                                     administrator):
    late, recent = two_parcels(client, cooperative)
    FulfilmentGroup.objects.filter(pk=late.pk).update(delivered_at=timezone.now() - timedelta(days=15))
    FulfilmentGroup.objects.filter(pk=recent.pk).update(delivered_at=timezone.now() - timedelta(days=13))
    due = ledger.cash_due(late)

    page = staff.get(LIST).content.decode()

    assert list(remittances.overdue_parcels()) == [late]
    assert f'id="parcel-{late.pk}"' in page and f'id="parcel-{recent.pk}"' not in page
    assert f'value="{due}"' in page  # the amount prefilled with the cash due
    arabic = staff.get(LIST, HTTP_ACCEPT_LANGUAGE="ar")
    assert arabic.status_code == 200 and 'dir="rtl"' in arabic.content.decode()

    response = staff.post(f"{LIST}collect/{late.pk}/", {"amount": str(due), "collected_on": "2026-12-01"})

    assert response.status_code == 302
    collection = CashCollection.objects.get()
    assert (collection.parcel, collection.amount, collection.recorded_by) == (late, due, administrator)
    assert collection.remittance is None and collection.collected_on == date(2026, 12, 1)
    assert {entry.parcel for entry in LedgerEntry.objects.all()} == {late}
    assert list(remittances.overdue_parcels()) == []
    assert f'id="parcel-{late.pk}"' not in staff.get(LIST).content.decode()


def test_a_collection_by_hand_with_a_bad_amount_is_refused_and_writes_nothing(client, morocco, cooperative, staff):
    late, recent = two_parcels(client, cooperative)
    FulfilmentGroup.objects.filter(pk=late.pk).update(delivered_at=timezone.now() - timedelta(days=60))

    response = staff.post(f"{LIST}collect/{late.pk}/", {"amount": "-5", "collected_on": "2026-12-01"})

    assert response.status_code == 400
    assert not CashCollection.objects.exists() and not LedgerEntry.objects.exists()


def test_makers_and_customers_are_refused_every_remittance_page_and_nothing_is_written(client, morocco,
                                                                                        cooperative):
    first, second = two_parcels(client, cooperative)
    maker, customer = Client(), Client()
    maker.force_login(cooperative["manager"])
    customer.force_login(get_user_model().objects.create_user("khadija", "khadija@example.ma", "motdepasse-1"))
    remittance = Remittance.objects.create(file_name="amana.csv", sha256="0" * 64)
    statement = f"tracking_number,amount,date\nRR000000001MA,{ledger.cash_due(first)},2026-12-05\n".encode()
    before = counts()
    urls = [LIST, f"{LIST}{remittance.pk}/", f"{LIST}collect/{first.pk}/"]
    login = resolve_url(settings.LOGIN_URL)

    for url in urls:
        post = {"statement": SimpleUploadedFile("amana.csv", statement), "amount": "450.00",
                "collected_on": "2026-12-05"}
        for visitor in (maker, customer):
            assert visitor.get(url).status_code == 403, url
            assert visitor.post(url, post).status_code == 403, url
        for response in (Client().get(url), Client().post(url, post)):
            assert response.status_code == 302 and response["Location"].startswith(login), url

    assert counts() == before
