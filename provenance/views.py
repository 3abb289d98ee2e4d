"""The short address of a product (/p/<code>/, language-neutral: what the QR code of a tag holds) and the product's
story of origin (/<lang>/p/<code>/).

Scanning counts once, at the short address, which then sends the visitor to the page in their language (their
language cookie, else their browser's Accept-Language, else French). The page itself counts nothing, so it may be
cached like any other page. Only public products have a page; any other code is a 404.
"""

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from oscar.core.loading import get_model

from provenance import codes
from shop.makers import maker_context
from shop.products import with_card_data

Product = get_model("catalogue", "Product")


def visitor_language(request):
    language = translation.get_language_from_request(request)
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


@require_safe
@never_cache
def short_address(request, code):
    """Count one scan and send the visitor to the story of origin in their language (no cookie, no visitor data)."""
    tag = codes.count_scan(code)
    if tag is None:
        raise Http404
    with translation.override(visitor_language(request)):
        return redirect(reverse("provenance:page", kwargs={"code": tag.code}))


@require_safe
def provenance_page(request, code):
    """Who made the product, where, in which craft, the stories told about it, and where to buy it."""
    normalised = codes.normalise(code)
    if normalised != code:
        return redirect("provenance:page", code=normalised)
    product = get_object_or_404(
        with_card_data(Product.objects.filter(is_public=True, provenance_tag__code=code)).select_related("parent")
    )
    return render(request, "provenance/page.html", {"product": product, **maker_context(product)})
