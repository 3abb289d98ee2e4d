"""Content languages: every page exists in French (the source) and, through wagtail-localize, in Arabic and English.

The Arabic and English trees are synchronised from the French one (wagtail-localize's `LocaleSynchronization`,
created by a migration): a page that nobody has translated yet exists there as an *alias* of the French page, so
its address in every language works and shows the French text, with a notice. When an editor translates it in
wagtail-localize's editor, the alias becomes a real translation. `HomePage.route` falls back to the French tree for
a page that has no Arabic or English version at all (created outside the admin before the trees were synchronised),
so a visitor never meets a 404 because of a missing translation.

Lists show the pages of the visitor's language: `in_active_locale` filters a queryset (one indexed column, no extra
query: the locale ids are read once per process). References kept on pages and products (a story's artisans, a
product's artisan) point at whatever page the editor chose, usually the French one: lists turn them into the same
pages in the visitor's language in one query (`stories.queries.chosen`), products and accounts keep pointing at the
French page (`source_page`), and links to it swap the language prefix (`visitor_pageurl`).
"""

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.db.models.signals import post_delete, post_save
from django.http import Http404
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail.url_routing import RouteResult

_locale_ids = {}


def _forget_locales(**kwargs):
    _locale_ids.clear()


post_save.connect(_forget_locales, sender=Locale, dispatch_uid="core.locales.forget_on_save")
post_delete.connect(_forget_locales, sender=Locale, dispatch_uid="core.locales.forget_on_delete")


def default_language():
    return settings.LANGUAGE_CODE


def locale_id(language=None):
    """The id of the Locale of `language` (the active language by default; the default locale when the language
    has none), read from the database once per process."""
    language = (language or translation.get_language() or default_language()).split("-")[0]
    if language not in _locale_ids:
        if not _locale_ids:
            _locale_ids.update(Locale.objects.values_list("language_code", "pk"))
        if language not in _locale_ids:
            _locale_ids[language] = _locale_ids.get(default_language()) or Locale.get_default().pk
    return _locale_ids[language]


def default_locale_id():
    return locale_id(default_language())


def in_active_locale(queryset):
    """The pages of the visitor's language; in Arabic or English, also the French pages that have no version in
    that language at all (not synchronised yet), which are then shown in French."""
    active, default = locale_id(), default_locale_id()
    if active == default:
        return queryset.filter(locale_id=active)
    has_version = Page.objects.filter(translation_key=OuterRef("translation_key"), locale_id=active)
    return queryset.filter(Q(locale_id=active) | Q(locale_id=default) & ~Exists(has_version))


def live_in_active_locale(queryset):
    """The live pages of the visitor's language; in Arabic or English, also the live French pages whose version in
    that language is missing or not live, shown in French (as routing does, `french_tree_route`): each page once."""
    queryset = queryset.live()
    active, default = locale_id(), default_locale_id()
    if active == default:
        return queryset.filter(locale_id=active)
    live_version = Page.objects.live().filter(translation_key=OuterRef("translation_key"), locale_id=active)
    return queryset.filter(Q(locale_id=active) | Q(locale_id=default) & ~Exists(live_version))


def source_page_id(page):
    """The id of the French version of `page` (products and accounts point at it): no query for a French page."""
    if page.locale_id == default_locale_id():
        return page.pk
    source = Page.objects.filter(translation_key=page.translation_key, locale_id=default_locale_id())
    return source.values_list("pk", flat=True).first() or page.pk


def source_page(page):
    """The French version of `page` (a region's path finds the products below it): itself, without a query, for a
    French page."""
    if page.locale_id == default_locale_id():
        return page
    source = Page.objects.filter(translation_key=page.translation_key, locale_id=default_locale_id()).first()
    return source or page


# -- What a visitor is reading --------------------------------------------------------------------------------


def language_of(locale_pk):
    locale_id()  # reads the locales once
    for language, pk in _locale_ids.items():
        if pk == locale_pk:
            return language
    return Locale.objects.get(pk=locale_pk).language_code


def content_language(page):
    """The language the page's text is written in: the source's for an alias not yet translated (one query), the
    page's own otherwise (none)."""
    locale_pk = page.locale_id
    if page.alias_of_id:
        source = Page.objects.filter(pk=page.alias_of_id).values_list("locale_id", flat=True).first()
        locale_pk = source or locale_pk
    return language_of(locale_pk)


def translation_context(page):
    """What the base layout needs about the page's language: the language of its text, and whether it is shown in
    French because it is not translated into the visitor's language yet."""
    language = content_language(page)
    visitor_language = (translation.get_language() or default_language()).split("-")[0]
    return {
        "content_language": language,
        "content_bidi": translation.get_language_info(language)["bidi"],
        "is_untranslated": language != visitor_language,
    }


def translations_by_language(page):
    """{language: page} for the live versions of `page` in every locale (itself included), one query."""
    versions = Page.objects.filter(translation_key=page.translation_key, live=True).select_related("locale")
    return {version.locale.language_code: version for version in versions}


# -- Keeping the trees synchronised ----------------------------------------------------------------------------


def synchronise_on_save(sender, instance, raw=False, **kwargs):
    """wagtail-localize's own receiver, without its run on raw saves: loading fixtures or restoring a test database
    saves the synchronisation before its locales exist."""
    if not raw:
        instance.sync_trees()


def connect():
    from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

    post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
    post_save.connect(synchronise_on_save, sender=LocaleSynchronization, dispatch_uid="core.locales.synchronise")


def synchronize_trees():
    """Give every French page its Arabic and English versions (aliases until translated). Idempotent; run by
    `load_demo` and `manage.py sync_locale_trees`, and by wagtail-localize itself for pages created in the admin."""
    from wagtail_localize.models import LocaleSynchronization
    from wagtail_localize.synctree import PageIndex, synchronize_tree

    page_index = PageIndex.from_database().sort_by_tree_position()
    for sync in LocaleSynchronization.objects.select_related("locale", "sync_from").order_by("pk"):
        with transaction.atomic():
            synchronize_tree(sync.sync_from, sync.locale, page_index=page_index)
        page_index = PageIndex.from_database().sort_by_tree_position()


def add_versions_in_other_languages(page):
    """The aliases of a page created in code (outside the admin, where wagtail-localize's hook does it)."""
    from wagtail_localize.synctree import create_aliases_for_new_page

    create_aliases_for_new_page(page)


class TranslatedPageMixin:
    """Page types in several languages: the template learns the language of the page's text and whether it is a
    French page standing in for a translation (stories/templates/stories/base_page.html)."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(translation_context(self))
        return context


def french_tree_route(home, request, path_components, route):
    """Routing below a home page in Arabic or English that found nothing: the same path in the French tree (the
    page exists only in French), so a missing translation never gives a 404."""
    try:
        return route(request, path_components)
    except Http404:
        if home.locale_id == default_locale_id():
            raise
        source = Page.objects.filter(translation_key=home.translation_key, locale_id=default_locale_id()).first()
        if source is None:
            raise
        result = source.specific.route(request, path_components)
        # The French path of a page whose translation has another slug (a link built from the French page's
        # path): the translation, whose canonical address is its own.
        page = result[0]
        version = Page.objects.live().filter(translation_key=page.translation_key, locale_id=home.locale_id).first()
        if version is not None:
            return RouteResult(version.specific, args=result[1], kwargs=result[2])
        return result
