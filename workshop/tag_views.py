"""Provenance tags in the workshop: the maker's products with how often each tag was scanned, and the A4 sheet of
tags to print (provenance.sheets). What a maker may print is workshop.boundary's to say: asking for any product
outside it is a 404 for the whole sheet, never a sheet quietly missing a tag.
"""

from django.conf import settings
from django.contrib import messages
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from oscar.core.loading import get_model

from provenance.codes import scans_by_product
from provenance.sheets import tag_sheet_pdf
from workshop.views import maker_required

StockRecord = get_model("partner", "StockRecord")


def _language(choice):
    languages = dict(settings.LANGUAGES)
    if choice in languages:
        return choice
    current = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return current if current in languages else settings.LANGUAGE_CODE


@maker_required
def tag_list(request, boundary):
    products = list(boundary.products().select_related("artisan").order_by("title", "pk"))
    scans = scans_by_product(boundary.products())
    for product in products:
        product.tag_scans = scans.get(product.pk, 0)
    return render(request, "workshop/tag_list.html", {
        "boundary": boundary, "products": products, "show_maker": boundary.artisans().count() > 1,
        "languages": settings.LANGUAGES, "language": _language(None),
    })


@maker_required
@require_http_methods(["GET", "POST"])
def tag_sheet(request, boundary):
    """The PDF of the chosen products' tags (`product`, repeated), in the chosen `language`, with prices if
    `with_price` is given."""
    data = request.POST if request.method == "POST" else request.GET
    chosen = data.getlist("product")
    if not chosen:
        messages.error(request, _("Choose at least one product to print its tag."))
        return redirect("workshop:tags")
    try:
        ids = {int(value) for value in chosen}
    except ValueError:
        raise Http404 from None
    products = list(
        boundary.products().filter(pk__in=ids).select_related("artisan").prefetch_related(
            Prefetch("stockrecords", queryset=StockRecord.objects.select_related("partner"))
        ).order_by("title", "pk")
    )
    if len(products) != len(ids):
        raise Http404
    pdf = tag_sheet_pdf(products, with_price=bool(data.get("with_price")), language=_language(data.get("language")))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="provenance-tags.pdf"'
    return response
