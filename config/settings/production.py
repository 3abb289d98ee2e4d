"""Production: behind a TLS-terminating reverse proxy, gunicorn, PostgreSQL, Redis.

Fails fast when a secret is missing: the process refuses to start and names the variable.
"""

from .base import *  # noqa: F401,F403
from .base import env, env_bool, env_list, require_secret_key

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = require_secret_key(DEBUG)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS and not DEBUG:
    from django.core.exceptions import ImproperlyConfigured

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
