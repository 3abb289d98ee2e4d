"""Roles: the Artisans group comes from a migration; an artisan is never staff and is refused everywhere that is not
theirs: other artisans' pages and products, other makers' parcels, staff parts of /cms/ and /dashboard/."""

import pytest
from django.contrib.auth.models import Group
from oscar.core.loading import get_model

from cooperatives.accounts import ARTISANS_GROUP, link_artisan
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


def refused(client, url, method="get", **data):
    """True when the request is refused: 403, or 404 (Django's LocaleMiddleware turns a 404 outside the language
    prefixes into a redirect to the /fr/ address, which is itself a 404)."""
    response = getattr(client, method)(url, data) if data else getattr(client, method)(url)
    if response.status_code == 302 and response["Location"].startswith("/fr/"):
        response = client.get(response["Location"])
    return response.status_code in (403, 404)

Product = get_model("catalogue", "Product")


def test_the_artisans_group_exists_after_migrations_and_lets_makers_into_their_dashboard_scope():
    group = Group.objects.get(name=ARTISANS_GROUP)

    assert list(group.permissions.values_list("content_type__app_label", "codename")) == [
        ("partner", "dashboard_access")
    ]
    assert Group.objects.filter(name="Editors").exists()


def test_an_artisan_is_never_staff():
    user, page, partner = artisan_with_login()
    user.refresh_from_db()

    assert not user.is_staff and not user.is_superuser
    assert user.groups.filter(name=ARTISANS_GROUP).exists()
    assert partner.users.filter(pk=user.pk).exists()


def test_a_staff_account_cannot_be_made_an_artisan(django_user_model):
    staff = django_user_model.objects.create_user("equipe", "equipe@example.ma", "x", is_staff=True)
    page = pages.artisan(pages.region(), partner=pages.partner())

    with pytest.raises(ValueError):
        link_artisan(staff, page)
    assert not staff.groups.exists()


def test_an_artisan_cannot_edit_another_artisans_page_in_the_cms(client):
    user, __, __ = artisan_with_login()
    __, other_page, __ = artisan_with_login()
    client.force_login(user)

    for url in (f"/cms/pages/{other_page.pk}/edit/", f"/cms/pages/{other_page.pk}/",
                f"/cms/pages/{other_page.pk}/publish/"):
        response = client.get(url)
        assert response.status_code in (302, 403, 404), url
        if response.status_code == 302:
            assert response["Location"].startswith("/cms/login/")


@pytest.mark.parametrize("url", ["/cms/", "/cms/users/", "/cms/groups/", "/cms/settings/", "/cms/pages/",
                                 "/cms/images/", "/cms/workflows/list/"])
def test_an_artisan_cannot_reach_the_cms(client, url):
    user, __, __ = artisan_with_login()
    client.force_login(user)

    response = client.get(url)

    assert response.status_code in (302, 403, 404)
    if response.status_code == 302:
        assert response["Location"].startswith("/cms/login/")


@pytest.mark.parametrize("url", ["/dashboard/users/", "/dashboard/partners/", "/dashboard/pages/",
                                 "/dashboard/reports/", "/dashboard/offers/", "/dashboard/catalogue/categories/"])
def test_an_artisan_is_refused_the_staff_parts_of_oscars_dashboard(client, url):
    user, __, __ = artisan_with_login()
    client.force_login(user)

    response = client.get(url)

    assert response.status_code in (302, 403, 404)
    if response.status_code == 302:
        assert "/login/" in response["Location"]


def test_oscars_dashboard_shows_an_artisan_only_their_own_products(client):
    user, page, partner = artisan_with_login()
    mine = pages.product(title="Mon tapis", partner_obj=partner, artisan_page=page)
    __, other_page, other_partner = artisan_with_login()
    theirs = pages.product(title="Son tapis", partner_obj=other_partner, artisan_page=other_page)
    client.force_login(user)

    listing = client.get("/dashboard/catalogue/")
    assert listing.status_code == 200
    assert "Mon tapis" in listing.content.decode()
    assert "Son tapis" not in listing.content.decode()
    assert client.get(f"/dashboard/catalogue/products/{mine.pk}/").status_code == 200
    assert refused(client, f"/dashboard/catalogue/products/{theirs.pk}/")
    assert refused(client, f"/dashboard/catalogue/products/{theirs.pk}/delete/", method="post", confirm="1")
    assert Product.objects.filter(pk=theirs.pk).exists()


@pytest.fixture
def two_artisans_order(client, morocco):
    """A guest order with one piece from each of two independent artisans, cash on delivery."""
    mine = artisan_with_login()
    theirs = artisan_with_login()
    my_product = pages.product(title="Mon tapis", partner_obj=mine[2], artisan_page=mine[1])
    their_product = pages.product(title="Son plat", partner_obj=theirs[2], artisan_page=theirs[1])
    add_to_basket(client, my_product)
    add_to_basket(client, their_product)
    checkout_to_payment(client)
    choose_method(client, "cash-on-delivery")
    place_order(client)
    return Order.objects.get(), mine, theirs


def test_an_artisan_cannot_open_or_move_another_makers_parcel(two_artisans_order):
    from django.test import Client

    order, (user, __, partner), (__, __, other_partner) = two_artisans_order
    browser = Client()
    browser.force_login(user)
    my_group = order.fulfilment_groups.get(partner=partner)
    their_group = order.fulfilment_groups.get(partner=other_partner)

    listing = browser.get("/fr/shop/parcels/").content.decode()
    assert f"/fr/shop/parcels/{my_group.pk}/" in listing
    assert f"/fr/shop/parcels/{their_group.pk}/" not in listing
    assert browser.get(f"/fr/shop/parcels/{their_group.pk}/").status_code == 404
    assert browser.post(f"/fr/shop/parcels/{their_group.pk}/", {"action": "deliver"}).status_code == 404
    their_group.refresh_from_db()
    assert their_group.status == "Waiting"


def test_oscars_dashboard_never_shows_an_artisan_an_order_without_their_products(two_artisans_order):
    """Makers are sent from Oscar's order pages to their parcels page (which shows only their own lines); an
    artisan with nothing in the order does not see it anywhere."""
    from django.test import Client

    order, (user, __, __), __ = two_artisans_order
    stranger = artisan_with_login()[0]
    mine, theirs = Client(), Client()
    mine.force_login(user)
    theirs.force_login(stranger)

    landing = mine.get(f"/dashboard/orders/{order.number}/", follow=True)
    assert landing.status_code == 200
    assert order.number in landing.content.decode()
    response = theirs.get(f"/dashboard/orders/{order.number}/", follow=True)
    assert response.status_code in (200, 403, 404)
    assert order.number not in response.content.decode()
    assert order.number not in theirs.get("/dashboard/orders/", follow=True).content.decode()
    assert order.number not in theirs.get("/fr/shop/parcels/").content.decode()
