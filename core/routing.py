"""Finding the page a visitor asked for, in few queries whatever its depth (issue #8).

Wagtail's own routing costs, for /fr/stories/<slug>/, about eight queries before the page's own: the Site (a query
with a CASE ordering that Django hashes slowly), the active Locale, the home page in that locale, then for each path
segment the child page and its specific row. Here:

- the Site of a host name is kept in the worker's memory, checked against a generation number in the shared cache,
  which saving or deleting a Site renews (`SiteMiddleware`);
- the home page of each language is kept the same way (its id, tree path and url_path only);
- the page and every page above it are one query (indexed slug, url_path and tree path), plus its specific row.

No public API lets a project hand Wagtail a route it found itself, so this module is the one place that touches
framework internals, each named in FRAMEWORK_INTERNALS and checked by tests/core/test_fast_routing.py (which fails loudly
when Wagtail or treebeard change shape): Wagtail's per-request route cache (`request._wagtail_route_for_request`,
read by `Page.route_for_request`), Wagtail's per-request Site (`request._wagtail_site`, read by
`Site.find_for_request`), treebeard's cached parent (`_cached_parent_obj`, read by `get_parent`), and the
place of Wagtail's page-serving pattern (last in `wagtail.urls`). The ROUTING_SHORTCUT setting turns it all off:
then `page_urls()` is Wagtail's own URLs and nothing here runs.

Anything this shortcut does not find (a page that exists only in French, an unpublished page, a path that is not a
page) goes through Wagtail's own routing, unchanged, so the result is always Wagtail's; with any page type that
routes on its own, the shortcut is off altogether.
"""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.http.request import split_domain_port
from django.urls import include, path, re_path
from django.utils import translation
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.models import Page, Site, get_page_models
from wagtail.models.sites import get_site_for_hostname

from core.locales import locale_id

GENERATION_KEY = "core.routing.generation"
# The framework internals this shortcut relies on (see the module's docstring and tests/core/test_fast_routing.py).
WAGTAIL_ROUTE_CACHE = "_wagtail_route_for_request"
WAGTAIL_SITE_CACHE = "_wagtail_site"
TREEBEARD_PARENT_CACHE = "_cached_parent_obj"
FRAMEWORK_INTERNALS = (WAGTAIL_ROUTE_CACHE, WAGTAIL_SITE_CACHE, TREEBEARD_PARENT_CACHE)

_memory = {"generation": None, "sites": {}, "homes": {}}


def _check_generation(request):
    """Empty the worker's memory when a Site or a home page changed elsewhere: one cache read per request."""
    if getattr(request, "_routing_generation_checked", False):
        return
    request._routing_generation_checked = True
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = uuid.uuid4().hex
        cache.set(GENERATION_KEY, generation, None)
    if generation != _memory["generation"]:
        _memory.update(generation=generation, sites={}, homes={})


def forget(**kwargs):
    """A Site or a home page changed: every worker looks them up again."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
    _memory.update(generation=None, sites={}, homes={})


def _forget_home(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.depth is not None and instance.depth <= 2:
        forget()


post_save.connect(forget, sender=Site, dispatch_uid="core.routing.site_saved")
post_delete.connect(forget, sender=Site, dispatch_uid="core.routing.site_deleted")
post_save.connect(_forget_home, dispatch_uid="core.routing.home_saved")
post_delete.connect(_forget_home, dispatch_uid="core.routing.home_deleted")


def find_site(request):
    """Wagtail's Site for the request (Site.find_for_request's answer), from the worker's memory."""
    if hasattr(request, WAGTAIL_SITE_CACHE):
        return getattr(request, WAGTAIL_SITE_CACHE)
    _check_generation(request)
    # Django's public get_host(): CommonMiddleware, earlier in the list, has already refused a host not allowed.
    key = (split_domain_port(request.get_host())[0], request.get_port())
    sites = _memory["sites"]
    if key not in sites:
        try:
            sites[key] = get_site_for_hostname(*key)
        except Site.DoesNotExist:
            sites[key] = None
    setattr(request, WAGTAIL_SITE_CACHE, sites[key])
    return sites[key]


class SiteMiddleware:
    """Sets the request's Wagtail Site (read by Wagtail's routing, redirects, settings and page URLs) without a
    query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            find_site(request)
        except DatabaseError:
            pass  # left to Wagtail, when a view needs it (/healthz answers that the database is down)
        return self.get_response(request)


def _home(site, locale_pk):
    """(id, path, url_path) of the site's home page in a locale, or None."""
    homes = _memory["homes"]
    key = (site.pk, locale_pk)
    if key not in homes:
        root = site.root_page
        found = (Page.objects.filter(translation_key=root.translation_key, locale_id=locale_pk)
                 .values_list("pk", "path", "url_path").first())
        homes[key] = found
    return homes[key]


def fast_route(request, path):
    """The RouteResult of a page found directly by its slug and url_path, or None (then Wagtail routes)."""
    site = find_site(request)
    if site is None or _own_routing():
        return None
    _check_generation(request)
    home = _home(site, locale_id(translation.get_language()))
    if home is None:
        return None
    home_pk, home_path, home_url_path = home
    components = [component for component in path.split("/") if component]
    # The page and every page above it up to the home page, in one query: Wagtail's routing leaves each page's
    # parent cached on it, and the pages' breadcrumbs and settings (cooperatives.queries.live_parent) read them.
    url_paths = [home_url_path + "".join(f"{component}/" for component in components[:end])
                 for end in range(1, len(components) + 1)]
    found = Page.objects.filter(Q(pk=home_pk) | Q(slug__in=components, url_path__in=url_paths),
                                path__startswith=home_path)
    chain = sorted(found, key=lambda page: page.depth)
    if len(chain) != len(components) + 1 or chain[0].pk != home_pk:
        return None
    for parent, child in zip(chain, chain[1:]):
        if child.depth != parent.depth + 1 or not child.path.startswith(parent.path):
            return None
    page = chain[-1].specific
    if not page.live:
        return None  # Wagtail's 404, or the French page standing in for it (core.locales.french_tree_route)
    for parent, child in zip(chain, chain[1:-1] + [page]):
        setattr(child, TREEBEARD_PARENT_CACHE, parent)
    return page.route(request, [])


def _own_routing():
    """Page types whose routing is their own (other than the home page's French fallback): with any, the shortcut
    would skip it, so it is off."""
    if "own_routing" not in _memory:
        _memory["own_routing"] = [model for model in get_page_models()
                                  if model.route is not Page.route and not getattr(model, "french_fallback", False)]
    return _memory["own_routing"]


def serve(request, path):
    """Wagtail's serve view, with the route found by `fast_route` when it can be."""
    if not hasattr(request, WAGTAIL_ROUTE_CACHE):
        result = fast_route(request, path)
        if result is not None:
            setattr(request, WAGTAIL_ROUTE_CACHE, result)
    return wagtail_views.serve(request, path)


def page_urls():
    """Wagtail's URLs, its page-serving pattern (the catch-all, last) answered by `serve` when ROUTING_SHORTCUT is on.
    """
    if not settings.ROUTING_SHORTCUT:
        return [path("", include(wagtail_urls))]
    *others, catch_all = wagtail_urls.urlpatterns
    return [path("", include(others)), re_path(wagtail_urls.serve_pattern, serve, name=catch_all.name)]
