"""Full-page cache for anonymous visitors (issue #8), switched on by the PAGE_CACHE_ENABLED setting.

What is cached: the HTML of GET pages that are the same for every anonymous visitor (Wagtail pages, catalogue and
category lists, product pages, search results, offers), under /<lang>/, answered 200 without a cookie of their own
and without a flash message. Never: the basket, checkout, account, order tracking, the artisans' workshop and joining
form, the CMS, Oscar's dashboard, or anything outside a language prefix.

Who is served from the cache: a visitor who is not logged in. Deciding that takes no database query for a visitor
without a session cookie; a visitor with a session is looked up (one query) and served from the cache unless logged
in, holding flash messages, or past a page's view restriction (Wagtail's password pages).

What stays per visitor: the cached HTML holds a sentinel where the CSRF token goes (`csrf_token` context processor
below, on the requests whose page may be stored) and a sentinel in place of the header's basket summary (the region
between the markers that site/templates/includes/basket_summary.html writes). Serving a page fills in the visitor's
own token (Django's CSRF machinery: same cookie, fresh mask) and their basket summary: the empty one is rendered once
per language and process; a visitor with a basket cookie gets theirs rendered from their basket.

Two places answer from the cache:
- `__call__`, early in the middleware list (after WhiteNoise), for the common visitor with no session and no basket
  cookie: nothing else runs (no session, no URL resolving, no view);
- `process_view`, once the session, user, language and basket are known, for a visitor with a session or a basket.

Invalidation: every entry records the cache generation it was made in; `bump()` increments the generation (a
receiver per model in `connect()`: pages published, unpublished, moved or deleted, products, images, stock records,
prices, categories, crafts, offers, settings...), so every cached page is stale at once. A change inside a transaction
bumps again when it commits, so a page rendered from the data before the commit cannot outlive it.
"""

import hashlib
import os
import re
import struct
import time
import zlib

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.middleware.csrf import (
    CSRF_ALLOWED_CHARS,
    CSRF_SECRET_LENGTH,
    CSRF_TOKEN_LENGTH,
    CsrfViewMiddleware,
    get_token,
)
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.functional import empty

GENERATION_KEY = "page-cache:generation"
KEY_PREFIX = "page-cache:page:v2:"  # the version of the entries' layout
CSRF_SENTINEL = "pc-csrf-7f3c1e0b9d2a4c55"
BASKET_START = "<!--page-cache:basket-->"
BASKET_END = "<!--/page-cache:basket-->"
BASKET_SENTINEL = b"<!--page-cache:basket-summary-->"
HEADER = "X-Page-Cache"

# States of a request, kept on `request._page_cache`.
MISS = "miss"  # may be stored: rendered with the sentinels
DEFERRED = "deferred"  # session or basket cookie: decided in process_view
BYPASS = "bypass"

DEFAULT_EXCLUDE = (
    r"^/[^/]+/(shop/(basket|checkout|accounts|track-order|parcels|wishlists|search)|atelier|devenir-artisan)(/|$)",
    r"/reviews/",
)
SESSION_KEYS_THAT_PERSONALISE = ("_auth_user_id", "_messages", "passed_page_view_restrictions")
SKIPPED_HEADERS = {"set-cookie", "content-length"}


def enabled():
    return getattr(settings, "PAGE_CACHE_ENABLED", False)


def timeout():
    return getattr(settings, "PAGE_CACHE_SECONDS", 600)


# --- Generation ---

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
    """Make every cached page stale now, and again when the current transaction commits."""
    _increment()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_increment)


# --- Which requests ---

_exclude = None
_languages = None


def _excluded(path):
    global _exclude
    if _exclude is None:
        patterns = getattr(settings, "PAGE_CACHE_EXCLUDE", DEFAULT_EXCLUDE)
        _exclude = re.compile("|".join(f"(?:{pattern})" for pattern in patterns))
    return _exclude.search(path) is not None


def _language(path):
    """The language prefix of a path (/fr/...), or None."""
    global _languages
    if _languages is None:
        _languages = {code for code, __ in settings.LANGUAGES}
    code = path[1:].split("/", 1)[0]
    return code if code in _languages and path.startswith(f"/{code}/") else None


def key_for(url):
    """The cache key of an absolute URL (scheme, host, path and query string; the language is in the path)."""
    return KEY_PREFIX + hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()


def _cache_key(request):
    return key_for(f"{request.scheme}://{request.get_host()}{request.get_full_path()}")


# --- The visitor's parts ---

class _EmptyBasket:
    num_items = 0
    total_incl_tax = 0
    currency = None


class _EmptyBasketRequest:
    basket = _EmptyBasket()


_empty_summaries = {}


def _empty_basket_summary(language):
    html = _empty_summaries.get(language)
    if html is None:
        with translation.override(language):
            html = _empty_summaries[language] = render_to_string(
                "includes/basket_summary.html", {"request": _EmptyBasketRequest()}
            ).strip().encode()
    return html


def _visitor_basket_summary(request):
    return render_to_string("includes/basket_summary.html", {"request": request}).strip().encode()


def _fill(body, token, basket_html):
    if token is not None:
        body = body.replace(CSRF_SENTINEL.encode(), token.encode())
    return body.replace(BASKET_SENTINEL, basket_html)


# --- Stored entries ---
# (generation, status, headers, pieces, gzipped pieces): `pieces` alternates the page's fixed parts and its slots,
# b"c" for a CSRF token and b"b" for the basket summary; the fixed parts are also kept compressed, each one a raw
# DEFLATE stream ended by a sync flush (byte-aligned) whose back-references reach only the fixed text before it, so a
# gzip response is put together from them and the visitor's few bytes in stored blocks, without compressing the page
# on each request.

_SLOTS = re.compile(b"(" + re.escape(CSRF_SENTINEL.encode()) + b"|" + re.escape(BASKET_SENTINEL) + b")")
_SLOT_NAMES = {CSRF_SENTINEL.encode(): b"c", BASKET_SENTINEL: b"b"}
_GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"  # no name, no time: same bytes for the same page
_FINAL_BLOCK = b"\x03\x00"  # an empty last block


def _make_entry(generation, status, headers, body):
    parts = _SLOTS.split(body)  # fixed, slot, fixed, slot, ..., fixed
    pieces = [part if index % 2 == 0 else _SLOT_NAMES[part] for index, part in enumerate(parts)]
    gzipped, window = [], b""
    for index, piece in enumerate(pieces):
        if index % 2 == 0:
            gzipped.append(_deflate(piece, window))
            window = (window + piece)[-32768:]
        else:
            gzipped.append(None)
            # A token is always CSRF_TOKEN_LENGTH characters: the next fixed part may refer back across it, to the
            # fixed text before it (never into it: zero bytes occur in no page). The basket summary's length varies:
            # nothing after it refers to what comes before it.
            window = (window + b"\x00" * CSRF_TOKEN_LENGTH)[-32768:] if piece == b"c" else b""
    return (generation, status, headers, pieces, gzipped)


def _deflate(data, window):
    if not data:
        return b""
    if window:
        compressor = zlib.compressobj(6, zlib.DEFLATED, -15, zdict=window)
    else:
        compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(zlib.Z_SYNC_FLUSH)


def _stored(data):
    """`data` as uncompressed (stored) DEFLATE blocks, not the last one."""
    return b"".join(
        b"\x00" + struct.pack("<HH", len(chunk), len(chunk) ^ 0xFFFF) + chunk
        for chunk in (data[start:start + 65535] for start in range(0, len(data), 65535))
    )


def _plain(entry, slots):
    pieces = entry[3]
    return b"".join(piece if index % 2 == 0 else slots[piece] for index, piece in enumerate(pieces))


def _gzip(entry, slots):
    pieces, gzipped = entry[3], entry[4]
    out, crc, size = [_GZIP_HEADER], 0, 0
    for index, piece in enumerate(pieces):
        if index % 2 == 0:
            out.append(gzipped[index])
            data = piece
        else:
            data = slots[piece]
            out.append(_stored(data))
        crc = zlib.crc32(data, crc)
        size += len(data)
    out.append(_FINAL_BLOCK)
    out.append(struct.pack("<II", crc, size & 0xFFFFFFFF))
    return b"".join(out)


_accepts_gzip = re.compile(r"\bgzip\b")


def _response(request, entry, token, basket_html, state):
    __, status, headers, __, __ = entry
    slots = {b"c": token.encode() if token is not None else b"", b"b": basket_html}
    compressed = (_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) is not None
                  and (token is None or len(token) == CSRF_TOKEN_LENGTH))  # else GZipMiddleware compresses it
    body = _gzip(entry, slots) if compressed else _plain(entry, slots)
    response = HttpResponse(b"" if request.method == "HEAD" else body, status=status)
    for name, value in headers:
        response.headers[name] = value
    if compressed:
        response.headers["Content-Encoding"] = "gzip"
    patch_vary_headers(response, ("Accept-Encoding",))
    response.headers["Content-Length"] = str(len(body))
    response.headers[HEADER] = state
    response._page_cache_served = True
    return response


_CHAR_INDEX = {char: index for index, char in enumerate(CSRF_ALLOWED_CHARS)}
_UNBIASED = 256 - 256 % len(CSRF_ALLOWED_CHARS)  # random bytes below this map evenly onto the 62 characters


def _random_chars(count):
    chars, found = CSRF_ALLOWED_CHARS, []
    while len(found) < count:
        found.extend(chars[byte % len(chars)] for byte in os.urandom(count + 8) if byte < _UNBIASED)
    return "".join(found[:count])


def _visitor_token(request):
    """Django's get_token(), with the operating system's random bytes read once rather than once per character (it
    was a third of the time of a cached page): the visitor's secret from their cookie (or a new one, sent back in
    the cookie by the CSRF middleware's process_response), masked afresh."""
    if settings.CSRF_USE_SESSIONS:
        return get_token(request)
    secret = request.META.get("CSRF_COOKIE")
    if secret is None:
        secret = request.META["CSRF_COOKIE"] = _random_chars(CSRF_SECRET_LENGTH)
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    mask = _random_chars(CSRF_SECRET_LENGTH)
    index, chars = _CHAR_INDEX, CSRF_ALLOWED_CHARS
    return mask + "".join(chars[(index[a] + index[b]) % len(chars)] for a, b in zip(secret, mask))


def _csrf_needed(entry):
    return b"c" in entry[3][1::2]


class PageCacheMiddleware:
    """Serves and stores anonymous visitors' pages (see the module's docstring). Goes right after WhiteNoise."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.csrf = CsrfViewMiddleware(get_response)
        self.session_cookie = settings.SESSION_COOKIE_NAME
        self.basket_cookie = settings.OSCAR_BASKET_COOKIE_OPEN
        self.messages_cookie = getattr(settings, "MESSAGE_COOKIE_NAME", "messages")

    def __call__(self, request):
        if not enabled() or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        language = _language(request.path_info)
        if language is None or _excluded(request.path_info) or request.COOKIES.get(self.messages_cookie):
            return self.get_response(request)

        cookies = request.COOKIES
        if cookies.get(self.session_cookie) or cookies.get(self.basket_cookie):
            request._page_cache = DEFERRED
        else:
            key = _cache_key(request)
            entry, generation = self._lookup(key)
            if entry is not None:
                return self._serve_without_session(request, entry, language)
            request._page_cache = MISS
            request._page_cache_key, request._page_cache_generation = key, generation

        response = self.get_response(request)
        if getattr(request, "_page_cache", None) == MISS and not getattr(response, "_page_cache_served", False):
            response = self._finish_miss(request, response, language)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if getattr(request, "_page_cache", None) != DEFERRED:
            return None
        if self._personal(request):
            request._page_cache = BYPASS
            return None
        key = _cache_key(request)
        entry, generation = self._lookup(key)
        if entry is None:
            request._page_cache = MISS
            request._page_cache_key, request._page_cache_generation = key, generation
            return None
        token = get_token(request) if _csrf_needed(entry) else None  # Django's CSRF middleware sets the cookie
        return _response(request, entry, token, _visitor_basket_summary(request), "hit")

    # --- helpers ---

    def _lookup(self, key):
        """(the entry if it is current or None, the current generation), in one round trip. A page rendered after a
        miss is stored under the generation read here, before its data was: if a change bumps the generation while
        the page renders, the entry is stale from the start."""
        found = cache.get_many([GENERATION_KEY, key])
        generation, entry = found.get(GENERATION_KEY), found.get(key)
        if generation is None:
            return None, _new_generation()
        if entry is None or entry[0] != generation:
            return None, generation
        return entry, generation

    def _serve_without_session(self, request, entry, language):
        token = None
        if _csrf_needed(entry):
            self.csrf.process_request(request)  # reads (or rejects) the visitor's CSRF cookie
            token = _visitor_token(request)
        response = _response(request, entry, token, _empty_basket_summary(language), "hit")
        if token is not None:
            response = self.csrf.process_response(request, response)  # sets or renews the CSRF cookie
        return response

    def _personal(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return True
        session = getattr(request, "session", None)
        if session is not None and any(key in session for key in SESSION_KEYS_THAT_PERSONALISE):
            return True
        return False

    def _finish_miss(self, request, response, language):
        """The response of a page rendered with the sentinels: store it if it is the same for everybody, and give
        this visitor their own token and basket summary."""
        if not hasattr(response, "content") or getattr(response, "streaming", False):
            return response
        body = response.content
        start, end = BASKET_START.encode(), BASKET_END.encode()
        token = getattr(request, "_page_cache_csrf", None)
        if start in body and end in body:
            head, rest = body.split(start, 1)
            visitor_basket, tail = rest.split(end, 1)
            template, visitor_basket = head + BASKET_SENTINEL + tail, visitor_basket.strip()
        else:
            template, visitor_basket = body, b""
        if self._storable(request, response):
            headers = [(name, value) for name, value in response.items() if name.lower() not in SKIPPED_HEADERS]
            entry = _make_entry(request._page_cache_generation, response.status_code, headers, template)
            cache.set(request._page_cache_key, entry, timeout())
            response.headers[HEADER] = "miss"
        else:
            response.headers[HEADER] = "bypass"
        response.content = _fill(template, token, visitor_basket)
        if response.has_header("Content-Length"):
            response.headers["Content-Length"] = str(len(response.content))
        return response

    def _storable(self, request, response):
        if request.method != "GET" or response.status_code != 200:
            return False
        if not response.get("Content-Type", "").startswith("text/html"):
            return False
        cache_control = response.get("Cache-Control", "").lower()
        if any(word in cache_control for word in ("private", "no-store", "no-cache")):
            return False
        csrf_cookie = settings.CSRF_COOKIE_NAME
        if any(name != csrf_cookie for name in response.cookies):
            return False  # the session, the basket, messages or the view's own cookie: this page is someone's
        session = getattr(request, "session", None)
        if session is not None and session.modified:
            return False
        storage = getattr(request, "_messages", None)
        if storage is not None and (getattr(storage, "_queued_messages", None)
                                    or getattr(storage, "_loaded_data", None)):
            return False  # a message was added, or shown
        user = getattr(request, "user", None)  # logged in by this very request?
        if user is not None and getattr(user, "_wrapped", empty) is not empty and user.is_authenticated:
            return False
        return True


def context(request):
    """Template context processor: the CSRF sentinel and the basket markers on pages that may be stored."""
    if getattr(request, "_page_cache", None) != MISS:
        return {}
    if not hasattr(request, "_page_cache_csrf"):
        request._page_cache_csrf = get_token(request)  # the visitor's own token, and their CSRF cookie
    return {"csrf_token": CSRF_SENTINEL, "page_cache_markers": True}


# --- Invalidation ---

_IGNORED_MODELS = {
    "core.siterendition", "stories.storyproductmention", "wagtailcore.revision", "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry", "wagtailcore.workflowstate", "wagtailcore.taskstate", "wagtailcore.pagesubscription",
    "wagtailcore.comment", "wagtailcore.commentreply", "wagtailcore.referenceindex", "wagtailcore.uploadedfile",
    "wagtailsearch.indexentry", "catalogue.productrecommendation",
}
_WATCHED_APPS = {"stories", "cooperatives", "catalogue", "partner", "offer", "wagtailcore", "shipping", "shop",
                 "wagtailimages", "wagtailredirects", "sites", "taggit", "flatpages", "wagtail_localize"}
# Saving only these fields of a page is saving a draft: what visitors see has not changed.
_DRAFT_FIELDS = {"draft_title", "latest_revision_created_at", "latest_revision", "has_unpublished_changes",
                 "locked", "locked_by", "locked_at"}
_watched = {}


def _is_watched(sender):
    answer = _watched.get(sender)
    if answer is None:
        label = sender._meta.label_lower
        answer = _watched[sender] = sender._meta.app_label in _WATCHED_APPS and label not in _IGNORED_MODELS
    return answer


def _on_save(sender, instance=None, update_fields=None, raw=False, **kwargs):
    if raw or not _is_watched(sender):
        return
    from wagtail.models import Page

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
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from oscar.apps.order.signals import order_placed
    from wagtail.signals import page_published, page_unpublished, post_page_move

    post_save.connect(_on_save, dispatch_uid="page_cache_save")
    post_delete.connect(_on_delete, dispatch_uid="page_cache_delete")
    m2m_changed.connect(_on_m2m, dispatch_uid="page_cache_m2m")
    for signal, uid in ((page_published, "published"), (page_unpublished, "unpublished"),
                        (post_page_move, "moved"), (order_placed, "order_placed")):
        signal.connect(_on_signal, dispatch_uid=f"page_cache_{uid}")
