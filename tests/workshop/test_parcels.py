"""Parcels in the workshop: a member handles their own parcel, a manager the cooperative's; the buyer's phone and
address show to the parcel's maker while it is open, never after delivery, never to anyone else."""

import pytest
from django.core import mail
from django.test import Client, TestCase

from shop.order import statuses
from shop.order.processing import advance_group
from tests.artisan_factories import cooperative_with_members, login
from tests.orders_helpers import Order, add_to_basket, checkout_to_payment, choose_method, place_order

pytestmark = pytest.mark.django_db

PHONE = "+212661234567"  # as the address stores it (the buyer typed "+212 661 234 567")


class CommittingClient(Client):
    def request(self, **request):
        with TestCase.captureOnCommitCallbacks(execute=True):
            return super().request(**request)


def browser_of(user=None):
    browser = CommittingClient()
    if user is not None:
        browser.force_login(user)
    return browser


@pytest.fixture
def cooperative(db):
    return cooperative_with_members()


@pytest.fixture
def order(morocco, cooperative):
    buyer = CommittingClient()
    for member in cooperative["members"]:
        add_to_basket(buyer, member["product"])
    checkout_to_payment(buyer)
    choose_method(buyer, "cash-on-delivery")
    place_order(buyer)
    return Order.objects.get()


def parcel_url(parcel, language="fr"):
    return f"/{language}/atelier/parcels/{parcel.pk}/"


def parcels(order, cooperative):
    return [order.fulfilment_groups.get(artisan=member["page"]) for member in cooperative["members"]]


def test_a_member_lists_and_opens_only_their_own_parcel_with_the_buyers_phone(order, cooperative):
    fatimetou = cooperative["members"][0]
    mine, theirs = parcels(order, cooperative)
    member = browser_of(fatimetou["user"])

    listing = member.get("/fr/atelier/parcels/").content.decode()
    page = member.get(parcel_url(mine))

    assert parcel_url(mine) in listing and parcel_url(theirs) not in listing
    html = page.content.decode()
    assert page.status_code == 200
    assert fatimetou["product"].title in html and cooperative["members"][1]["product"].title not in html
    assert PHONE in html and "12 avenue Mohammed V" in html
    assert f"tel:{PHONE}" in html


def test_a_member_cannot_open_or_move_a_fellow_members_parcel(order, cooperative):
    mine, theirs = parcels(order, cooperative)
    member = browser_of(cooperative["members"][0]["user"])

    assert member.get(parcel_url(theirs)).status_code == 404
    assert member.post(parcel_url(theirs), {"action": "confirm"}).status_code == 404
    assert member.post(parcel_url(theirs), {"action": "unavailable"}).status_code == 404

    theirs.refresh_from_db()
    assert theirs.status == statuses.GROUP_TO_CONFIRM


def test_a_members_confirmation_changes_only_their_parcel(order, cooperative):
    mine, theirs = parcels(order, cooperative)
    member = browser_of(cooperative["members"][0]["user"])

    response = member.post(parcel_url(mine), {"action": "confirm"})

    assert response.status_code == 302
    mine.refresh_from_db(), theirs.refresh_from_db(), order.refresh_from_db()
    assert (mine.status, theirs.status, order.status) == (
        statuses.GROUP_CONFIRMED, statuses.GROUP_TO_CONFIRM, statuses.TO_CONFIRM
    )


def test_shipping_needs_a_tracking_number_and_keeps_what_was_typed(order, cooperative):
    mine, __ = parcels(order, cooperative)
    member = browser_of(cooperative["members"][0]["user"])
    member.post(parcel_url(mine), {"action": "confirm"})
    member.post(parcel_url(mine), {"action": "prepare"})

    refused = member.post(parcel_url(mine), {"action": "ship", "carrier": "Amana Express", "tracking_number": " "})

    assert refused.status_code == 200 and 'value="Amana Express"' in refused.content.decode()
    mine.refresh_from_db()
    assert mine.status == statuses.GROUP_IN_PREPARATION

    member.post(parcel_url(mine), {"action": "ship", "carrier": "Amana", "tracking_number": "RR123456789MA"})
    mine.refresh_from_db()
    assert (mine.status, mine.tracking_number) == (statuses.GROUP_SHIPPED, "RR123456789MA")


def test_an_action_the_parcel_cannot_take_is_refused_with_a_message_and_changes_nothing(order, cooperative):
    mine, __ = parcels(order, cooperative)
    member = browser_of(cooperative["members"][0]["user"])

    response = member.post(parcel_url(mine), {"action": "deliver"}, follow=True)
    junk = member.post(parcel_url(mine), {"action": "<script>"}, follow=True)

    assert response.status_code == 200 and junk.status_code == 200
    assert [message.level_tag for message in response.context["messages"]] == ["error"]
    assert [message.level_tag for message in junk.context["messages"]] == ["error"]
    mine.refresh_from_db()
    assert mine.status == statuses.GROUP_TO_CONFIRM


def test_the_buyers_phone_and_address_are_hidden_once_the_parcel_is_delivered(order, cooperative):
    mine, __ = parcels(order, cooperative)
    for status in (statuses.GROUP_CONFIRMED, statuses.GROUP_IN_PREPARATION):
        advance_group(mine, status)
    advance_group(mine, statuses.GROUP_SHIPPED, carrier="Amana", tracking_number="RR1MA")
    advance_group(mine, statuses.GROUP_DELIVERED)

    html = browser_of(cooperative["members"][0]["user"]).get(parcel_url(mine)).content.decode()

    assert PHONE not in html and "12 avenue Mohammed V" not in html


def test_the_manager_sees_and_moves_every_members_parcel(order, cooperative):
    manager = browser_of(cooperative["manager"])
    first, second = parcels(order, cooperative)

    listing = manager.get("/fr/atelier/parcels/").content.decode()
    assert parcel_url(first) in listing and parcel_url(second) in listing
    assert PHONE in manager.get(parcel_url(second)).content.decode()

    manager.post(parcel_url(second), {"action": "confirm"})
    second.refresh_from_db()
    assert second.status == statuses.GROUP_CONFIRMED


def test_a_manager_of_another_cooperative_finds_none_of_these_parcels(order, cooperative):
    other = cooperative_with_members(members=("Mariem Mint Sidi",))
    stranger = browser_of(other["manager"])
    first, __ = parcels(order, cooperative)

    assert parcel_url(first) not in stranger.get("/fr/atelier/parcels/").content.decode()
    assert stranger.get(parcel_url(first)).status_code == 404
    assert stranger.post(parcel_url(first), {"action": "confirm"}).status_code == 404
    first.refresh_from_db()
    assert first.status == statuses.GROUP_TO_CONFIRM


def test_anonymous_visitors_and_customers_are_refused_the_parcels(order, cooperative):
    first, __ = parcels(order, cooperative)

    anonymous = browser_of().get(parcel_url(first))
    customer = browser_of(login("client")).get(parcel_url(first))

    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    assert customer.status_code == 403


def test_each_maker_is_notified_of_their_new_parcel_in_their_language(morocco, cooperative):
    fatimetou, salka = cooperative["members"]
    salka["user"].artisan_account.language = "ar"
    salka["user"].artisan_account.save()
    mail.outbox.clear()
    buyer = CommittingClient()
    add_to_basket(buyer, salka["product"])
    checkout_to_payment(buyer)
    choose_method(buyer, "cash-on-delivery")
    place_order(buyer)
    order = Order.objects.get()

    notices = {message.to[0]: message for message in mail.outbox if "atelier/parcels" in message.body}

    # Salka (her parcel, in Arabic) and the cooperative's manager; not Fatimetou, who has nothing in it.
    assert set(notices) == {salka["user"].email, cooperative["manager"].email}
    parcel = order.fulfilment_groups.get()
    assert f"/ar/atelier/parcels/{parcel.pk}/" in notices[salka["user"].email].body
    assert f"/fr/atelier/parcels/{parcel.pk}/" in notices[cooperative["manager"].email].body
    assert order.number in notices[salka["user"].email].subject


def test_the_parcel_page_costs_a_fixed_number_of_queries(order, cooperative, django_assert_max_num_queries):
    mine, __ = parcels(order, cooperative)
    member = browser_of(cooperative["members"][0]["user"])
    member.get(parcel_url(mine))

    with django_assert_max_num_queries(25):
        assert member.get(parcel_url(mine)).status_code == 200
