"""/sitemap.xml: every live, public page (Wagtail's sitemap) in each language it is translated into, and every public
product in each of the site's languages, with the other languages as hreflang alternates.

Pages come from `wagtail.contrib.sitemaps` (live and outside private sections only, so an unpublished page is never
listed); their addresses are Wagtail's, under each language prefix. Products use Oscar's product URLs on the same
site address.
"""

from django.conf import settings
from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Page


class MultilingualSitemapMixin:
    """One entry per item and language (the address changes only by its language prefix), each listing the others."""

    def languages(self):
        return [code for code, __ in settings.LANGUAGES]

    def location_in(self, item, language):
        with translation.override(language):
            return self.location(item)

    def _urls(self, page, protocol, domain):
        urls = []
        latest = None
        for item in self.paginator.page(page).object_list:
            lastmod = self.lastmod(item)
            if lastmod is not None and (latest is None or lastmod > latest):
                latest = lastmod
            locations = {language: self.absolute(self.location_in(item, language), protocol, domain)
                         for language in self.languages()}
            alternates = [{"lang_code": language, "location": location} for language, location in locations.items()]
            for location in locations.values():
                urls.append({"item": item, "location": location, "lastmod": lastmod, "changefreq": None,
                             "priority": "", "alternates": alternates})
        if latest is not None:
            self.latest_lastmod = latest
        return urls

    def absolute(self, location, protocol, domain):
        if location.startswith(("http://", "https://")):
            return location
        return f"{protocol}://{domain}{location}"


class PageSitemap(MultilingualSitemapMixin, WagtailSitemap):
    """The French tree's live pages, each with its translations (an alias standing in for a missing translation
    repeats the French text, so it is not listed: core/locales.py)."""

    def location(self, page):
        return page.get_full_url(self.request)

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        versions = {}
        translations = (
            Page.objects.live().public().filter(translation_key__in=[item.translation_key for item in items],
                                                alias_of__isnull=True)
            .exclude(pk__in=[item.pk for item in items]).select_related("locale")
        )
        for version in translations:
            versions.setdefault(version.translation_key, {})[version.locale.language_code] = version
        urls = []
        latest = None
        for item in items:
            lastmod = self.lastmod(item)
            if lastmod is not None and (latest is None or lastmod > latest):
                latest = lastmod
            pages = {item.locale.language_code: item, **versions.get(item.translation_key, {})}
            locations = {language: self.absolute(self.location(version), protocol, domain)
                         for language, version in pages.items()}
            alternates = [{"lang_code": language, "location": location} for language, location in locations.items()]
            for location in locations.values():
                urls.append({"item": item, "location": location, "lastmod": lastmod, "changefreq": None,
                             "priority": "", "alternates": alternates if len(alternates) > 1 else []})
        if latest is not None:
            self.latest_lastmod = latest
        return urls
