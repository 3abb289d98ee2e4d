"""The site search's results page (/<lang>/search/?q=) and the redirect from Oscar's product search to it."""

from django.http import HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode

from sitesearch.search import site_search


def search_results(request):
    results = site_search(request.GET)
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    return render(request, "sitesearch/results.html", {
        "results": results,
        "filters": results.filters,
        "query_without_page": query_without_page.urlencode(),
        "sorts": ["relevance", "price", "-price", "newest"],
    })


def oscar_product_search(request):
    """Oscar's own search (/<lang>/shop/search/) uses the same index: send it to the site search."""
    params = {key: request.GET.get(key) for key in ("q", "page") if request.GET.get(key)}
    url = reverse("site_search")
    return HttpResponsePermanentRedirect(f"{url}?{urlencode(params)}" if params else url)
