"""Production: behind a TLS-terminating reverse proxy, gunicorn, PostgreSQL, Redis.

Fails fast when a secret is missing: the process refuses to start and names the variable.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403
from .base import (
    CARD_PAYMENT_ENABLED,
    CMI_CLIENT_ID,
    CMI_GATEWAY_URL,
    CMI_STORE_KEY,
    env,
    env_bool,
    env_list,
    require_secret_key,
)

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = require_secret_key(DEBUG)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS and not DEBUG:
    raise ImproperlyConfigured("The ALLOWED_HOSTS environment variable is required in production (comma-separated).")

# TLS ends at the reverse proxy, which sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
OSCAR_BASKET_COOKIE_SECURE = True
OSCAR_RECENTLY_VIEWED_COOKIE_SECURE = True
OSCAR_URL_SCHEMA = "https"
DEMO_PASSWORDS_ALLOWED = False

# Card payment needs the merchant's CMI credentials: refuse to start rather than show a card option that cannot work.
CMI_STAND_IN_GATEWAY = False
if CARD_PAYMENT_ENABLED:
    _missing = [name for name, value in (
        ("CMI_CLIENT_ID", CMI_CLIENT_ID), ("CMI_STORE_KEY", CMI_STORE_KEY), ("CMI_GATEWAY_URL", CMI_GATEWAY_URL),
    ) if not value]
    if _missing:
            raise ImproperlyConfigured(
            "Card payment is enabled but these environment variables are missing: " + ", ".join(_missing)
            + " (set them, or CARD_PAYMENT_ENABLED=false to offer cash on delivery and bank transfer only)."
        )

# Order emails wait in the database queue; `python manage.py db_worker --backend shop` sends them.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "shop": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
}

# --- Speed (issue #8): the page cache needs a cache every worker shares, or a change would not reach them all ---
if env_bool("PAGE_CACHE_ENABLED", False) and not env("REDIS_URL"):
    raise ImproperlyConfigured("PAGE_CACHE_ENABLED needs REDIS_URL: each gunicorn worker must see the same cache.")
# --- end speed ---
