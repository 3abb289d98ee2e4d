"""The test suite: fast hashing, emails kept in memory, a reusable SQLite file unless DATABASE_URL is set."""

import warnings

from .base import *  # noqa: F401,F403
from .base import BASE_DIR, DATABASES

DEBUG = False
SECRET_KEY = "tests-only-secret-key-not-used-anywhere-else-0123456789"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = BASE_DIR / "var" / "test-media"
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # No rendition cache in tests. Wagtail's cache key for a rendition is the image's id and file hash (empty for
    # images not uploaded through Wagtail's forms), the focal point and the spec; a test's rollback takes its
    # renditions out of the database but not out of a cache, and on SQLite it also rewinds the id counter: the next
    # test's image gets the same id, and Wagtail takes the earlier test's renditions (of another file, now gone from
    # the database) for its own. Those are then neither made ahead nor found by a page's prefetch, so the visitor's
    # request makes them (tests/core/test_renditions_ahead.py), and a picture may show the earlier test's image. PostgreSQL
    # sequences do not roll back, hence no collision there. The budget tests use caches of their own, emptied around
    # each test.
    "renditions": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory, so `--reuse-db` can keep it between runs (and the live server can share it).
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "var" / "test.sqlite3")}
DATABASES["default"]["CONN_MAX_AGE"] = 0
DEMO_PASSWORDS_ALLOWED = True

# Static files come from the finders here (no collectstatic): whitenoise need not warn that STATIC_ROOT is empty.
WHITENOISE_USE_FINDERS = True
warnings.filterwarnings("ignore", message="No directory at", module="whitenoise.base")

# Payments: the stand-in gateway with a test store key, a demo bank account, emails run at once (immediate backend).
CMI_STAND_IN_GATEWAY = True
CMI_CLIENT_ID = "600000000"
CMI_STORE_KEY = "tests-store-key"
CMI_GATEWAY_URL = ""
CARD_PAYMENT_ENABLED = True
SHOP_CASH_ON_DELIVERY_MAX_AMOUNT = "5000.00"
SHOP_BANK_TRANSFER = {
    "account_holder": "Dakhla Market SARL",
    "bank": "Banque Test",
    "rib": "011 780 0000123456789012 34",
    "iban": "MA64 0117 8000 0012 3456 7890 1234",
    "swift": "BMCEMAMC",
}
SHOP_EMAIL_RETRY_DELAYS = (0, 0, 0, 0)
