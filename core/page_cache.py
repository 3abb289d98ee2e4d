"""Full-page cache for anonymous visitors (issue #8), switched on by the PAGE_CACHE_ENABLED setting.

Cached: the HTML of GET pages under /<lang>/ that are the same for every anonymous visitor (Wagtail pages, catalogue
and category lists, products, search results, offers), answered 200 with no cookie of their own and no flash message.
Never: the basket, checkout, account, order tracking, the artisans' workshop and joining form, the CMS, the dashboard.

Served from it: a visitor who is not logged in. A visitor without a session cookie costs no query; one with a session
is served unless logged in (`request.user.is_authenticated`), holding flash messages (`get_messages()`, left unread)
or past a page's view restriction (Wagtail's password pages: its session key).

Per visitor: the stored HTML holds a sentinel for the CSRF token (`context` below) and one for the header's basket
summary (between the markers of site/templates/includes/basket_summary.html). Serving fills in the visitor's token
(`get_token()`: their CSRF cookie, a fresh mask) and basket summary (the empty one rendered once per language and
process). Entries are uncompressed: GZipMiddleware, before this one, compresses every response.

Answered from the cache in `__call__`, right after GZip, for a visitor with no session and no basket cookie (nothing
else runs but `requires_csrf_token`: no session, URL resolving or view), and in `process_view`, once the session,
user and basket are known, for the others.

Invalidation: every entry records the generation it was made in; `bump()` increments it (receivers in `connect()`:
pages published, moved or deleted, products, images, stock, prices, categories, offers, settings...), so every page
is stale at once. A change inside a transaction bumps again when it commits, so a page rendered from the data before
the commit cannot outlive it.
"""

import hashlib
import re
import time
from functools import cache as once
from types import SimpleNamespace

from django.conf import settings
from django.contrib.messages import get_messages
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils import translation
from django.views.decorators.csrf import requires_csrf_token
from oscar.apps.order.signals import order_placed
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "page-cache:generation"
KEY_PREFIX = "page-cache:page:v3:"  # the version of the entries' layout
CSRF_SENTINEL = "pc-csrf-7f3c1e0b9d2a4c55"
BASKET_START = b"<!--page-cache:basket-->"
BASKET_END = b"<!--/page-cache:basket-->"
BASKET_SENTINEL = b"<!--page-cache:basket-summary-->"
HEADER = "X-Page-Cache"
_CSRF = CSRF_SENTINEL.encode()

DEFAULT_EXCLUDE = (
    r"^/[^/]+/(shop/(basket|checkout|accounts|track-order|parcels|wishlists|search)|atelier|devenir-artisan)(/|$)",
    r"/reviews/",
)

# `request.page_cache`: DEFERRED (a session or basket cookie: decided in process_view), BYPASS, or a Miss.
DEFERRED = "deferred"
BYPASS = "bypass"


class Miss:
    """A request whose page may be stored: its key, generation, and the visitor's token once the page asks for one."""

    def __init__(self, key, generation):
        self.key, self.generation, self.token = key, generation, None


def _new_generation():
    # Never a value an old entry may hold, even after the key was evicted: milliseconds since the epoch.
    generation = int(time.time() * 1000)
    cache.add(GENERATION_KEY, generation, None)
    return cache.get(GENERATION_KEY, generation)


def _increment():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet, or evicted
        cache.set(GENERATION_KEY, int(time.time() * 1000), None)


def bump():
    """Make every cached page stale now, and again when the current transaction commits (outside a transaction
    on_commit runs it at once: a second increment, harmless)."""
    _increment()
    transaction.on_commit(_increment)


@once
def _exclude():
    return re.compile("|".join(f"(?:{p})" for p in getattr(settings, "PAGE_CACHE_EXCLUDE", DEFAULT_EXCLUDE)))


def _language(path):
    """The language prefix of a path (/fr/...), or None."""
    code = path[1:].split("/", 1)[0]
    return code if path.startswith(f"/{code}/") and code in dict(settings.LANGUAGES) else None


def key_for(url):
    """The cache key of an absolute URL (scheme, host, path and query string; the language is in the path)."""
    return KEY_PREFIX + hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()


def _personal(request):
    """Is the page this visitor sees their own? Logged in, flash messages waiting, or past a view restriction."""
    if request.user.is_authenticated:
        return True
    messages = get_messages(request)
    waiting = any(True for __ in messages)
    messages.used = False  # iterating marks them as shown: they are still the page's to show (Django's docs)
    return waiting or PageViewRestriction.passed_view_restrictions_session_key in request.session


def _basket_summary(request):
    return render_to_string("includes/basket_summary.html", {"request": request}).strip().encode()


@once
def _empty_basket_summary(language):
    with translation.override(language):
        return _basket_summary(SimpleNamespace(basket=SimpleNamespace(num_items=0, total_incl_tax=0, currency=None)))


# --- Stored entries: (generation, status, headers, HTML with the sentinels, whether it holds a CSRF token) ---

def _response(request, entry, basket_html):
    """A cached page with this visitor's token (get_token() also has the CSRF cookie set or renewed on the way out,
    by CsrfViewMiddleware or requires_csrf_token) and basket summary; compressed later by GZipMiddleware."""
    __, status, headers, body, has_token = entry
    if has_token:
        body = body.replace(_CSRF, get_token(request).encode())
    body = body.replace(BASKET_SENTINEL, basket_html)
    response = HttpResponse(b"" if request.method == "HEAD" else body, status=status, headers=headers)
    response.headers["Content-Length"] = str(len(body))
    response.headers[HEADER] = "hit"
    return response


@requires_csrf_token
def _serve_early(request, entry, language):
    """A hit for a visitor with neither session nor basket, before the rest of the middleware: Django's CSRF
    decorator reads their CSRF cookie, and sets or renews it as CsrfViewMiddleware would."""
    return _response(request, entry, _empty_basket_summary(language))


def _storable(request, response):
    """Is this page the same for everybody? (A message added, a login or the basket set a cookie or the session.)"""
    session, user = getattr(request, "session", None), getattr(request, "user", None)
    return (request.method == "GET" and response.status_code == 200
            and response.get("Content-Type", "").startswith("text/html")
            and not re.search("private|no-store|no-cache", response.get("Cache-Control", ""), re.IGNORECASE)
            and all(name == settings.CSRF_COOKIE_NAME for name in response.cookies)
            and not (session is not None and session.modified)
            and not (user is not None and user.is_authenticated))  # no query without a session; known otherwise


class PageCacheMiddleware:
    """Serves and stores anonymous visitors' pages (see the module's docstring). Goes right after GZipMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.visitor_cookies = (settings.SESSION_COOKIE_NAME, settings.OSCAR_BASKET_COOKIE_OPEN)

    def __call__(self, request):
        path = request.path_info
        language = _language(path) if settings.PAGE_CACHE_ENABLED and request.method in ("GET", "HEAD") else None
        if language is None or _exclude().search(path) or request.COOKIES.get(CookieStorage.cookie_name):
            return self.get_response(request)
        cookies = request.COOKIES
        if settings.CSRF_USE_SESSIONS or any(cookies.get(name) for name in self.visitor_cookies):
            request.page_cache = DEFERRED
        else:
            entry = self._find(request)
            if entry is not None:
                return _serve_early(request, entry, language)
        response = self.get_response(request)
        if isinstance(getattr(request, "page_cache", None), Miss):
            response = self._finish_miss(request, response)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if getattr(request, "page_cache", None) != DEFERRED:
            return None
        if _personal(request):
            request.page_cache = BYPASS
            return None
        entry = self._find(request)
        return None if entry is None else _response(request, entry, _basket_summary(request))

    def _find(self, request):
        """The current entry of this page, or None with `request.page_cache` set to a Miss. The generation and the
        entry come in one round trip; a page rendered after a miss is stored under the generation read here, before
        its data was: if a change bumps the generation while the page renders, the entry is stale from the start."""
        key = key_for(f"{request.scheme}://{request.get_host()}{request.get_full_path()}")
        found = cache.get_many([GENERATION_KEY, key])
        generation, entry = found.get(GENERATION_KEY), found.get(key)
        if generation is None:
            generation = _new_generation()
        elif entry is not None and entry[0] == generation:
            return entry
        request.page_cache = Miss(key, generation)
        return None

    def _finish_miss(self, request, response):
        """The response of a page rendered with the sentinels: store it if it is the same for everybody, and give
        this visitor their own token and basket summary."""
        if response.streaming:
            return response
        body, visitor_basket = response.content, b""
        head, start, rest = body.partition(BASKET_START)
        if start and BASKET_END in rest:
            visitor_basket, __, tail = rest.partition(BASKET_END)
            body, visitor_basket = head + BASKET_SENTINEL + tail, visitor_basket.strip()
        miss = request.page_cache
        if _storable(request, response):
            headers = {name: value for name, value in response.items() if name.lower() != "content-length"}
            cache.set(miss.key, (miss.generation, response.status_code, headers, body, _CSRF in body),
                      settings.PAGE_CACHE_SECONDS)
            response.headers[HEADER] = "miss"
        else:
            response.headers[HEADER] = "bypass"
        if miss.token is not None:
            body = body.replace(_CSRF, miss.token.encode())
        response.content = body.replace(BASKET_SENTINEL, visitor_basket)
        if response.has_header("Content-Length"):
            response.headers["Content-Length"] = str(len(response.content))
        return response


def context(request):
    """Template context processor: the CSRF sentinel and the basket markers on pages that may be stored."""
    miss = getattr(request, "page_cache", None)
    if not isinstance(miss, Miss):
        return {}
    if miss.token is None:
        miss.token = get_token(request)  # the visitor's own token, and their CSRF cookie
    return {"csrf_token": CSRF_SENTINEL, "page_cache_markers": True}


# --- Invalidation ---

_IGNORED_MODELS = {
    "core.siterendition", "wagtailcore.revision", "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry", "wagtailcore.workflowstate", "wagtailcore.taskstate", "wagtailcore.pagesubscription",
    "wagtailcore.comment", "wagtailcore.commentreply", "wagtailcore.referenceindex", "wagtailcore.uploadedfile",
    "wagtailsearch.indexentry", "catalogue.productrecommendation",
}
_WATCHED_APPS = {"core", "stories", "cooperatives", "catalogue", "partner", "offer", "wagtailcore", "shipping", "shop",
                 "wagtailimages", "wagtailredirects", "sites", "taggit", "flatpages", "wagtail_localize"}
# Saving only these fields of a page is saving a draft: what visitors see has not changed.
_DRAFT_FIELDS = {"draft_title", "latest_revision_created_at", "latest_revision", "has_unpublished_changes",
                 "locked", "locked_by", "locked_at"}


@once
def _is_watched(sender):
    return sender._meta.app_label in _WATCHED_APPS and sender._meta.label_lower not in _IGNORED_MODELS


def _on_save(sender, instance=None, update_fields=None, raw=False, **kwargs):
    if raw or not _is_watched(sender):
        return
    if update_fields and isinstance(instance, Page) and set(update_fields) <= _DRAFT_FIELDS:
        return
    bump()


def _on_delete(sender, **kwargs):
    if _is_watched(sender):
        bump()


def _on_m2m(sender, action=None, instance=None, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and _is_watched(type(instance)):
        bump()


def _on_signal(**kwargs):
    bump()


def connect():
    """Connect the receivers that make every cached page stale when what pages show changes (call from a ready())."""
    post_save.connect(_on_save, dispatch_uid="page_cache_save")
    post_delete.connect(_on_delete, dispatch_uid="page_cache_delete")
    m2m_changed.connect(_on_m2m, dispatch_uid="page_cache_m2m")
    for signal, uid in ((page_published, "published"), (page_unpublished, "unpublished"),
                        (post_page_move, "moved"), (order_placed, "order_placed")):
        signal.connect(_on_signal, dispatch_uid=f"page_cache_{uid}")
