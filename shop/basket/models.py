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

    @property
    def num_lines(self):
        """Counted from the loaded lines: every page that asks (the basket middleware before applying offers, the
        header, the basket page) then uses the lines themselves, so a COUNT query first would be one query more."""
        return len(self.all_lines())


from oscar.apps.basket.models import *  # noqa: E402,F401,F403
