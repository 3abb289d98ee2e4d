"""The product chooser used by page editors: searches Oscar's products by title and UPC, with thumbnails and prices.

Oscar's Product is not indexed by Wagtail's search, so the chooser's search box is a small filter form that queries
the ORM (case-insensitive, on the title and the UPC). Prices come from Oscar's own strategy, as on the storefront.
"""

from django import forms
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_class
from oscar.templatetags.currency_filters import currency
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import BaseColumn, Column
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView, ChosenView
from wagtail.admin.viewsets.chooser import ChooserViewSet

from shop.blocks import ProductChooserWidget


class ProductSearchForm(BaseFilterForm):
    """The chooser's search box: a part of the title or of the UPC, in any case."""

    q = forms.CharField(
        label=_("Title or UPC"),
        required=False,
        max_length=255,
        widget=forms.TextInput(attrs={"placeholder": _("Search by title or UPC")}),
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            # Titles are translated (title_fr, title_ar, title_en): a part of the title in any language matches.
            objects = objects.filter(
                Q(title_fr__icontains=query) | Q(title_ar__icontains=query) | Q(title_en__icontains=query)
                | Q(upc__icontains=query)
            )
            self.is_searching = True
            self.search_query = query
        return objects


class ThumbnailColumn(BaseColumn):
    cell_template_name = "shop/chooser/thumbnail_cell.html"


def display_price(product):
    price = getattr(product, "chooser_price", None)
    if price is None or not price.exists:
        return _("No price")
    amount = price.incl_tax if price.is_tax_known else price.excl_tax
    return currency(amount, price.currency)


class ProductListingMixin:
    filter_form_class = ProductSearchForm
    ordering = ["title", "pk"]
    per_page = 20

    def get_object_list(self):
        # Variants are chosen through their parent; images and stock records come in bulk for the thumbnails and
        # the prices (Oscar's strategy reads the prefetched stock records).
        Product = self.model_class
        return (
            Product.objects.exclude(structure=Product.CHILD)
            .select_related("product_class")
            .prefetch_related(
                "images",
                "stockrecords",
            )
        )

    def get_results_page(self, request):
        page = super().get_results_page(request)
        page.object_list = list(page.object_list)
        strategy = getattr(request, "strategy", None)
        if strategy is None:  # Oscar's basket middleware sets it on every request; just in case
            strategy = get_class("partner.strategy", "Selector")().strategy(request=request, user=request.user)
        for product in page.object_list:
            if product.is_parent:
                # A parent's price comes from its children; the chooser shows none rather than query per row.
                product.chooser_price = None
            else:
                product.chooser_price = strategy.fetch_for_product(product).price
        return page

    @property
    def columns(self):
        return [
            ThumbnailColumn("thumbnail", label=_("Image"), width="90px"),
            self.title_column,
            Column("upc", label=_("UPC")),
            Column("price", label=_("Price"), accessor=display_price),
        ]


class ProductChooseView(ProductListingMixin, ChooseView):
    pass


class ProductChooseResultsView(ProductListingMixin, ChooseResultsView):
    pass


class ProductChosenView(ChosenView):
    def get_display_title(self, instance):
        title = instance.get_title()
        return f"{title} ({instance.upc})" if instance.upc else title


class ProductChooserViewSet(ChooserViewSet):
    model = "catalogue.Product"
    icon = ProductChooserWidget.icon
    choose_one_text = ProductChooserWidget.choose_one_text
    choose_another_text = ProductChooserWidget.choose_another_text
    edit_item_text = ProductChooserWidget.link_to_chosen_text
    url_prefix = "product-chooser"
    choose_view_class = ProductChooseView
    choose_results_view_class = ProductChooseResultsView
    chosen_view_class = ProductChosenView
    widget_class = ProductChooserWidget  # the same widget the product block uses (shop/blocks.py)


class ProductAdminURLFinder(ModelAdminURLFinder):
    """'Edit this product' in the chooser widget opens the product in Oscar's dashboard (for staff)."""

    def get_edit_url(self, instance):
        if self.user is not None and not self.user.is_staff:
            return None
        return reverse("dashboard:catalogue-product", kwargs={"pk": instance.pk})


product_chooser_viewset = ProductChooserViewSet("product_chooser")
