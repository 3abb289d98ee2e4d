"""The artisan's workshop (/<lang>/atelier/): where an artisan lands after logging in, with orders to prepare and
pieces almost sold out at the top, and four big actions; nobody else gets in."""

import pytest
from oscar.core.loading import get_model

from tests import page_factories as pages
from tests.artisan_factories import artisan_with_login
from tests.orders_helpers import (  # noqa: F401  (client: the committing test client)
    Order,
    add_to_basket,
    checkout_to_payment,
    choose_method,
    client,
    place_order,
)

pytestmark = pytest.mark.django_db

StockRecord = get_model("partner", "StockRecord")


def test_an_artisan_who_logs_in_lands_in_their_workshop(client):
    user, page, __ = artisan_with_login(username="fatimetou", title="Fatimetou Mint Ahmed")

    response = client.post("/fr/shop/accounts/login/", {
        "login-username": "fatimetou@example.ma", "login-password": "motdepasse-artisan",
        "login_submit": "1", "login-redirect_url": "",
    }, follow=True)

    assert response.redirect_chain[-1][0] == "/fr/atelier/"
    html = response.content.decode()
    assert "Fatimetou Mint Ahmed" in html
    for href in ("/fr/atelier/my-page/", "/fr/atelier/products/", "/fr/atelier/parcels/", "/fr/atelier/help/"):
        assert f'href="{href}"' in html


def test_a_customer_who_logs_in_still_lands_in_their_account(client, django_user_model):
    django_user_model.objects.create_user("client", "client@example.ma", "motdepasse-client")

    response = client.post("/fr/shop/accounts/login/", {
        "login-username": "client@example.ma", "login-password": "motdepasse-client", "login_submit": "1",
    })

    assert response.status_code == 302
    assert client.get(response["Location"])["Location"] == "/fr/shop/accounts/"


def test_the_workshop_speaks_arabic_right_to_left(client):
    user, __, __ = artisan_with_login()
    client.force_login(user)

    html = client.get("/ar/atelier/").content.decode()

    assert 'dir="rtl"' in html
    assert 'href="/ar/atelier/products/"' in html


@pytest.mark.parametrize("url", ["/fr/atelier/", "/fr/atelier/products/", "/fr/atelier/products/new/",
                                 "/fr/atelier/my-page/", "/fr/atelier/help/"])
def test_a_customer_is_refused_the_workshop(client, django_user_model, url):
    customer = django_user_model.objects.create_user("client", "client@example.ma", "x")
    client.force_login(customer)

    assert client.get(url).status_code == 403


def test_an_anonymous_visitor_is_asked_to_log_in(client):
    response = client.get("/fr/atelier/")

    assert response.status_code == 302
    assert response["Location"].startswith("/fr/shop/accounts/login/")


def test_pending_orders_and_almost_sold_out_pieces_come_first(client, morocco, django_assert_max_num_queries):
    user, page, partner = artisan_with_login()
    carpet = pages.product(title="Tapis hanbel", partner_obj=partner, artisan_page=page, stock=2)
    pages.product(title="Coussin brodé", partner_obj=partner, artisan_page=page, stock=40)
    add_to_basket(client, carpet)
    checkout_to_payment(client)
    choose_method(client, "cash-on-delivery")
    place_order(client)
    order = Order.objects.get()
    client.logout()
    client.force_login(user)

    with django_assert_max_num_queries(20):
        html = client.get("/fr/atelier/").content.decode()

    assert order.number in html
    pending, low_stock, actions = (html.index("workshop-pending"), html.index("workshop-low-stock"),
                                   html.index("workshop-actions"))
    assert pending < actions and low_stock < actions
    low = html[low_stock:actions]
    assert "Tapis hanbel" in low  # 2 in stock, 1 allocated to the order
    assert "Coussin brodé" not in low


def test_an_artisan_without_orders_sees_just_the_five_actions(client):
    user, __, __ = artisan_with_login()
    client.force_login(user)

    html = client.get("/fr/atelier/").content.decode()

    assert "workshop-pending" not in html and "workshop-low-stock" not in html
    assert html.count('class="workshop-action"') == 5  # my page, products, parcels, earnings, help


def test_the_help_page_walks_through_adding_a_product_and_shipping_an_order(client):
    user, __, __ = artisan_with_login()
    client.force_login(user)

    html = client.get("/fr/atelier/help/").content.decode()

    assert html.count("<svg") >= 6
    assert 'href' in html
    assert 'id="help-product"' in html and 'id="help-ship"' in html


def test_the_workshop_address_is_reserved_for_pages():
    from django.core.exceptions import ValidationError

    from cooperatives.models import RegionPage

    with pytest.raises(ValidationError):
        pages.home().add_child(instance=RegionPage(title="Atelier", slug="atelier", introduction="x"))
