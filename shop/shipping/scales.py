"""Oscar's scale, reading the product's own weight field (same-path override of oscar.apps.shipping.scales).

Product.weight_grams (shop/catalogue/models.py) is the packed weight; a child product without one takes its parent's.
A product with no weight at all falls back to Oscar's behaviour: a `weight` attribute, else the method's default weight
(the "Default weight" of each method in Oscar's dashboard).
"""

from decimal import Decimal

from oscar.apps.shipping import scales


class Scale(scales.Scale):
    def weigh_product(self, product):
        grams = product.weight_grams
        if grams is None and product.parent_id:
            grams = product.parent.weight_grams
        if grams is not None:
            return Decimal(grams) / 1000
        return super().weigh_product(product)
