"""The site search: one Wagtail search index (PostgreSQL full-text search in production, SQLite FTS5 by default) over
products, artisans, cooperatives and stories. The results page (sitesearch/views.py), the header box and Oscar's
own product search (/<lang>/shop/search/, redirected here) all use it.

Matching:
- the visitor's query is reduced to its words (letters and digits: SQL and HTML characters are dropped) with accents
  and Arabic short vowels removed, at most MAX_WORDS words;
- PostgreSQL: the index uses the `dakhla_search` configuration (unaccent + French Snowball stemmer, created by
  shop/catalogue/migrations/0036): "berbere" finds "berbère", "tapis"/"bols" find "tapis"/"bol"; Arabic words match
  whole Arabic words (no Arabic stemming: one configuration serves the three languages because the index keeps one
  vector per object). SQLite: FTS5's unicode61 tokenizer folds accents; no stemming.
- partial names: Wagtail's autocomplete (prefix match on titles and UPCs) is merged after the full-text hits;
- "did you mean": on PostgreSQL with pg_trgm, when nothing matches, the closest indexed title word is suggested.
- languages: a product's (and craft's) title and description are indexed in French, Arabic and English together
  (core/search_fields.py), so /ar/search/ finds the Arabic title and the card shows the visitor's
  language; pages are searched in the visitor's locale only (the Locale of the active language, the default one
  when that language has none; core.locales, no query).

Query count: a fixed number of queries whatever the number of hits (ids first, then one bulk fetch per page).
"""

import difflib
from dataclasses import dataclass, field
from urllib.parse import quote_plus

from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Exists, F, Func, Min, OuterRef, Q
from django.db.models.functions import Coalesce, Lower
from oscar.core.loading import get_model
from wagtail.search.backends import get_search_backend

from cooperatives.models import ArtisanPage, CooperativePage, RegionPage
from cooperatives.queries import artisan_cards, cooperative_cards
from core.locales import default_locale_id, locale_id, source_page
from core.models import Craft
from core.queries import in_order, prefetch_renditions, visible
from shop import products as product_queries
from sitesearch.query import MAX_QUERY_CHARS, WORD_RE, Filters, fold, parse_filters, query_words
from stories.models import StoryPage
from stories.queries import story_cards

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")

MAX_PRODUCT_HITS = 1000  # relevance beyond the first thousand products is not worth paging through
PRODUCTS_PER_PAGE = 12
PEOPLE_SHOWN = 8
STORIES_SHOWN = 6


def _backend_hits(queryset, words, limit):
    """Ids of `queryset`'s objects matching `words`, best first: full-text hits, then prefix (autocomplete) hits."""
    backend = get_search_backend()
    text = " ".join(words)
    ids = _ids(backend.search(text, queryset.only("pk"), operator="and")[:limit])
    if len(ids) < limit:
        seen = set(ids)
        for pk in _ids(backend.autocomplete(text, queryset.only("pk"), operator="and")[:limit]):
            if pk not in seen:
                ids.append(pk)
                seen.add(pk)
    return ids[:limit]


def _ids(results):
    """The ids of a search's results, in their order. On PostgreSQL, the backend's own query asked for ids only:
    a thousand hits then cost no model objects."""
    from modelsearch.backends.database.postgres.postgres import PostgresSearchResults

    if isinstance(results, PostgresSearchResults):
        return list(results.get_queryset().values_list("pk", flat=True))
    return [obj.pk for obj in results]


def _search_locales(queryset):
    """What the search backend may filter on (a plain field lookup): the visitor's locale and the French one; the
    exact choice (core.locales.in_active_locale) is made by `visible` on the hits."""
    return queryset.filter(locale_id__in={locale_id(), default_locale_id()})


def _product_queryset(ids, filters):
    queryset = Product.objects.filter(pk__in=ids, is_public=True)
    if filters.craft:
        queryset = queryset.filter(craft=filters.craft)
    if filters.region:
        path = source_page(filters.region).path  # products point at the French tree's pages
        queryset = queryset.filter(
            Q(artisan__path__startswith=path)
            | Q(stockrecords__partner__cooperative_page__path__startswith=path)
            | Q(stockrecords__partner__artisan_page__path__startswith=path)
        )
    if filters.min_price is not None:
        queryset = queryset.filter(stockrecords__price__gte=filters.min_price)
    if filters.max_price is not None:
        queryset = queryset.filter(stockrecords__price__lte=filters.max_price)
    if filters.available:
        in_stock = StockRecord.objects.filter(
            product=OuterRef("pk"), num_in_stock__gt=Coalesce(F("num_allocated"), 0), price__isnull=False
        )
        priced = StockRecord.objects.filter(product=OuterRef("pk"), price__isnull=False)
        queryset = queryset.filter(Exists(in_stock) | (Q(lead_time_days__isnull=False) & Exists(priced)))
    return queryset.distinct()


def _ordered_product_ids(ids, filters):
    queryset = _product_queryset(ids, filters)
    if filters.sort in ("price", "-price"):
        queryset = queryset.annotate(search_price=Min("stockrecords__price"))
        order = F("search_price").asc(nulls_last=True) if filters.sort == "price" else \
            F("search_price").desc(nulls_last=True)
        return list(queryset.order_by(order, "-date_created", "pk").values_list("pk", flat=True))
    if filters.sort == "newest":
        return list(queryset.order_by("-date_created", "-pk").values_list("pk", flat=True))
    return _in_rank_order(queryset.values_list("pk", flat=True), ids)


def _in_rank_order(pks, ids):
    """`pks` (a subset of the search's hits) in the hits' order of relevance `ids`."""
    rank = {pk: position for position, pk in enumerate(ids)}
    return sorted(pks, key=rank.__getitem__)


PAGE_CARDS = {ArtisanPage: artisan_cards, CooperativePage: cooperative_cards, StoryPage: story_cards}
MAX_PAGE_HITS = 200


def _pages(model, words, filters, limit):
    """The best `limit` visible pages of `model` in the visitor's locale for the query and filters, as cards;
    (pages, more_exist)."""
    ids = _backend_hits(_search_locales(model.objects.live()), words, MAX_PAGE_HITS)
    if not ids:
        return [], False
    queryset = visible(model.objects.filter(pk__in=ids))  # live, visitor's language, not private
    if filters.craft:
        queryset = queryset.filter(pk__in=model.objects.filter(crafts=filters.craft).values("pk"))
    if filters.region:
        if model is StoryPage:
            queryset = queryset.filter(region=filters.region)
        else:
            queryset = queryset.filter(path__startswith=filters.region.path)
    # Which hits may be shown is decided on ids; only the ones shown are loaded as cards.
    shown = _in_rank_order(queryset.values_list("pk", flat=True), ids)
    pages = in_order(PAGE_CARDS[model](model.objects.filter(pk__in=shown[:limit])), shown[:limit])
    return pages, len(shown) > limit


def suggestion(words):
    """A "did you mean" for a query that found nothing: PostgreSQL with pg_trgm only, else None."""
    if connection.vendor != "postgresql" or not words:
        return None
    from modelsearch.conf import get_app_config

    IndexEntry = get_app_config().get_model("IndexEntry")
    text = " ".join(words)
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_extension WHERE extname IN ('pg_trgm', 'unaccent')")
        if cursor.fetchone()[0] != 2:
            return None
    from django.contrib.postgres.search import TrigramWordSimilarity

    folded_title = Lower(Func(F("title_text"), function="unaccent"))  # extension created by the 0036 migration
    title = (
        IndexEntry.objects.annotate(similarity=TrigramWordSimilarity(text, folded_title))
        .filter(similarity__gte=0.4)
        .order_by("-similarity")
        .values_list("title_text", flat=True)
        .first()
    )
    if not title:
        return None
    title_words = WORD_RE.findall(fold(title))
    suggested = []
    for word in words:
        close = difflib.get_close_matches(word, title_words, n=1, cutoff=0.6)
        suggested.append(close[0] if close else word)
    result = " ".join(suggested)
    return result if result != text else None


@dataclass
class SearchResults:
    query: str = ""
    words: list = field(default_factory=list)
    truncated: bool = False
    filters: Filters = None
    products_page: object = None
    product_count: int = 0
    page_past_end: bool = False
    products_capped: bool = False
    artisans: list = field(default_factory=list)
    more_artisans: bool = False
    cooperatives: list = field(default_factory=list)
    more_cooperatives: bool = False
    stories: list = field(default_factory=list)
    more_stories: bool = False
    suggestion: str = None

    @property
    def suggestion_query(self):
        return quote_plus(self.suggestion or "")

    @property
    def total(self):
        return self.product_count + len(self.artisans) + len(self.cooperatives) + len(self.stories)


def site_search(params):
    """Everything the results page shows for a GET query dict."""
    crafts = list(Craft.objects.all())
    regions = list(visible(RegionPage.objects.all()).order_by("title"))
    filters = parse_filters(params, crafts, regions)
    raw = params.get("q", "")
    words, truncated = query_words(raw)
    results = SearchResults(query=raw[:MAX_QUERY_CHARS], words=words, truncated=truncated, filters=filters)
    results.crafts, results.regions = crafts, regions
    if not words:
        return results

    product_ids = _backend_hits(Product.objects.filter(is_public=True), words, MAX_PRODUCT_HITS)
    ordered = _ordered_product_ids(product_ids, filters) if product_ids else []
    results.product_count = len(ordered)
    results.products_capped = len(product_ids) >= MAX_PRODUCT_HITS
    paginator = Paginator(ordered, PRODUCTS_PER_PAGE)
    page_number = filters.page
    if ordered and page_number > paginator.num_pages:
        results.page_past_end = True
        page_number = paginator.num_pages
    page = paginator.page(min(page_number, paginator.num_pages))
    cards = product_queries.by_pk(page.object_list) if page.object_list else {}
    page.object_list = [cards[pk] for pk in page.object_list if pk in cards]
    results.products_page = page

    results.artisans, results.more_artisans = _pages(ArtisanPage, words, filters, PEOPLE_SHOWN)
    results.cooperatives, results.more_cooperatives = _pages(CooperativePage, words, filters, PEOPLE_SHOWN)
    results.stories, results.more_stories = _pages(StoryPage, words, filters, STORIES_SHOWN)
    prefetch_renditions(avatar=[a.portrait for a in results.artisans],
                        card=[*(c.logo for c in results.cooperatives), *(s.hero_image for s in results.stories)])
    if results.total == 0:
        results.suggestion = suggestion(words)
    return results
