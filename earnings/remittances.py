"""Amana's cash-on-delivery remittances: staff upload Amana's statement (a CSV of tracking number, amount collected,
date) or mark a parcel collected by hand.

- `parse` reads a statement or refuses it whole, with one message per bad line naming the line: nothing of a bad
  file is imported.
- `import_remittance` imports a statement in one transaction. The same file (by its SHA-256) is imported once: a
  re-upload changes nothing and says when it was imported. Each line is matched to a cash-on-delivery parcel by its
  tracking number (case and surrounding spaces ignored) and gets an outcome: matched (the amount is the parcel's
  cash due: the collection is recorded and the parcel earns), differs (kept for staff, the parcel is not marked
  collected), unknown (no cash-on-delivery parcel carries it), already (the parcel's cash was recorded before, by an
  earlier statement or by hand: nothing changes).
- A matched parcel that is not delivered yet in the shop (Amana remits after delivery, so its status lags) still has
  its collection recorded: it earns when it is marked delivered (earnings/triggers.py, ledger.earn).
- `overdue_parcels`: cash-on-delivery parcels delivered more than settings.EARNINGS_REMITTANCE_OVERDUE_DAYS ago
  whose cash no statement nor staff recorded.
"""

import csv
import hashlib
import io
import re
from collections import namedtuple
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models.functions import Trim, Upper
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from oscar.core.loading import get_model

from earnings import ledger
from earnings.models import CashCollection, Remittance, RemittanceLine
from shop.order import statuses
from shop.payment.methods import CASH_ON_DELIVERY

HEADER = ["tracking_number", "amount", "date"]
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y")
MAX_MESSAGES = 20
AMOUNT = re.compile(r"^-?\d+(\.\d+)?$")
LARGEST_AMOUNT = Decimal("10") ** 10  # RemittanceLine.amount: 12 digits, 2 of them decimals

Row = namedtuple("Row", "line tracking_number amount date")


class RemittanceError(Exception):
    """A statement or a collection refused; `messages` says why, each naming its line when there is one."""

    def __init__(self, messages):
        self.messages = list(messages)
        super().__init__("; ".join(self.messages))


def _parcels():
    return get_model("order", "FulfilmentGroup")


def normalised(tracking_number):
    return tracking_number.strip().upper()


def read(uploaded_file):
    """The file's bytes, refused unread when larger than settings.EARNINGS_MAX_REMITTANCE_BYTES."""
    limit = settings.EARNINGS_MAX_REMITTANCE_BYTES
    if uploaded_file.size is not None and uploaded_file.size > limit:
        raise RemittanceError([_("The file weighs %(size)s; a statement may weigh %(limit)s at most.") % {
            "size": _megabytes(uploaded_file.size), "limit": _megabytes(limit)}])
    data = b"".join(uploaded_file.chunks())
    if len(data) > limit:  # a file whose size was not told
        raise RemittanceError([_("The file weighs %(size)s; a statement may weigh %(limit)s at most.") % {
            "size": _megabytes(len(data)), "limit": _megabytes(limit)}])
    return data


def _megabytes(size):
    return _("%(megabytes)s MB") % {"megabytes": round(size / (1024 * 1024), 1)}


def parse(uploaded_file):
    return parse_bytes(read(uploaded_file))


def parse_bytes(data):
    """The statement's rows, or RemittanceError with every problem found, each naming its line."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise RemittanceError([_("Line %(line)s: the file is not UTF-8 text (byte 0x%(byte)02X). Save it from "
                                 "the spreadsheet as “CSV UTF-8”.") % {"line": line, "byte": data[error.start]}])
    if not text.strip():
        raise RemittanceError([_("The file is empty: expected a header “%(header)s” and one line per "
                                 "parcel.") % {"header": ",".join(HEADER)}])
    if "\x00" in text:  # a binary file (a spreadsheet's .xlsx, say); PostgreSQL stores no NUL either
        raise RemittanceError([_("Line %(line)s: the file holds a NUL character: it is not a CSV text file.") % {
            "line": text[:text.index("\x00")].count("\n") + 1}])
    first_line = next(line for line in text.splitlines() if line.strip())
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _rows(reader, delimiter)
    except csv.Error as error:  # a NUL byte, a quoted field that never ends or is too long
        raise RemittanceError([_("Line %(line)s: this is not a CSV line (%(error)s).") % {
            "line": reader.line_num, "error": error}])


def _rows(reader, delimiter):
    errors, rows, seen = [], [], {}
    header = None
    for cells in reader:
        if not any(cell.strip() for cell in cells):
            continue  # blank lines, and spreadsheets' empty rows (";;")
        if header is None:
            header = [cell.strip().lower() for cell in cells]
            if header != HEADER:
                raise RemittanceError([_("Line %(line)s: the header is “%(found)s”; expected the columns "
                                         "“%(expected)s”.") % {"line": reader.line_num, "found": delimiter.join(
                                             cell.strip() for cell in cells), "expected": ",".join(HEADER)}])
            continue
        row, problems = _row(reader.line_num, cells, delimiter)
        errors.extend(problems)
        if row is not None and row.tracking_number:
            key = normalised(row.tracking_number)
            if key in seen:
                errors.append(_("Line %(line)s: the tracking number “%(number)s” is already on line %(first)s.")
                              % {"line": row.line, "number": row.tracking_number, "first": seen[key]})
            else:
                seen[key] = row.line
        if row is not None and not problems:
            rows.append(row)
    if header is not None and not rows and not errors:
        errors.append(_("The file has a header but no parcel."))
    if errors:
        if len(errors) > MAX_MESSAGES:
            errors = errors[:MAX_MESSAGES] + [_("… and %(count)s more problems.") % {
                "count": len(errors) - MAX_MESSAGES}]
        raise RemittanceError(errors)
    return rows


def _row(line, cells, delimiter):
    """(Row or None, [messages]) for one line of the statement."""
    if len(cells) != len(HEADER):
        message = ngettext("Line %(line)s: %(count)s column; expected %(expected)s (%(header)s).",
                           "Line %(line)s: %(count)s columns; expected %(expected)s (%(header)s).", len(cells)) % {
            "line": line, "count": len(cells), "expected": len(HEADER), "header": ", ".join(HEADER)}
        if delimiter == "," and len(cells) == len(HEADER) + 1:
            message += " " + _("An amount with a decimal comma needs quotes, or “;” between the columns.")
        return None, [message]
    tracking_number, amount_text, date_text = (cell.strip() for cell in cells)
    problems = []
    if not tracking_number:
        problems.append(_("Line %(line)s: the tracking number is empty.") % {"line": line})
    elif len(tracking_number) > 64:
        problems.append(_("Line %(line)s: the tracking number is longer than 64 characters.") % {"line": line})
    amount, problem = _amount(amount_text)
    if problem:
        problems.append(_("Line %(line)s: %(problem)s") % {"line": line, "problem": problem})
    collected_on = _date(date_text)
    if collected_on is None:
        problems.append(_("Line %(line)s: “%(value)s” is not a date (expected 2026-12-05 or 05/12/2026).") % {
            "line": line, "value": date_text})
    return Row(line, tracking_number, amount, collected_on), problems


def _amount(text):
    """(Decimal, None) or (None, why not): "450.00", "450,00" and "1 450,00" are amounts."""
    value = re.sub(r"[\s\u00a0\u202f]", "", text)
    if "," in value and "." not in value:
        value = value.replace(",", ".")
    if not AMOUNT.match(value):
        return None, _("“%(value)s” is not an amount.") % {"value": text}
    try:
        amount = Decimal(value)
    except InvalidOperation:
        return None, _("“%(value)s” is not an amount.") % {"value": text}
    if amount < 0:
        return None, _("“%(value)s” is negative; Amana remits what it collected.") % {"value": text}
    if "." in value and len(value.split(".")[1]) > 2:
        return None, _("“%(value)s” has more than 2 decimals.") % {"value": text}
    if amount >= LARGEST_AMOUNT:
        return None, _("“%(value)s” is too large an amount.") % {"value": text}
    return amount, None


def _date(text):
    for date_format_ in DATE_FORMATS:
        try:
            return datetime.strptime(text, date_format_).date()
        except ValueError:
            continue
    return None


def cod_parcels():
    return _parcels().objects.filter(order__payment_method=CASH_ON_DELIVERY)


def import_remittance(uploaded_file, user):
    """Import a statement in one transaction (see the module's docstring). Returns the Remittance."""
    data = read(uploaded_file)
    rows = parse_bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    with transaction.atomic():
        _refuse_if_imported(digest)
        try:
            with transaction.atomic():
                remittance = Remittance.objects.create(
                    file_name=(uploaded_file.name or "")[:255], sha256=digest,
                    uploaded_by=user if user is not None and user.is_authenticated else None)
        except IntegrityError:  # the same file, imported by someone else meanwhile
            _refuse_if_imported(digest)
            raise
        parcels = _locked_parcels([row.tracking_number for row in rows])
        lines = [_match(remittance, row, parcels.get(normalised(row.tracking_number)), user) for row in rows]
        RemittanceLine.objects.bulk_create(lines)
    return remittance


def _refuse_if_imported(digest):
    earlier = Remittance.objects.filter(sha256=digest).first()
    if earlier is not None:
        raise RemittanceError([_("This file was already imported on %(date)s (“%(name)s”): nothing changed.") % {
            "date": date_format(timezone.localtime(earlier.uploaded), "DATETIME_FORMAT"),
            "name": earlier.file_name}])


def _locked_parcels(tracking_numbers):
    """{normalised tracking number: parcel} for the cash-on-delivery parcels carrying them, locked. When several
    parcels carry one number, the first whose cash is not recorded yet."""
    keys = {normalised(number) for number in tracking_numbers}
    pks = list(cod_parcels().annotate(key=Upper(Trim("tracking_number"))).filter(key__in=keys)
               .values_list("pk", flat=True))
    found = {}
    collected = set(CashCollection.objects.filter(parcel_id__in=pks).values_list("parcel_id", flat=True))
    for parcel in _lock(pks):
        key = normalised(parcel.tracking_number)
        if key not in found or (found[key].pk in collected and parcel.pk not in collected):
            found[key] = parcel
    return found


def _lock(parcel_pks):
    """Lock the parcels' orders, then the parcels, each in primary key order: the order the shop's processing
    takes them in (advance_group), so an import and a delivery at the same moment wait for each other instead of
    deadlocking (ledger.earn locks the order too). Call inside a transaction."""
    order_pks = _parcels().objects.filter(pk__in=parcel_pks).values_list("order_id", flat=True)
    list(get_model("order", "Order").objects.select_for_update().filter(pk__in=list(order_pks)).order_by("pk")
         .values_list("pk", flat=True))
    return list(_parcels().objects.select_for_update().filter(pk__in=parcel_pks).order_by("pk"))


def _match(remittance, row, parcel, user):
    line = RemittanceLine(remittance=remittance, row=row.line, tracking_number=row.tracking_number,
                          amount=row.amount, remitted_on=row.date, parcel=parcel)
    if parcel is None:
        line.outcome = RemittanceLine.UNKNOWN
        return line
    line.expected = ledger.cash_due(parcel)
    if CashCollection.objects.filter(parcel_id=parcel.pk).exists():
        line.outcome = RemittanceLine.ALREADY
    elif row.amount != line.expected:
        line.outcome = RemittanceLine.DIFFERS
    else:
        __, created = ledger.record_collection(parcel, row.amount, row.date, remittance=remittance, user=user)
        line.outcome = RemittanceLine.MATCHED if created else RemittanceLine.ALREADY
    return line


def overdue_parcels(days=None):
    """Cash-on-delivery parcels delivered more than `days` (settings.EARNINGS_REMITTANCE_OVERDUE_DAYS) ago whose
    cash is not recorded, the longest waiting first."""
    days = settings.EARNINGS_REMITTANCE_OVERDUE_DAYS if days is None else days
    since = timezone.now() - timedelta(days=days)
    return (cod_parcels().filter(status=statuses.GROUP_DELIVERED, delivered_at__lt=since, cash_collection__isnull=True)
            .select_related("order").order_by("delivered_at", "pk"))


def collect_by_hand(parcel, amount, date, user):
    """Staff record a cash-on-delivery parcel's cash by hand (no statement). Returns (collection, created)."""
    if parcel.order.payment_method != CASH_ON_DELIVERY:
        raise RemittanceError([_("The parcel %(parcel)s was not paid cash on delivery.") % {"parcel": parcel}])
    if amount is None or amount < 0:
        raise RemittanceError([_("The amount collected cannot be negative.")])
    with transaction.atomic():
        _lock([parcel.pk])
        return ledger.record_collection(parcel, amount, date, remittance=None, user=user)
