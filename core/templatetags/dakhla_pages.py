"""Small template helpers for the visitor-facing pages."""

import hashlib
import re

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.templatetags.wagtailcore_tags import pageurl

from core.seo import json_for_script

register = template.Library()


@register.simple_tag
def json_ld(data):
    """A schema.org JSON-LD script element from a dict built in Python (nothing when there is no data)."""
    if not data:
        return ""
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(json_for_script(data)))  # noqa: S308 - escaped


@register.filter
def tel_href(phone):
    """A phone number as a tel: link target: digits and a leading +, nothing else."""
    phone = str(phone or "").strip()
    digits = re.sub(r"\D", "", phone)
    return f"tel:+{digits}" if phone.startswith("+") else f"tel:{digits}"


@register.filter
def initials(name):
    """Up to two initials of a name, for a portrait placeholder."""
    letters = [word[0] for word in str(name or "").split() if word and word[0].isalpha()]
    return "".join(letters[:1] + letters[1:][-1:]).upper()


EMBED_CACHE_SECONDS = 24 * 60 * 60
FAILED_EMBED_RETRY_SECONDS = 10 * 60


@register.simple_tag
def video_embed(embed_value):
    """The provider's HTML for an EmbedBlock value, or "" when it cannot be fetched (no network, provider down,
    unknown address): the template then shows a plain link.

    Wagtail stores fetched embeds in its database but retries a failed fetch (up to 10 s) on every view; the result,
    failure included, is kept in the cache for a while, which also spares the page its embed query."""
    url = getattr(embed_value, "url", "") or ""
    if not url:
        return ""
    key = "dakhla:embed:" + hashlib.sha256(url.encode()).hexdigest()
    html = cache.get(key)
    if html is None:
        html = str(embed_value.html or "")
        cache.set(key, html, EMBED_CACHE_SECONDS if html else FAILED_EMBED_RETRY_SECONDS)
    return mark_safe(html)  # noqa: S308 - Wagtail's embed template output, as {{ value }} would render it


@register.simple_tag(takes_context=True)
def visitor_pageurl(context, page):
    """The address of `page` in the visitor's language, without a query: a product's artisan is the French page,
    and the same path under /ar/ or /en/ reaches its Arabic or English version (same slug for an alias; the French
    tree's route redirects to a translation whose slug differs, see core/locales.py)."""
    url = pageurl(context, page)
    language = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    codes = [code for code, __ in settings.LANGUAGES]
    for code in codes:
        prefix = f"/{code}/"
        position = url.find(prefix)
        if position != -1 and url[:position].count("/") <= 2:  # the path's first segment, after any scheme://host
            return url[:position] + f"/{language}/" + url[position + len(prefix):]
    return url
