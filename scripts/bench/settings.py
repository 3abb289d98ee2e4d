"""The production settings, unchanged, with the benchmark's files kept apart: uploads and renditions in
var/bench/media, collected static files in var/bench/static (so a benchmark never litters media/ or var/static).
Everything else (DEBUG, SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL, REDIS_URL, PAGE_CACHE_ENABLED, ...) comes from the
environment exactly as in production."""

from config.settings.production import *  # noqa: F401,F403
from config.settings.production import BASE_DIR

MEDIA_ROOT = BASE_DIR / "var" / "bench" / "media"
STATIC_ROOT = BASE_DIR / "var" / "bench" / "static"
