"""Split fulfilment: one parcel per maker, each advancing on its own; the order is shipped when every parcel is.
A maker sees only their own lines (unlike Oscar's dashboard, django-oscar#2240)."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from shop.order.processing import change_status
from tests import factories
from tests.orders_helpers import (  # noqa: F401  (client: the committing test client)
    CommittingClient,
    Order,
    add_to_basket,
    checkout_to_payment,
    choose_method,
    client,
    maker_account,
    place_order,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_makers_order(client, morocco):
    """A guest order with a carpet from one cooperative and argan oil from another, paid cash on delivery."""
    weavers = factories.maker("Coopérative Tissage Oued Eddahab")
    argan = factories.maker("Coopérative Argan Tiznit")
    carpet = factories.product_in_stock(title="Tapis hanbel", price="1850.00", stock=5, partner=weavers)
    oil = factories.product_in_stock(title="Huile d'argan", price="160.00", stock=30, partner=argan)
    add_to_basket(client, carpet)
    add_to_basket(client, oil, quantity=2)
    checkout_to_payment(client)
    choose_method(client, "cash-on-delivery")
    place_order(client)
    order = Order.objects.get()
    return order, weavers, argan, carpet, oil


def maker_client(user):
    browser = CommittingClient()
    browser.force_login(user)
    return browser


def test_an_order_from_two_makers_is_split_into_two_parcels(two_makers_order):
    order, weavers, argan, carpet, oil = two_makers_order

    groups = {group.partner: group for group in order.fulfilment_groups.all()}

    assert set(groups) == {weavers, argan}
    assert [line.product for line in groups[weavers].lines] == [carpet]
    assert [line.product for line in groups[argan].lines] == [oil]
    assert {group.status for group in groups.values()} == {"Waiting"}


def test_a_maker_sees_only_their_own_parcel_and_lines(two_makers_order, django_assert_max_num_queries):
    order, weavers, argan, carpet, oil = two_makers_order
    fatimetou = maker_client(maker_account(weavers, "fatimetou@example.ma"))
    weavers_group = order.fulfilment_groups.get(partner=weavers)
    argan_group = order.fulfilment_groups.get(partner=argan)

    listing = fatimetou.get("/fr/shop/parcels/").content.decode()
    with django_assert_max_num_queries(25):
        page = fatimetou.get(f"/fr/shop/parcels/{weavers_group.pk}/")

    assert f"/fr/shop/parcels/{weavers_group.pk}/" in listing
    assert f"/fr/shop/parcels/{argan_group.pk}/" not in listing
    html = page.content.decode()
    assert page.status_code == 200
    assert "Tapis hanbel" in html
    assert "argan" not in html.lower()
    assert fatimetou.get(f"/fr/shop/parcels/{argan_group.pk}/").status_code == 404


def test_a_buyer_or_stranger_cannot_reach_the_parcels(two_makers_order, client):
    order, *__ = two_makers_order
    group = order.fulfilment_groups.first()
    assert client.get(f"/fr/shop/parcels/{group.pk}/").status_code == 302  # to the login page
    stranger = maker_client(get_user_model().objects.create_user("curieux", "curieux@example.ma", "x" * 12))
    assert stranger.get(f"/fr/shop/parcels/{group.pk}/").status_code == 403


def test_each_parcel_ships_on_its_own_and_the_order_is_shipped_when_both_are(two_makers_order):
    order, weavers, argan, carpet, oil = two_makers_order
    fatimetou = maker_client(maker_account(weavers, "fatimetou@example.ma"))
    aicha = maker_client(maker_account(argan, "aicha@example.ma"))
    weavers_group = order.fulfilment_groups.get(partner=weavers)
    argan_group = order.fulfilment_groups.get(partner=argan)
    mail.outbox.clear()

    # The maker confirms the cash-on-delivery order after calling the buyer: both parcels may be prepared.
    fatimetou.post(f"/fr/shop/parcels/{weavers_group.pk}/", {"action": "confirm"})
    order.refresh_from_db()
    assert order.status == "In preparation"
    assert order.status_changes.get(new_status="In preparation").via == "maker"

    # Shipping needs a tracking number: refused without, what was typed kept.
    refused = fatimetou.post(
        f"/fr/shop/parcels/{weavers_group.pk}/", {"action": "ship", "carrier": "Amana", "tracking_number": ""}
    )
    assert refused.status_code == 200 and 'value="Amana"' in refused.content.decode()
    weavers_group.refresh_from_db()
    assert weavers_group.status == "In preparation"

    fatimetou.post(
        f"/fr/shop/parcels/{weavers_group.pk}/",
        {"action": "ship", "carrier": "Amana", "tracking_number": "RR123456789MA"},
    )
    weavers_group.refresh_from_db()
    order.refresh_from_db()
    assert (weavers_group.status, weavers_group.tracking_number) == ("Shipped", "RR123456789MA")
    assert order.status == "In preparation"  # the other parcel is not shipped yet
    stock = carpet.stockrecords.get()
    assert (stock.num_in_stock, stock.num_allocated) == (4, 0)  # the shipped carpet left the stock
    assert "RR123456789MA" in mail.outbox[-1].body

    aicha.post(f"/fr/shop/parcels/{argan_group.pk}/", {"action": "ship", "carrier": "Amana", "tracking_number": "RR2MA"})
    order.refresh_from_db()
    assert order.status == "Shipped"
    assert order.status_changes.get(new_status="Shipped").via == "every parcel shipped"

    fatimetou.post(f"/fr/shop/parcels/{weavers_group.pk}/", {"action": "deliver"})
    order.refresh_from_db()
    assert order.status == "Shipped" and not order.is_paid
    aicha.post(f"/fr/shop/parcels/{argan_group.pk}/", {"action": "deliver"})
    order.refresh_from_db()
    assert order.status == "Delivered"
    assert order.is_paid  # cash on delivery: the courier collected the amount
    assert order.sources.get().amount_debited == order.total_incl_tax


def test_a_parcel_cannot_ship_before_the_order_is_confirmed(two_makers_order):
    order, weavers, *__ = two_makers_order
    fatimetou = maker_client(maker_account(weavers, "fatimetou@example.ma"))
    group = order.fulfilment_groups.get(partner=weavers)

    fatimetou.post(f"/fr/shop/parcels/{group.pk}/", {"action": "ship", "carrier": "Amana", "tracking_number": "X1"})

    group.refresh_from_db()
    assert group.status == "Waiting" and not group.tracking_number


def test_cancelling_the_order_cancels_the_parcels_not_yet_shipped(two_makers_order, administrator):
    order, weavers, argan, carpet, oil = two_makers_order

    change_status(order, "Cancelled", user=administrator)

    assert set(order.fulfilment_groups.values_list("status", flat=True)) == {"Cancelled"}
    assert oil.stockrecords.get().num_allocated == 0


@pytest.mark.parametrize("path", ["", "{number}/", "statistics/"])
def test_a_maker_is_sent_from_oscars_order_dashboard_to_their_own_parcels(two_makers_order, path):
    """Oscar's order dashboard would show a maker the whole order, other makers' lines and totals included."""
    order, weavers, *__ = two_makers_order
    fatimetou = maker_client(maker_account(weavers, "fatimetou@example.ma"))

    response = fatimetou.get("/dashboard/orders/" + path.format(number=order.number))

    assert response.status_code == 302
    assert response["Location"] == "/fr/shop/parcels/"
    assert "argan" not in fatimetou.get(response["Location"]).content.decode().lower()


def test_staff_still_see_whole_orders_in_oscars_dashboard(two_makers_order, administrator):
    order, *__ = two_makers_order
    staff = maker_client(administrator)

    response = staff.get(f"/dashboard/orders/{order.number}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Tapis hanbel" in html and "argan" in html.lower()
