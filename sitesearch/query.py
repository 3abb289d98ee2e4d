"""What the visitor asked the site search (sitesearch/search.py): their words, folded (accents and Arabic short
vowels removed, SQL and HTML characters dropped), and the filters and sort of the results page, checked with a clear
message for each bad value."""

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

MAX_QUERY_CHARS = 200
MAX_WORDS = 10

SORTS = ("relevance", "price", "-price", "newest")
AVAILABLE = "available"

WORD_RE = re.compile(r"\w+", re.UNICODE)


def fold(text):
    """Lower case, without accents or Arabic short vowels (combining marks) or tatweel."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch) and ch != "\u0640")
    return unicodedata.normalize("NFC", stripped).lower()


def query_words(raw):
    """The words of a visitor's query, folded; (words, was_truncated)."""
    raw = (raw or "")[: MAX_QUERY_CHARS * 5]
    words = [w.replace("_", "") for w in WORD_RE.findall(fold(raw))]
    words = [w for w in words if w]
    truncated = len(raw) > MAX_QUERY_CHARS or len(words) > MAX_WORDS
    kept, length = [], 0
    for word in words[:MAX_WORDS]:
        if length + len(word) > MAX_QUERY_CHARS:
            truncated = True
            break
        kept.append(word[:50])
        length += len(word) + 1
    return kept, truncated


@dataclass
class Filters:
    craft: object = None
    region: object = None
    min_price: Decimal = None
    max_price: Decimal = None
    available: bool = False
    sort: str = "relevance"
    page: int = 1
    messages: list = field(default_factory=list)

    @property
    def any_product_filter(self):
        return any([self.craft, self.region, self.min_price is not None, self.max_price is not None, self.available])


def _price(value, messages, which):
    value = (value or "").strip().replace(",", ".")
    if not value:
        return None
    try:
        price = Decimal(value)
    except InvalidOperation:
        price = None
    if price is None or not price.is_finite() or price < 0 or price > 10**9:
        if which == "min":
            messages.append(_("The lowest price “%(value)s” is not an amount: it was ignored.") % {"value": value[:20]})
        else:
            messages.append(_("The highest price “%(value)s” is not an amount: it was ignored.") % {"value": value[:20]})
        return None
    return price


def parse_filters(params, crafts, regions):
    """The filters of a GET query dict; unknown or malformed values are ignored with a message."""
    messages = []
    craft = region = None
    craft_slug = params.get("craft", "")
    if craft_slug:
        craft = next((c for c in crafts if c.slug == craft_slug), None)
        if craft is None:
            messages.append(_("There is no craft “%(value)s”: showing every craft.") % {"value": craft_slug[:50]})
    region_slug = params.get("region", "")
    if region_slug:
        region = next((r for r in regions if r.slug == region_slug), None)
        if region is None:
            messages.append(_("There is no region “%(value)s”: showing every region.") % {"value": region_slug[:50]})
    min_price = _price(params.get("min_price"), messages, "min")
    max_price = _price(params.get("max_price"), messages, "max")
    if min_price is not None and max_price is not None and min_price > max_price:
        min_price, max_price = max_price, min_price
    availability = params.get("availability", "")
    if availability not in ("", AVAILABLE):
        messages.append(_("Unknown availability “%(value)s”: showing every product.") % {"value": availability[:50]})
    sort = params.get("sort", "") or "relevance"
    if sort not in SORTS:
        messages.append(_("Unknown sort order “%(value)s”: sorted by relevance.") % {"value": sort[:50]})
        sort = "relevance"
    page_value = params.get("page", "1") or "1"
    try:
        page = int(page_value)
        if page < 1:
            raise ValueError
    except ValueError:
        messages.append(_("“%(value)s” is not a page number: showing the first page.") % {"value": page_value[:20]})
        page = 1
    return Filters(craft, region, min_price, max_price, availability == AVAILABLE, sort, page, messages)
