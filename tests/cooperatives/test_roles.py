"""Roles: the Artisans group comes from a migration and carries no permission; an artisan is never staff, never an
Oscar partner's user, and is refused everywhere that is not theirs: other artisans' pages in /cms/, and the whole of
Oscar's dashboard (makers work in the workshop: tests/workshop/test_boundary.py)."""

import pytest
from django.contrib.auth.models import Group
from oscar.core.loading import get_model

from cooperatives.accounts import ARTISANS_GROUP, link_artisan
from tests import page_factories as pages
from tests.artisan_factories import artisan_with_login
from tests.orders_helpers import client  # noqa: F401  (the committing test client)

pytestmark = pytest.mark.django_db


Product = get_model("catalogue", "Product")


def test_the_artisans_group_exists_after_migrations_and_gives_no_permission():
    group = Group.objects.get(name=ARTISANS_GROUP)

    assert not group.permissions.exists()
    assert Group.objects.filter(name="Editors").exists()


def test_an_artisan_is_never_staff():
    user, page, partner = artisan_with_login()
    user.refresh_from_db()

    assert not user.is_staff and not user.is_superuser
    assert user.groups.filter(name=ARTISANS_GROUP).exists()
    assert not partner.users.exists()


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


@pytest.mark.parametrize("url", ["/dashboard/", "/dashboard/catalogue/", "/dashboard/orders/",
                                 "/dashboard/orders/statistics/", "/dashboard/reports/", "/dashboard/users/",
                                 "/dashboard/partners/", "/dashboard/pages/", "/dashboard/offers/",
                                 "/dashboard/catalogue/categories/", "/dashboard/catalogue/stock-alerts/"])
def test_an_artisan_is_refused_every_part_of_oscars_dashboard(client, url):
    user, __, __ = artisan_with_login()
    client.force_login(user)

    response = client.get(url)

    assert response.status_code in (302, 403, 404)
    if response.status_code == 302:
        assert "/login/" in response["Location"]


def test_an_artisan_cannot_open_or_delete_even_their_own_product_in_oscars_dashboard(client):
    user, page, partner = artisan_with_login()
    mine = pages.product(title="Mon tapis", partner_obj=partner, artisan_page=page)
    client.force_login(user)

    assert refused_or_login(client, f"/dashboard/catalogue/products/{mine.pk}/")
    assert refused_or_login(client, f"/dashboard/catalogue/products/{mine.pk}/delete/", method="post", confirm="1")
    assert Product.objects.filter(pk=mine.pk).exists()


def refused_or_login(client, url, method="get", **data):
    response = getattr(client, method)(url, data) if data else getattr(client, method)(url)
    return response.status_code in (403, 404) or (response.status_code == 302 and "/login/" in response["Location"])
