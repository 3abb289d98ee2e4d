"""Oscar's root app, without the dashboard in the storefront's URLs.

The storefront is served per language under /<lang>/shop/, the dashboard once at /dashboard/ (see config/urls.py).
"""

from oscar.config import Shop


class Storefront(Shop):
    def get_urls(self):
        return [pattern for pattern in super().get_urls() if str(pattern.pattern) != "dashboard/"]
