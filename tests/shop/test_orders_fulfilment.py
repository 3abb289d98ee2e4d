"""Split fulfilment: one parcel per maker (an artisan, even inside a cooperative), each moved only by its maker's
actions; the order's status follows from its parcels (shop/order/processing.py)."""

import pytest
from django.core import mail
from django.test import TestCase

from shop.order import statuses
from shop.order.processing import advance_group, change_status, status_from_parcels
from tests import factories
from tests.artisan_factories import cooperative_with_members
from tests.orders_helpers import (  # noqa: F401  (client: the committing test client)
    CommittingClient,
    Order,
    add_to_basket,
    checkout_to_payment,
    choose_method,
    client,
    place_order,
)

pytestmark = pytest.mark.django_db


def order_of(client, products, method="cash-on-delivery"):
    for product in products:
        add_to_basket(client, product)
    checkout_to_payment(client)
    choose_method(client, method)
    place_order(client)
    return Order.objects.order_by("-pk").first()


@pytest.fixture
def cooperative(db):
    return cooperative_with_members()


@pytest.fixture
def members_order(client, morocco, cooperative):
    """A cash-on-delivery order holding one piece of each of the two members of one cooperative."""
    fatimetou, salka = cooperative["members"]
    return order_of(client, [fatimetou["product"], salka["product"]])


def parcel_of(order, member):
    return order.fulfilment_groups.get(artisan=member["page"])


def test_two_members_of_one_cooperative_get_a_parcel_each_with_only_their_lines(members_order, cooperative):
    fatimetou, salka = cooperative["members"]

    parcels = list(members_order.fulfilment_groups.all())

    assert len(parcels) == 2
    assert {parcel.partner for parcel in parcels} == {cooperative["partner"]}
    assert [line.product for line in parcel_of(members_order, fatimetou).lines] == [fatimetou["product"]]
    assert [line.product for line in parcel_of(members_order, salka).lines] == [salka["product"]]
    assert parcel_of(members_order, salka).partner_name == "Salka Mint Brahim"
    # Cash on delivery: each maker confirms their own parcel after calling the buyer.
    assert {parcel.status for parcel in parcels} == {statuses.GROUP_TO_CONFIRM}


def test_a_makers_confirmation_moves_only_their_parcel_and_the_order_follows_when_all_are_confirmed(
    members_order, cooperative
):
    fatimetou, salka = cooperative["members"]

    advance_group(parcel_of(members_order, fatimetou), statuses.GROUP_CONFIRMED, user=fatimetou["user"])

    members_order.refresh_from_db()
    assert parcel_of(members_order, fatimetou).status == statuses.GROUP_CONFIRMED
    assert parcel_of(members_order, salka).status == statuses.GROUP_TO_CONFIRM  # not released by a colleague
    assert members_order.status == statuses.TO_CONFIRM

    advance_group(parcel_of(members_order, salka), statuses.GROUP_CONFIRMED, user=salka["user"])

    members_order.refresh_from_db()
    assert members_order.status == statuses.IN_PREPARATION
    assert members_order.status_changes.get(new_status=statuses.IN_PREPARATION).via == "its parcels"


def test_parcels_ship_and_deliver_on_their_own_and_the_order_is_delivered_and_paid_when_all_are(
    members_order, cooperative
):
    fatimetou, salka = cooperative["members"]
    for member in (fatimetou, salka):
        advance_group(parcel_of(members_order, member), statuses.GROUP_CONFIRMED)
        advance_group(parcel_of(members_order, member), statuses.GROUP_IN_PREPARATION)
    mail.outbox.clear()

    with TestCase.captureOnCommitCallbacks(execute=True):
        advance_group(parcel_of(members_order, fatimetou), statuses.GROUP_SHIPPED, carrier="Amana",
                      tracking_number="RR123456789MA")
    members_order.refresh_from_db()
    assert members_order.status == statuses.IN_PREPARATION  # Salka's parcel is not shipped yet
    stock = fatimetou["product"].stockrecords.get()
    assert (stock.num_in_stock, stock.num_allocated) == (4, 0)  # the shipped piece left the stock
    assert "RR123456789MA" in mail.outbox[-1].body

    advance_group(parcel_of(members_order, salka), statuses.GROUP_SHIPPED, carrier="Amana", tracking_number="RR2MA")
    members_order.refresh_from_db()
    assert members_order.status == statuses.SHIPPED

    advance_group(parcel_of(members_order, fatimetou), statuses.GROUP_DELIVERED)
    members_order.refresh_from_db()
    assert members_order.status == statuses.SHIPPED and not members_order.is_paid
    advance_group(parcel_of(members_order, salka), statuses.GROUP_DELIVERED)
    members_order.refresh_from_db()
    assert members_order.status == statuses.DELIVERED
    assert members_order.is_paid  # cash on delivery: the courier collected it
    assert members_order.sources.get().amount_debited == members_order.total_incl_tax


def test_a_parcel_cannot_ship_before_its_maker_confirms_it(members_order, cooperative):
    parcel = parcel_of(members_order, cooperative["members"][0])

    with pytest.raises(Exception):
        advance_group(parcel, statuses.GROUP_SHIPPED, carrier="Amana", tracking_number="X1")

    parcel.refresh_from_db()
    assert parcel.status == statuses.GROUP_TO_CONFIRM and not parcel.tracking_number


def test_a_parcel_that_cannot_be_supplied_releases_its_stock_and_the_rest_of_the_order_goes_on(
    members_order, cooperative
):
    fatimetou, salka = cooperative["members"]

    advance_group(parcel_of(members_order, salka), statuses.GROUP_UNAVAILABLE, user=salka["user"])
    advance_group(parcel_of(members_order, fatimetou), statuses.GROUP_CONFIRMED)

    members_order.refresh_from_db()
    assert salka["product"].stockrecords.get().num_allocated == 0
    assert members_order.status == statuses.IN_PREPARATION
    assert any("cannot be supplied" in note.message for note in members_order.notes.all())


def test_an_unpaid_order_none_of_whose_parcels_can_be_supplied_is_cancelled(members_order, cooperative):
    for member in cooperative["members"]:
        advance_group(parcel_of(members_order, member), statuses.GROUP_UNAVAILABLE)

    members_order.refresh_from_db()
    assert members_order.status == statuses.CANCELLED


def test_a_transfer_orders_parcels_wait_for_the_payment_then_open_to_their_makers(client, morocco, cooperative,
                                                                                 administrator):
    fatimetou, salka = cooperative["members"]
    order = order_of(client, [fatimetou["product"], salka["product"]], method="bank-transfer")

    assert set(order.fulfilment_groups.values_list("status", flat=True)) == {statuses.GROUP_WAITING}
    with pytest.raises(Exception):
        advance_group(parcel_of(order, fatimetou), statuses.GROUP_CONFIRMED)

    change_status(order, statuses.PAID, user=administrator)

    assert set(order.fulfilment_groups.values_list("status", flat=True)) == {statuses.GROUP_TO_CONFIRM}


def test_cancelling_the_order_cancels_the_parcels_not_yet_shipped(members_order, cooperative, administrator):
    change_status(members_order, statuses.CANCELLED, user=administrator)

    assert set(members_order.fulfilment_groups.values_list("status", flat=True)) == {statuses.GROUP_CANCELLED}
    assert cooperative["members"][1]["product"].stockrecords.get().num_allocated == 0


@pytest.mark.parametrize("order_status, parcels, paid, expected", [
    (statuses.TO_CONFIRM, ["To confirm", "Confirmed"], False, None),
    (statuses.TO_CONFIRM, ["Confirmed", "In preparation"], False, statuses.IN_PREPARATION),
    (statuses.PAID, ["Confirmed", "Cannot supply"], True, statuses.IN_PREPARATION),
    (statuses.IN_PREPARATION, ["Shipped", "In preparation"], False, None),
    (statuses.IN_PREPARATION, ["Shipped", "Cancelled"], False, statuses.SHIPPED),
    (statuses.SHIPPED, ["Delivered", "Delivered"], False, statuses.DELIVERED),
    (statuses.TO_CONFIRM, ["Cannot supply", "Cannot supply"], False, statuses.CANCELLED),
    (statuses.PAID, ["Cannot supply"], True, None),  # paid: staff refund it
])
def test_the_orders_status_follows_from_its_parcels(order_status, parcels, paid, expected):
    assert status_from_parcels(order_status, parcels, paid) == expected


def test_staff_still_see_whole_orders_in_oscars_dashboard(members_order, administrator):
    staff = CommittingClient()
    staff.force_login(administrator)

    response = staff.get(f"/dashboard/orders/{members_order.number}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Fatimetou" in html and "Salka" in html


def test_an_independent_artisans_product_and_a_sellers_product_without_a_maker_get_their_own_parcels(
    client, morocco, cooperative
):
    seller_only = factories.product_in_stock(title="Huile d'argan", price="160.00", stock=30)
    order = order_of(client, [cooperative["members"][0]["product"], seller_only])

    parcels = {parcel.artisan_id: parcel for parcel in order.fulfilment_groups.all()}

    assert set(parcels) == {cooperative["members"][0]["page"].pk, None}
    assert [line.product for line in parcels[None].lines] == [seller_only]


def test_staff_move_a_parcel_from_oscars_order_page_when_its_maker_cannot(members_order, cooperative, administrator):
    staff = CommittingClient()
    staff.force_login(administrator)
    parcel = parcel_of(members_order, cooperative["members"][1])
    url = f"/dashboard/orders/{members_order.number}/"

    assert 'id="parcels"' in staff.get(url).content.decode()
    staff.post(url, {"order_action": "move_parcel", "parcel": parcel.pk, "new_status": statuses.GROUP_CONFIRMED})
    refused = staff.post(url, {"order_action": "move_parcel", "parcel": parcel.pk,
                               "new_status": statuses.GROUP_DELIVERED}, follow=True)

    parcel.refresh_from_db()
    assert parcel.status == statuses.GROUP_CONFIRMED
    assert [message.level_tag for message in refused.context["messages"]][-1] == "error"


def test_a_maker_cannot_move_a_parcel_through_oscars_order_page(members_order, cooperative):
    manager = CommittingClient()
    manager.force_login(cooperative["manager"])
    parcel = parcel_of(members_order, cooperative["members"][0])

    response = manager.post(f"/dashboard/orders/{members_order.number}/", {
        "order_action": "move_parcel", "parcel": parcel.pk, "new_status": statuses.GROUP_CONFIRMED,
    })

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/login/" in response["Location"]
    parcel.refresh_from_db()
    assert parcel.status == statuses.GROUP_TO_CONFIRM
