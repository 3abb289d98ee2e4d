"""Settings shared by every environment. Values that differ between machines come from the environment."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _
from oscar.defaults import *  # noqa: F401,F403  (Oscar's settings first, then ours override them)

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def require_secret_key(debug):
    """The secret key may only be invented on a developer's machine."""
    key = env("SECRET_KEY")
    if key:
        return key
    if debug:
        return "django-insecure-dakhla-market-development-only"
    raise ImproperlyConfigured(
        "The SECRET_KEY environment variable is required when DEBUG is off "
        "(set it to a long random string, e.g. python -c 'import secrets; print(secrets.token_urlsafe(50))')."
    )


DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # The project's own apps come first so their templates win.
    # Layers run one way (the import-linter contract in pyproject.toml): core <- cooperatives <- shop <- provenance
    # <- stories, workshop <- sitesearch <- demo.
    "core",
    "cooperatives",
    "shop",
    "provenance",
    "earnings",
    "stories",
    "workshop",
    "sitesearch",
    "demo",
    # Wagtail; page translations through wagtail-localize (its editor, and trees synchronised from French)
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Translated model fields (products, crafts, site settings): before django.contrib.admin, as its docs ask.
    "modeltranslation",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.flatpages",
    "django.contrib.sitemaps",
    # Oscar: the storefront app is our subclass that leaves the dashboard out of the shop's URLs.
    "shop.storefront.Storefront",
    "oscar.apps.analytics.apps.AnalyticsConfig",
    "shop.checkout.apps.CheckoutConfig",
    "oscar.apps.address.apps.AddressConfig",
    "shop.shipping.apps.ShippingConfig",
    "shop.catalogue.apps.CatalogueConfig",
    "oscar.apps.catalogue.reviews.apps.CatalogueReviewsConfig",
    "oscar.apps.communication.apps.CommunicationConfig",
    "shop.partner.apps.PartnerConfig",
    "shop.basket.apps.BasketConfig",
    "shop.payment.apps.PaymentConfig",
    "oscar.apps.offer.apps.OfferConfig",
    "shop.order.apps.OrderConfig",
    "oscar.apps.customer.apps.CustomerConfig",
    "oscar.apps.search.apps.SearchConfig",
    "oscar.apps.voucher.apps.VoucherConfig",
    "oscar.apps.wishlists.apps.WishlistsConfig",
    "shop.dashboard.apps.DashboardConfig",
    "oscar.apps.dashboard.reports.apps.ReportsDashboardConfig",
    "oscar.apps.dashboard.users.apps.UsersDashboardConfig",
    "shop.dashboard.orders.apps.OrdersDashboardConfig",
    "shop.dashboard.catalogue.apps.CatalogueDashboardConfig",  # forked: product form in fr/ar/en (modeltrans)
    "oscar.apps.dashboard.offers.apps.OffersDashboardConfig",
    "oscar.apps.dashboard.partners.apps.PartnersDashboardConfig",
    "oscar.apps.dashboard.pages.apps.PagesDashboardConfig",
    "oscar.apps.dashboard.ranges.apps.RangesDashboardConfig",
    "oscar.apps.dashboard.reviews.apps.ReviewsDashboardConfig",
    "oscar.apps.dashboard.vouchers.apps.VouchersDashboardConfig",
    "oscar.apps.dashboard.communications.apps.CommunicationsDashboardConfig",
    "oscar.apps.dashboard.shipping.apps.ShippingDashboardConfig",
    "widget_tweaks",
    "haystack",
    "treebeard",
    "django_tables2",
    "sorl.thumbnail",
    # Background tasks (order emails): django-tasks, with the database-backed queue of django-tasks-db.
    "django_tasks",
    "django_tasks_db",
]

# Order measured on these machines (shared notes): Oscar's basket middleware needs the authenticated user.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Serves static files, with its own pre-compressed copies: before GZip so they are not compressed twice.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compresses pages: after WhiteNoise, and before the page cache so that its answers pass through it too.
    "django.middleware.gzip.GZipMiddleware",
    # Full-page cache (core/page_cache.py, issue #8): answers a visitor without session or basket before the
    # middleware below runs; the others in its process_view, once session, user and basket are known.
    "core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Wagtail's Site of the request from the worker's memory instead of a query per request (core/routing.py).
    "core.routing.SiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Oscar's dashboard in the user's preferred language (their Wagtail profile's): needs the authenticated user.
    "shop.dashboard.language.DashboardLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Needs request.user: after AuthenticationMiddleware, or every request fails.
    "oscar.apps.basket.middleware.BasketMiddleware",
    "django.contrib.flatpages.middleware.FlatpageFallbackMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "oscar.apps.search.context_processors.search_form",
                "oscar.apps.checkout.context_processors.checkout",
                "oscar.apps.communication.notifications.context_processors.notifications",
                "oscar.core.context_processors.metadata",
                # The logged-in maker's boundary, lazily: the header's way back to the workshop.
                "workshop.context_processors.workshop_maker",
                # After Django's own csrf processor: the CSRF sentinel and basket markers on cacheable pages.
                "core.page_cache.context",
            ],
        },
    },
]

# --- Speed (issue #8): full-page cache for anonymous visitors (core/page_cache.py; see MIDDLEWARE, TEMPLATES) ---
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", False)
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "600"))  # an entry's life; changes invalidate it at once anyway
# Hashed static files (site.3f2a….css, from the manifest storage) are cached for ten years by WhiteNoise (its
# immutable-file test); a file requested by its unhashed name for a day.
WHITENOISE_MAX_AGE = int(env("WHITENOISE_MAX_AGE", str(24 * 60 * 60)))
# --- end speed ---

# Database: an SQLite file under var/ unless DATABASE_URL says otherwise (PostgreSQL in production and CI).
DEFAULT_SQLITE_URL = f"sqlite:///{BASE_DIR / 'var' / 'dakhla.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL") or DEFAULT_SQLITE_URL,
        conn_max_age=int(env("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, otherwise memory local to the process.
def redis_cache(url, prefix):
    """django-redis: one Redis client per process (Django's built-in backend builds one per call), and with
    IGNORE_EXCEPTIONS a Redis outage reads as cache misses instead of failing every page with a 500."""
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": url,
        "KEY_PREFIX": prefix,
        "OPTIONS": {"IGNORE_EXCEPTIONS": True},
    }


REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {"default": redis_cache(REDIS_URL, "dakhla"), "renditions": redis_cache(REDIS_URL, "dakhla-renditions")}
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "renditions"},
    }
# Wagtail keeps the renditions it looks up or makes in the cache named "renditions" (else in the default one): kept
# apart, they neither crowd out the pages and thumbnails of the default cache nor go with it when it is cleared.

AUTHENTICATION_BACKENDS = [
    "oscar.apps.customer.auth_backends.EmailBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "customer:login"
LOGIN_REDIRECT_URL = "workshop:after-login"  # artisans land in their workshop, customers in their account

# Languages: French by default, Arabic (right to left) and English. Every URL carries its language.
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", _("French")),
    ("ar", _("Arabic")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]

# --- Translated model fields (django-modeltranslation): product title/description, craft, site settings ---
# Each translated field gets one column per language (title_fr, title_ar, title_en); `product.title` reads the
# visitor's language, then French, then whichever language has a value (an artisan may write only in Arabic).
MODELTRANSLATION_DEFAULT_LANGUAGE = "fr"
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": tuple(code for code, __ in LANGUAGES)}
# --- end translated model fields ---
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Africa/Casablanca"

# --- Languages of the interface (issue #6, i18n): Oscar's dashboard follows each user's preferred language (the
# one of their Wagtail profile), set after authentication; approximate amounts in EUR/USD beside MAD prices from
# exchange rates kept in Wagtail's admin, hidden when older than this many days (shop/models.py). ---
SHOP_EXCHANGE_RATE_MAX_AGE_DAYS = int(env("EXCHANGE_RATE_MAX_AGE_DAYS", "14"))
# Wagtail offers only the site's languages as a user's preferred language (it offers ~50 by default).
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# --- end languages ---

# Static files: the project's own (site/static), served by whitenoise; uploads in media/.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Email: console unless an SMTP host is configured.
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = int(env("EMAIL_TIMEOUT", "20"))  # an unanswering mail server fails, and the email is retried
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Dakhla Market <boutique@dakhla-market.ma>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Sites: Django's (used by Oscar in emails) and Wagtail's are both set by the demo loader / deployment.
SITE_ID = 1
SITE_NAME = "Dakhla Market"

# Wagtail
WAGTAIL_SITE_NAME = SITE_NAME
WAGTAILIMAGES_IMAGE_MODEL = "core.SiteImage"
WAGTAILADMIN_BASE_URL = env("SITE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
if DATABASES["default"]["ENGINE"].startswith("django.db.backends.postgresql"):
    # unaccent + French stemming, created by shop/catalogue/migrations/0036 (see sitesearch/search.py).
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "dakhla_search"
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "jpeg", "webp": "webp"}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Pages found in few queries (core/routing.py, the one module relying on Wagtail's and treebeard's internals): off
# gives Wagtail's own routing, unchanged.
ROUTING_SHORTCUT = env_bool("ROUTING_SHORTCUT", True)
# Content languages (core/locales.py): every page in French, translated into Arabic and English with
# wagtail-localize; the Arabic and English trees are synchronised from the French one (aliases until translated).
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

# Oscar
OSCAR_SHOP_NAME = SITE_NAME
OSCAR_SHOP_TAGLINE = _("Crafts of Dakhla-Oued Eddahab and the regions of Morocco")
OSCAR_DEFAULT_CURRENCY = "MAD"
# Amount then currency in every language (i18n): fr "1 250,00 MAD", en "1,250.00 MAD" (not Babel's "MAD1,250.00"),
# ar "1,250.00 د.م.". The pattern keeps each language's separators and currency symbol.
OSCAR_CURRENCY_FORMAT = {"MAD": {"currency_digits": True, "format": "#,##0.00\u00a0¤"}}
OSCAR_FROM_EMAIL = DEFAULT_FROM_EMAIL
OSCAR_URL_SCHEMA = env("OSCAR_URL_SCHEMA", "http")
OSCAR_ALLOW_ANON_CHECKOUT = True
# Reviews: only signed-in buyers of the product (shop/catalogue/models.py: Product.is_review_permitted), shown once
# staff approve them in Oscar's dashboard.
OSCAR_ALLOW_ANON_REVIEWS = False
OSCAR_MODERATE_REVIEWS = True
OSCAR_PRODUCTS_PER_PAGE = 24  # a catalogue or category page: four rows of six, or twelve of two on a phone
OSCAR_MISSING_IMAGE_URL = "image_not_found.jpg"
OSCAR_REQUIRED_ADDRESS_FIELDS = ("first_name", "last_name", "line1", "line4", "country", "phone_number")
# Order statuses (shop/order/statuses.py names them). The initial status depends on the payment method: "To confirm"
# for cash on delivery, "Awaiting payment" for bank transfer and card. Shipped and Delivered are reached when every
# maker's parcel is (split fulfilment); Paid for a card order only ever comes from the CMI callback.
OSCAR_INITIAL_ORDER_STATUS = "To confirm"
OSCAR_INITIAL_LINE_STATUS = "To confirm"
OSCAR_ORDER_STATUS_PIPELINE = {
    "To confirm": ("In preparation", "Cancelled"),
    "Awaiting payment": ("Paid", "Cancelled"),
    "Paid": ("In preparation", "Refunded"),
    "In preparation": ("Shipped", "Cancelled", "Refunded"),
    "Shipped": ("Delivered",),
    "Delivered": ("Refunded",),
    "Cancelled": (),
    "Refunded": (),
}
OSCAR_LINE_STATUS_PIPELINE = OSCAR_ORDER_STATUS_PIPELINE

# Payment methods (shop/payment/). Cash on delivery: Morocco only, up to this order total (MAD, shipping included).
SHOP_CASH_ON_DELIVERY_MAX_AMOUNT = env("CASH_ON_DELIVERY_MAX_AMOUNT", "5000.00")
# Makers' earnings (earnings/): the platform's commission on each line's price incl. VAT unless staff set a seller's
# own rate; cash-on-delivery parcels delivered but not remitted by Amana after this many days are flagged; the
# largest remittance statement accepted.
EARNINGS_DEFAULT_COMMISSION_RATE = env("EARNINGS_DEFAULT_COMMISSION_RATE", "0.12")
EARNINGS_REMITTANCE_OVERDUE_DAYS = int(env("EARNINGS_REMITTANCE_OVERDUE_DAYS", "14"))
EARNINGS_MAX_REMITTANCE_BYTES = 2 * 1024 * 1024
# The office on its statements: legal name, ICE and RIB (the bank transfer's account by default).
EARNINGS_OFFICE = {
    "name": env("OFFICE_LEGAL_NAME", "Office régional du tourisme de Dakhla-Oued Eddahab"),
    "ice": env("OFFICE_ICE", ""),
    "rib": env("OFFICE_RIB", env("BANK_TRANSFER_RIB", "")),
}



def _staff_only(user, url_name=None, url_args=None, url_kwargs=None):
    return user.is_staff


# The makers' earnings pages (earnings/staff_urls.py) in Oscar's dashboard menu, for staff.
OSCAR_DASHBOARD_NAVIGATION = OSCAR_DASHBOARD_NAVIGATION + [  # noqa: F405
    {"label": _("Makers' earnings"), "icon": "fas fa-coins", "url_name": "earnings-staff:index",
     "access_fn": _staff_only},
]

# Bank transfer: offered when an account number (RIB) is configured; the order number is the transfer's reference.
SHOP_BANK_TRANSFER = {
    "account_holder": env("BANK_TRANSFER_HOLDER", "Dakhla Market SARL"),
    "bank": env("BANK_TRANSFER_BANK", ""),
    "rib": env("BANK_TRANSFER_RIB", ""),
    "iban": env("BANK_TRANSFER_IBAN", ""),
    "swift": env("BANK_TRANSFER_SWIFT", ""),
}
# Card payment through CMI (3D Pay Hosting, hash version 3): merchant credentials from the environment.
CMI_CLIENT_ID = env("CMI_CLIENT_ID", "")
CMI_STORE_KEY = env("CMI_STORE_KEY", "")
CMI_GATEWAY_URL = env("CMI_GATEWAY_URL", "")
CARD_PAYMENT_ENABLED = env_bool("CARD_PAYMENT_ENABLED", bool(CMI_CLIENT_ID or CMI_STORE_KEY or CMI_GATEWAY_URL))
# The local stand-in for the bank's payment page (shop/payment/stand_in.py): development and tests only.
CMI_STAND_IN_GATEWAY = False

# Background tasks: order emails go through the "shop" backend, run at once here (development, tests) and queued
# in the database in production (config/settings/production.py; `python manage.py db_worker` runs them).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "shop": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
# A failed order email is tried again this many times in all, after these delays (seconds) when the queue can wait.
SHOP_EMAIL_ATTEMPTS = 5
SHOP_EMAIL_RETRY_DELAYS = (60, 300, 1800, 7200)
# Guest order tracking: failed look-ups allowed per visitor address in the window (seconds) before a pause.
SHOP_TRACKING_MAX_FAILURES = 10
SHOP_TRACKING_WINDOW = 15 * 60

# Oscar's product search runs through Haystack; the simple backend needs no server, and the base signal
# processor stops it from warning on every product save.
HAYSTACK_CONNECTIONS = {"default": {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"}}
HAYSTACK_SIGNAL_PROCESSOR = "haystack.signals.BaseSignalProcessor"

THUMBNAIL_DEBUG = False
THUMBNAIL_KVSTORE = "shop.thumbnails.KVStore"  # sorl's store, remembered by each worker (issue #8)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
    "loggers": {
        "dakhla": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO"), "propagate": False},
    },
}
