"""Oscar's product page, with the people behind the product (shop.makers) and its JSON-LD and Open Graph tags
(shop.product_seo). Same-path override of oscar.apps.catalogue.views: only ProductDetailView changes, the other
views come from Oscar."""

from oscar.apps.catalogue.views import ProductDetailView as OscarProductDetailView

from shop.makers import maker_context
from shop.product_seo import product_seo


class ProductDetailView(OscarProductDetailView):
    def get_queryset(self):
        return super().get_queryset().select_related("artisan", "craft", "product_class")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        makers = maker_context(self.object)
        context.update(makers)
        context["product_seo"] = product_seo(self.object, self.request, makers)
        return context
