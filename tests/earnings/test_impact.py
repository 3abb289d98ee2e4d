"""What the public pages say of makers' earnings (earnings/impact.py): the part of a product's price that goes to its
maker, from the fee rule at the rate staff set; the pieces an artisan sold (delivered, paid for, not reversed), with
no amount."""

from decimal import Decimal

import pytest
from django.utils.translation import gettext, ngettext, override
from django.utils import timezone

from earnings import ledger
from earnings.models import CommissionRate
from shop.payment.methods import BANK_TRANSFER
from tests import page_factories as pages
from tests.earnings import orm_orders

pytestmark = pytest.mark.django_db


@pytest.fixture
def independent():
    partner = pages.partner()
    artisan = pages.artisan(pages.region(), title="Salka Mint Brahim", partner=partner)
    return {"partner": partner, "artisan": artisan, "product": pages.product(partner_obj=partner, artisan_page=artisan)}


def _page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def _sold(independent, prices, delivered=True, paid=True):
    order, parcel = orm_orders.order(independent["partner"], prices, method=BANK_TRANSFER,
                                     artisan=independent["artisan"])
    if delivered:
        orm_orders.mark_delivered(parcel)
    if paid:
        orm_orders.mark_paid(order)
    ledger.earn(parcel)
    return order


def test_a_product_page_says_what_part_of_the_price_goes_to_the_maker_at_the_default_rate(client, independent):
    html = _page(client, independent["product"].get_absolute_url())

    assert maker_part(88) in html  # 12 % commission by default


def test_the_makers_part_follows_the_rate_staff_set(client, independent):
    CommissionRate.objects.create(partner=independent["partner"], rate=Decimal("0.15"),
                                  valid_from=timezone.now())

    html = _page(client, independent["product"].get_absolute_url())

    assert maker_part(85) in html and maker_part(88) not in html


def test_an_artisans_page_counts_the_pieces_delivered_and_paid_for_and_not_the_reversed_ones(client, independent):
    _sold(independent, [(Decimal("1234.56"), 2), (Decimal("777.77"), 1)])
    returned = _sold(independent, [(Decimal("999.99"), 4)])
    ledger.reverse(returned.lines.all(), "returned")
    _sold(independent, [(Decimal("555.55"), 5)], paid=False)  # delivered, not paid: not sold yet

    html = _page(client, independent["artisan"].url)

    with override("fr"):
        assert ngettext("%(pieces)s piece sold", "%(pieces)s pieces sold", 3) % {"pieces": 3} in html
    for amount in ("1234", "1 234", "2469", "2 469", "777", "2172", "1911"):  # prices, shares: no amount shown
        assert amount not in html


def test_an_artisan_who_sold_nothing_yet_shows_no_count(client, independent):
    html = _page(client, independent["artisan"].url)

    assert "vendu" not in html.split('class="facts"')[1].split("</ul>")[0]  # "N pièces vendues"


def maker_part(percent):
    """The product page's sentence, as the French page writes it."""
    with override("fr"):
        return gettext("%(percent)s %% of this price goes to the maker.") % {"percent": percent}
