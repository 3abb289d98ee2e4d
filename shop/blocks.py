"""The product chooser block used by the story body (ProductBlock) and the home page's featured products."""

import copy

from shop.choosers import product_chooser_viewset

_ChooserBlock = product_chooser_viewset.get_block_class(name="ProductChooserBlock", module_path="shop.blocks")


class ProductChooserBlock(_ChooserBlock):
    """Chooses an Oscar product. All the product blocks of a stream are loaded together, with what a product card
    needs (images, stock records, maker), so a story's query count does not grow with its products.
    A deleted product becomes None (its card says it is unavailable)."""

    def bulk_to_python(self, values):
        from shop.products import with_card_data  # not at import time: this module loads with the page models

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


def _as_pk(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
