"""A statement (earnings/statements.py) for the office's accountant: CSV and PDF.

- CSV: UTF-8 with a byte-order mark, so Excel opens Arabic product titles intact, and `;` between fields, the
  separator Excel expects in a French (and Moroccan) locale, where `,` is the decimal mark. Amounts are written
  with a `.` decimal point, as the accounting software reads them. Rows: a header, the opening balance, one row per
  earned or reversed line, one per payout, the closing balance.
- PDF: HTML (earnings/statement_pdf.html) laid out by WeasyPrint in the chosen language, like provenance/sheets.py:
  `lang` and `dir` on the document so Pango shapes and orders Arabic, Debian's Noto fonts, and a fetcher that accepts
  data: URIs only (the statement never reaches the network nor the disk). It carries the office's and the seller's
  legal name, ICE and RIB.
"""

import csv
import io

from babel.dates import format_date
from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from earnings.models import PayeeAccount

BOM = "\ufeff"


def period_label(first_day, language=None):
    """"décembre 2026", "ديسمبر 2026", "December 2026": the statement's month in the language."""
    language = (language or translation.get_language() or "fr").split("-")[0]
    return format_date(first_day, "LLLL y", locale=language)


def file_name(statement, extension):
    return f"statement-{statement.payee.pk}-{statement.first_day:%Y-%m}.{extension}"


def _date(value):
    return value.strftime("%Y-%m-%d") if hasattr(value, "strftime") else ""


def statement_csv(statement):
    """The statement as CSV bytes (UTF-8 with BOM, `;`-separated)."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([_("Row"), _("Order"), _("Date"), _("Product"), _("Quantity"), _("Price incl. VAT"), _("Rate"),
                     _("Commission"), _("Maker's share"), _("Cause"), _("Bank reference")])
    writer.writerow([_("Opening balance"), "", _date(statement.first_day), "", "", "", "", "", statement.opening,
                     "", ""])
    for entry in sorted(statement.earned + statement.reversals, key=lambda entry: (entry.created, entry.pk)):
        writer.writerow([entry.get_kind_display(), entry.order.number, _date(entry.created), entry.product_title,
                         entry.quantity, entry.price, entry.rate, entry.commission, entry.share, entry.cause, ""])
    for payout in statement.payouts:
        writer.writerow([_("Payout"), "", _date(payout.created), "", "", "", "", "", -payout.amount,
                         payout.get_status_display(), payout.bank_reference])
    writer.writerow([_("Closing balance"), "", _date(statement.last_day), "", "", "", "", "", statement.closing,
                     "", ""])
    return out.getvalue().encode("utf-8")


def statement_pdf(statement, language):
    """The statement as PDF bytes, in `language`."""
    with translation.override(language):
        account = PayeeAccount.objects.filter(partner=statement.payee).first()
        html = render_to_string("earnings/statement_pdf.html", {
            "statement": statement, "office": settings.EARNINGS_OFFICE, "account": account,
            "period": period_label(statement.first_day, language), "language": language,
            "bidi": translation.get_language_bidi(),
        })
    return HTML(string=html, url_fetcher=URLFetcher(allowed_protocols=("data",))).write_pdf()


def pdf_response(statement, language):
    """The statement as a PDF answer, shown in the browser (staff and workshop alike)."""
    response = HttpResponse(statement_pdf(statement, language), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{file_name(statement, "pdf")}"'
    return response


def csv_response(statement):
    """The statement as a CSV download (staff and workshop alike)."""
    response = HttpResponse(statement_csv(statement), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{file_name(statement, "csv")}"'
    return response
