"""Counting a visitor's attempts (order look-ups, applications) so a form can pause one connection, not everyone.

Behind the reverse proxy REMOTE_ADDR is the proxy itself; the client is the last address the proxy appended to
X-Forwarded-For. Counts live in the cache (Redis in production), so every gunicorn worker sees the same ones.
"""

from django.core.cache import cache


def client_address(request):
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[-1].strip() if forwarded else request.META.get("REMOTE_ADDR", "")


def _key(scope, request):
    return f"throttle:{scope}:{client_address(request)}"


def attempts(scope, request):
    return cache.get(_key(scope, request), 0)


def record_attempt(scope, request, window):
    """Count one more attempt from this connection; the count is forgotten `window` seconds after the latest one."""
    cache.set(_key(scope, request), attempts(scope, request) + 1, window)
