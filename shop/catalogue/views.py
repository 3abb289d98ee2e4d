"""Same-path override of oscar.apps.catalogue.views.

- A product view writes nothing and sets no cookie (no analytics counter, no recently-viewed history).
- The product page gains the people behind the product (shop.makers) and its JSON-LD and Open Graph tags
  (shop.product_seo).
- Browsing the catalogue and its categories reads the database directly. Oscar 4.2 lists them through Haystack,
  whose simple backend returns nothing for a listing without a query, so the shop showed no products at all;
  searching is the site search's job (sitesearch/search.py, one Wagtail index).
"""

from urllib.parse import unquote

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView
from oscar.apps.catalogue.views import ProductDetailView as OscarProductDetailView
from oscar.core.loading import get_model

from shop import products as product_queries
from shop.makers import maker_context
from shop.product_seo import product_seo


class ProductDetailView(OscarProductDetailView):
    def send_signal(self, request, response, product):
        """Nothing happens on a view: Oscar's receivers of `product_viewed` would write a view counter to the
        database (analytics) and set a recently-viewed cookie on every visit, so that no product page could be
        a read-only request or be served from the page cache (core/page_cache.py)."""

    def get_queryset(self):
        # Images, stock records with their partner and the options flag at once: the gallery, Oscar's strategy (asked
        # several times per page) and the basket form would otherwise each query them again.
        return product_queries.with_card_data(super().get_queryset())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        makers = maker_context(self.object)
        context.update(makers)
        context["product_seo"] = product_seo(self.object, self.request, makers)
        return context


Category = get_model("catalogue", "Category")
Product = get_model("catalogue", "Product")


class CatalogueView(ListView):
    """All products, newest first, paginated."""

    template_name = "oscar/catalogue/browse.html"
    context_object_name = "products"
    paginate_by = settings.OSCAR_PRODUCTS_PER_PAGE

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            messages.error(request, _("The given page number was invalid."))
            return redirect(self.first_page_url())

    def first_page_url(self):
        return self.request.path

    def get_queryset(self):
        return product_queries.for_cards(Product.objects.browsable()).order_by("-date_created", "-pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["summary"] = _("All products")
        return context


class ProductCategoryView(CatalogueView):
    """The products of a category and its sub-categories."""

    template_name = "oscar/catalogue/category.html"

    def get(self, request, *args, **kwargs):
        self.category = get_object_or_404(Category, pk=self.kwargs["pk"])
        if not (self.category.is_public or request.user.is_staff):
            raise Http404()
        expected_path = self.category.get_absolute_url()
        if unquote(expected_path) != unquote(request.path):
            return HttpResponsePermanentRedirect(expected_path)
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        categories = self.category.get_descendants_and_self()
        return super().get_queryset().filter(categories__in=categories).distinct()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["category"] = self.category
        context["summary"] = self.category.name
        return context
