"""Oscar's basket, with its lines loaded together with what the basket page asks of each of them (issue #8)."""

from oscar.apps.basket.abstract_models import AbstractBasket


class Basket(AbstractBasket):
    def all_lines(self):
        """Oscar's cached lines, plus each product's class and stock records and each stock record's partner: the
        strategy (price, availability, VAT rate) and the shipping methods ask for them line by line."""
        if self.id is not None and self._lines is None:
            self._lines = (
                self.lines.select_related("product__product_class", "stockrecord__partner")
                .prefetch_related("attributes", "product__images", "product__stockrecords")
                .order_by(self._meta.pk.name)
            )
        return super().all_lines()


from oscar.apps.basket.models import *  # noqa: E402,F401,F403
