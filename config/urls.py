"""Root URLs. Language-neutral endpoints first; then, per language (/fr/, /ar/, /en/), Oscar's storefront under
shop/ and Wagtail's page tree, whose catch-all must come last."""

from django.apps import apps
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from config.health import healthz
from core import routing
from core.sitemaps import PageSitemap
from core.views import robots_txt
from provenance.views import short_address
from shop.sitemaps import ProductSitemap
from sitesearch.views import oscar_product_search, search_results

sitemaps = {"pages": PageSitemap, "products": ProductSitemap}

dashboard_urls = apps.get_app_config("dashboard").urls

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # For crawlers, outside the language prefixes: every live page and public product in each language.
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("cms/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("dashboard/earnings/", include("earnings.staff_urls")),  # makers' earnings, for staff (before Oscar's)
    path("dashboard/", include(dashboard_urls[:2], namespace="dashboard")),
    path("i18n/", include("django.conf.urls.i18n")),
    # Card payment: the CMI gateway's server-to-server callback (and, in development and tests, its stand-in).
    path("payment/cmi/", include("shop.payment.urls")),
    # A product's short address, printed as the QR code of its provenance tag: counts a scan, then redirects to the
    # product's story of origin in the visitor's language (provenance/views.py).
    path("p/<str:code>/", short_address, name="provenance_short"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search_results, name="site_search"),  # one index for products and pages (sitesearch/search.py)
    path("shop/search/", oscar_product_search, name="oscar_product_search"),
    path("shop/", include("shop.order.urls")),  # guest order tracking, makers' parcels
    path("shop/", include(apps.get_app_config("oscar").urls[0])),
    path("", include("workshop.urls")),  # the artisans' workshop (atelier/)
    path("", include("cooperatives.urls")),  # the joining form (devenir-artisan/)
    path("", include("provenance.urls")),  # a product's story of origin (p/<code>/)
    # Wagtail's URLs, its page-serving view given a shorter route to the page (core/routing.py): last.
    *routing.page_urls(),
    prefix_default_language=True,
)
