"""What search engines and link previews read: title, description, canonical and language alternates, Open Graph
tags and schema.org JSON-LD, built in Python (so it is valid JSON, escaped once by the `json_ld` template tag) from
objects the page has already fetched: building it costs no query once the renditions are prefetched.

Templates receive one `seo` dict, rendered by `includes/seo.html`.
"""

import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext

from core.locales import translations_by_language
from core.renditions import VARIANTS

SCHEMA = "https://schema.org"
OG_IMAGE_SPEC = VARIANTS["open_graph"].specs[0]
OG_LOCALES = {"fr": "fr_MA", "ar": "ar_MA", "en": "en_GB"}
DESCRIPTION_LENGTH = 200
# The same escapes as Django's json_script: nothing in the data can close the script element or open a comment.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_for_script(data):
    """JSON-LD text that is safe inside a <script> element (the one escaping rule of every page's JSON-LD)."""
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)


def absolute(request, url):
    if not url:
        return ""
    if url.startswith(("http://", "https://")):
        return url
    return request.build_absolute_uri(url)


def page_url(page, request):
    return absolute(request, page.get_url(request))


def image_url(request, image, spec=OG_IMAGE_SPEC):
    """The absolute address of one rendition of `image` (empty when there is no image)."""
    if image is None:
        return ""
    return absolute(request, image.get_rendition(spec).url)


def language_alternates(page, request):
    """The page's address in each language it is really translated into (an alias standing in for a missing
    translation repeats the French text: it is left out, and points to the French page as canonical), one query;
    x-default is the French page."""
    versions = {language: version for language, version in translations_by_language(page).items()
                if not version.alias_of_id}
    alternates = [{"lang": code, "url": page_url(versions[code], request)}
                  for code, __ in settings.LANGUAGES if code in versions]
    if settings.LANGUAGE_CODE in versions:
        alternates.append({"lang": "x-default", "url": page_url(versions[settings.LANGUAGE_CODE], request)})
    return alternates, versions


def default_description():
    # The same words as the base layout's default description (one msgid, one translation).
    return gettext(
        "Crafts of Dakhla-Oued Eddahab and the regions of Morocco, sold by the artisans and cooperatives who make them."
    )


def describe(*texts):
    for text in texts:
        text = strip_tags(str(text or "")).strip()
        if text:
            return Truncator(" ".join(text.split())).chars(DESCRIPTION_LENGTH)
    return ""


def publisher(request):
    return {"@type": "Organization", "name": settings.SITE_NAME, "url": absolute(request, "/")}


def page_seo(page, request, *, description="", image=None, og_type="website", json_ld=None, og_extra=()):
    """The `seo` dict of a page. `image` is a SiteImage (its renditions ideally prefetched)."""
    alternates, versions = language_alternates(page, request)
    url = page_url(page, request)
    if page.alias_of_id:
        # Not translated yet: the French page is the one search engines should index.
        source = next((version for version in versions.values() if version.pk == page.alias_of_id), None)
        url = page_url(source, request) if source is not None else url
    data = {
        "title": page.seo_title or page.title,
        "description": describe(page.search_description, description, default_description()),
        "url": url,
        "alternates": alternates,
        "type": og_type,
        "locale": OG_LOCALES.get(translation.get_language(), ""),
        "image_url": image_url(request, image),
        "image_alt": image.description if image is not None else "",
        "og_extra": list(og_extra),
        "json_ld": json_ld,
    }
    if json_ld is not None:
        json_ld.setdefault("@context", SCHEMA)
        json_ld.setdefault("url", url)
        json_ld.setdefault("inLanguage", translation.get_language())
        if data["image_url"]:
            json_ld.setdefault("image", data["image_url"])
    return data


def _named(page, request, schema_type):
    return {"@type": schema_type, "name": page.title, "url": page_url(page, request)} if page else None


def _drop_empty(data):
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def website_ld(home, request):
    return _drop_empty({
        "@type": "WebSite", "name": settings.SITE_NAME, "description": describe(home.introduction),
        "publisher": publisher(request),
    })


def collection_ld(page, request, stories):
    return _drop_empty({
        "@type": "CollectionPage", "name": page.title, "description": describe(page.introduction),
        "hasPart": [_named(story, request, "Article") for story in stories],
    })


def place_ld(region, request, crafts, workshops):
    return _drop_empty({
        "@type": "Place",
        "name": region.title,
        "description": describe(region.introduction),
        "keywords": ", ".join(craft.name for craft in crafts),
        "containsPlace": [
            _drop_empty({
                "@type": "Place", "name": workshop.name, "address": workshop.address,
                "telephone": workshop.phone, "geo": geo(workshop),
            })
            for workshop in workshops
        ],
    })


def geo(place):
    if place.latitude is None or place.longitude is None:
        return None
    return {"@type": "GeoCoordinates", "latitude": float(place.latitude), "longitude": float(place.longitude)}


def organization_ld(cooperative, request, *, region=None, artisans=(), crafts=()):
    address = _drop_empty({
        "@type": "PostalAddress", "streetAddress": cooperative.address, "addressRegion": region.title if region else "",
        "addressCountry": "MA",
    })
    return _drop_empty({
        "@type": "Organization",
        "name": cooperative.title,
        "description": describe(cooperative.introduction),
        "foundingDate": str(cooperative.founding_year) if cooperative.founding_year else "",
        "numberOfEmployees": (
            {"@type": "QuantitativeValue", "value": cooperative.members_count} if cooperative.members_count else None
        ),
        "email": cooperative.email,
        "telephone": cooperative.phone,
        "address": address if len(address) > 2 else None,
        "location": _drop_empty({"@type": "Place", "geo": geo(cooperative)}) if geo(cooperative) else None,
        "knowsAbout": [craft.name for craft in crafts],
        "member": [_named(artisan, request, "Person") for artisan in artisans],
    })


def person_ld(artisan, request, *, crafts=(), cooperative=None, region=None):
    return _drop_empty({
        "@type": "Person",
        "name": artisan.title,
        "description": describe(artisan.quote, artisan.technique, artisan.biography),
        "knowsAbout": [craft.name for craft in crafts],
        "worksFor": _named(cooperative, request, "Organization"),
        "homeLocation": _named(region, request, "Place"),
    })


def article_ld(story, request, *, crafts=(), region=None):
    return _drop_empty({
        "@type": "Article",
        "headline": Truncator(story.title).chars(110),
        "description": describe(story.introduction),
        "datePublished": story.date_published.isoformat() if story.date_published else "",
        "dateModified": story.last_published_at.isoformat() if story.last_published_at else "",
        "author": {"@type": "Person", "name": story.author} if story.author else None,
        "publisher": publisher(request),
        "about": [{"@type": "Thing", "name": craft.name} for craft in crafts],
        "contentLocation": _named(region, request, "Place"),
        "mainEntityOfPage": page_url(story, request),
    })
