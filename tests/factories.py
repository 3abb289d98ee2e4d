"""Factories for the shop's objects, on top of Oscar's own test factories."""

from decimal import Decimal

from oscar.core.loading import get_model

from shop.new_products import make_product

Partner = get_model("partner", "Partner")
Country = get_model("address", "Country")


def maker(name="Coopérative Test Tissage"):
    partner, __ = Partner.objects.get_or_create(name=name)
    return partner


def product_in_stock(title="Tapis hanbel", price="1850.00", stock=5, partner=None, upc=None):
    """A public, standalone product with a MAD stock record from the given maker."""
    return make_product(title, Decimal(price), partner or maker(), stock=stock, upc=upc)


def morocco():
    country, __ = Country.objects.get_or_create(
        iso_3166_1_a2="MA",
        defaults={
            "iso_3166_1_a3": "MAR",
            "iso_3166_1_numeric": "504",
            "printable_name": "Maroc",
            "name": "Royaume du Maroc",
            "is_shipping_country": True,
            "display_order": 100,
        },
    )
    return country
