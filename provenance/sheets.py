"""The makers' A4 sheet of provenance tags, as PDF bytes: 3 × 7 tags a page, each with the product's name, its
maker, the price if asked, and the QR code of the product's short address (settings.WAGTAILADMIN_BASE_URL +
/p/<code>/).

The sheet is HTML (provenance/tag_sheet.html) laid out by WeasyPrint in the chosen language: `lang` and `dir` set on
the document, so Pango shapes and orders Arabic; the fonts are Debian's Noto (fonts-noto-core), Noto Sans Arabic for
Arabic. QR codes are segno's SVG as data: URIs, and the fetcher accepts nothing else: the sheet never reaches the
network nor the disk.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from weasyprint import HTML
from weasyprint.urls import URLFetcher

import segno
from cooperatives.models import ArtisanPage
from provenance.codes import tag_for

COLUMNS, ROWS = 3, 7
PER_PAGE = COLUMNS * ROWS


def short_address(tag):
    """The absolute address printed as a tag's QR code (language-neutral: the visitor's language is chosen on
    scanning)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("provenance_short", kwargs={"code": tag.code})


def qr_data_uri(url):
    # Error correction Q survives a scuffed or folded tag; the quiet zone (4 modules) is kept for the readers.
    return segno.make(url, error="q", micro=False).svg_data_uri(scale=4, border=4)


def _maker_names(products, language):
    """{artisan pk: title in `language`} (the French title when the artisan's page is not translated)."""
    artisans = {product.artisan for product in products if product.artisan_id}
    names = {artisan.pk: artisan.title for artisan in artisans}
    translated = ArtisanPage.objects.filter(
        translation_key__in=[artisan.translation_key for artisan in artisans], locale__language_code=language,
    ).values_list("translation_key", "title")
    by_key = dict(translated)
    for artisan in artisans:
        names[artisan.pk] = by_key.get(artisan.translation_key, artisan.title)
    return names


def _tag(product, maker_names, with_price):
    tag = tag_for(product)
    records = sorted(product.stockrecords.all(), key=lambda record: record.pk)
    maker = maker_names.get(product.artisan_id) or (records[0].partner.name if records else "")
    url = short_address(tag)
    return {
        "title": product.get_title(), "maker": maker, "url": url, "qr": qr_data_uri(url),
        "price": records[0].price if with_price and records and records[0].price is not None else None,
        "currency": records[0].price_currency if records else settings.OSCAR_DEFAULT_CURRENCY,
    }


def tag_sheet_pdf(products, with_price, language):
    """PDF bytes: the tags of `products` (in their order; their tags are created if they have none yet)."""
    products = list(products)
    with translation.override(language):
        maker_names = _maker_names(products, language)
        tags = [_tag(product, maker_names, with_price) for product in products]
        pages = [tags[start:start + PER_PAGE] for start in range(0, len(tags), PER_PAGE)] or [[]]
        html = render_to_string("provenance/tag_sheet.html", {
            "pages": [[page[row:row + COLUMNS] for row in range(0, len(page), COLUMNS)] for page in pages],
            "columns": range(COLUMNS), "language": language, "bidi": translation.get_language_bidi(),
        })
    return HTML(string=html, url_fetcher=URLFetcher(allowed_protocols=("data",))).write_pdf()
