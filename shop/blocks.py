"""The product chooser's form widget and StreamField block, without the chooser's admin views: the page models load
these at start-up, while the views (shop/choosers.py) are imported by Wagtail's admin only when it needs them."""

import copy

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.blocks import ChooserBlock

CHOOSER_URL_NAME = "product_chooser:choose"  # shop/choosers.py registers the viewset as "product_chooser"


class ProductChooserWidget(BaseChooser):
    model = "catalogue.Product"
    icon = "tag"
    choose_one_text = _("Choose a product")
    choose_another_text = _("Choose another product")
    link_to_chosen_text = _("Edit this product")
    chooser_modal_url_name = CHOOSER_URL_NAME


class ProductChooserBlock(ChooserBlock):
    """Chooses an Oscar product. All the product blocks of a stream are loaded together, with what a product card
    needs (images, stock records, maker), so a story's query count does not grow with its products.
    A deleted product becomes None (its card says it is unavailable)."""

    target_model = "catalogue.Product"

    @cached_property
    def widget(self):
        return ProductChooserWidget()

    def bulk_to_python(self, values):
        from shop.products import with_card_data  # needs the app registry: this module loads with the page models

        keys = [_as_pk(value) for value in values]
        ids = [key for key in keys if key is not None]
        found = with_card_data(self.model_class.objects.filter(pk__in=ids)) if ids else []
        by_pk = {product.pk: product for product in found}
        result, seen = [], set()
        for value in keys:
            product = by_pk.get(value)
            if product is not None and value in seen:
                product = copy.copy(product)
            result.append(product)
            seen.add(value)
        return result

    class Meta:
        icon = "tag"


def _as_pk(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
