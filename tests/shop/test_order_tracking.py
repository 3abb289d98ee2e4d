"""Guest order tracking: order number + email shows the status history and the tracking numbers; a wrong pair gets
one message, whether the order is unknown or the email wrong; repeated failures pause the look-ups."""

import pytest
from django.core.cache import cache
from django.test import override_settings

from shop.order.processing import advance_group, change_status
from tests.orders_helpers import buy, client  # noqa: F401  (client: the committing test client)

pytestmark = pytest.mark.django_db

NOT_FOUND = "Nous n&#x27;avons pas trouvé de commande avec ce numéro et cette adresse e-mail."


@pytest.fixture(autouse=True)
def forget_failures():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def shipped_order(client, carpet, morocco):
    __, order = buy(client, carpet, "cash-on-delivery")
    change_status(order, "In preparation")
    advance_group(order.fulfilment_groups.get(), "Shipped", carrier="Amana", tracking_number="RR123456789MA")
    order.refresh_from_db()
    return order


def test_the_buyer_sees_the_history_and_the_tracking_number(client, shipped_order, django_assert_max_num_queries):
    with django_assert_max_num_queries(20):
        response = client.post(
            "/fr/shop/track-order/", {"number": shipped_order.number, "email": " Khadija@Example.ma "}
        )

    html = response.content.decode()
    assert response.status_code == 200
    assert f"Commande <bdi>{shipped_order.number}</bdi>" in html
    assert "Statut : Expédiée" in html
    for label in ("À confirmer", "En préparation", "Expédiée"):
        assert label in html
    assert "RR123456789MA" in html and "Amana" in html
    assert "Tapis hanbel en laine × 1" in html
    result = html.split('class="order-tracking__result"')[1].split("</section>")[0]
    assert "avenue Mohammed V" not in result and "+212" not in result  # no address or phone on this page


@pytest.mark.parametrize("number, email", [
    ("999999", "khadija@example.ma"),  # unknown order
    (None, "someone.else@example.ma"),  # wrong email
])
def test_a_wrong_pair_gets_one_and_the_same_message(client, shipped_order, number, email):
    response = client.post("/fr/shop/track-order/", {"number": number or shipped_order.number, "email": email})

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count(NOT_FOUND) == 1
    assert "RR123456789MA" not in html and "order-tracking__result" not in html
    assert f'value="{number or shipped_order.number}"' in html  # what was typed stays


def test_an_invalid_email_is_reported_on_its_field(client, db):
    response = client.post("/fr/shop/track-order/", {"number": "100001", "email": "pas-un-email"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Saisissez une adresse de courriel valide." in html
    assert NOT_FOUND not in html


@override_settings(SHOP_TRACKING_MAX_FAILURES=3)
def test_repeated_failures_pause_the_lookups_even_for_a_right_pair(client, shipped_order):
    for attempt in range(3):
        client.post("/fr/shop/track-order/", {"number": str(200000 + attempt), "email": "khadija@example.ma"})

    response = client.post("/fr/shop/track-order/", {"number": shipped_order.number, "email": "khadija@example.ma"})

    assert response.status_code == 429
    assert "Trop de tentatives" in response.content.decode()
    assert "RR123456789MA" not in response.content.decode()


def test_the_page_is_linked_from_the_footer_and_prefilled_from_the_email_link(client, db):
    assert 'href="/fr/shop/track-order/"' in client.get("/fr/shop/track-order/").content.decode()
    response = client.get("/fr/shop/track-order/?number=100042")
    assert 'value="100042"' in response.content.decode()
