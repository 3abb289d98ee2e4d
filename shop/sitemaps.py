"""/sitemap.xml's products: every public product in each of the site's languages (config/urls.py lists it next to
core.sitemaps.PageSitemap)."""

from oscar.core.loading import get_model
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap

from core.sitemaps import MultilingualSitemapMixin


class ProductSitemap(MultilingualSitemapMixin, WagtailSitemap):
    """Public products, on the same address as the Wagtail site's pages."""

    def items(self):
        Product = get_model("catalogue", "Product")
        return Product.objects.browsable().filter(is_public=True).order_by("pk")

    def location(self, product):
        if not hasattr(self, "_root_url"):
            self._root_url = self.get_wagtail_site().root_url
        return self._root_url + product.get_absolute_url()

    def lastmod(self, product):
        return product.date_updated
