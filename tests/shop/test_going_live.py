"""Going live (issue #15): a new maker's products wait for their page to be live and for an editor's approval in
/cms/ (one switch per region); a product whose maker's page is not live is not for sale, even from a basket."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from oscar.core.loading import get_class, get_model

from shop import going_live
from tests import page_factories as pages
from tests.artisan_factories import artisan_with_login, photo_upload, product_post
from tests.journeys import add_to_basket

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")
Product = get_model("catalogue", "Product")
Selector = get_class("partner.strategy", "Selector")

APPROVALS = "/cms/products-to-approve/"


def add_in_workshop(client, title):
    response = client.post("/fr/atelier/products/new/", product_post(title=title, photo=photo_upload()))
    assert response.status_code == 302, response.content[:2000]
    return Product.objects.get(title=title)


def editor(username="redactrice", group="Editors"):
    user = get_user_model().objects.create_user(username, f"{username}@example.ma", "motdepasse-editeur")
    user.groups.add(Group.objects.get(name=group))
    return user


def approve(product, user, action="approve"):
    client = Client()
    client.force_login(user)
    return client.post(f"{APPROVALS}{product.pk}/{action}/")


def for_sale_to_a_visitor(product):
    """Seen on its page and in the catalogue, and put in a basket, by an anonymous visitor."""
    visitor = Client()
    page = visitor.get(product.get_absolute_url()).status_code == 200
    listed = product.title in visitor.get(reverse("catalogue:index")).content.decode()
    add_to_basket(visitor, product)
    in_basket = Basket.objects.filter(lines__product=product).exists()
    return page, listed, in_basket


def publish(page):
    page.get_latest_revision_as_object().save_revision().publish()
    page.refresh_from_db()


def test_a_new_makers_product_waits_for_their_page_and_an_editor_then_their_next_one_goes_on_sale_directly(client):
    user, page, __ = artisan_with_login(live=False)
    client.force_login(user)

    first = add_in_workshop(client, "Tapis de la nouvelle artisane")
    assert going_live.awaiting_approval(first) and not first.is_public
    assert for_sale_to_a_visitor(first) == (False, False, False)
    assert "Waiting for an editor" in _workshop_list(user)

    publish(page)
    first.refresh_from_db()
    assert not first.is_public and going_live.awaiting_approval(first)

    assert approve(first, editor()).status_code == 302
    first.refresh_from_db()
    assert first.is_public and first.approved_by.username == "redactrice"
    assert for_sale_to_a_visitor(first) == (True, True, True)

    second = add_in_workshop(client, "Deuxième tapis")
    assert second.is_public and second.approved_at and second.approved_by is None
    assert for_sale_to_a_visitor(second) == (True, True, True)


def _workshop_list(user):
    maker = Client()
    maker.force_login(user)
    return maker.get("/en/atelier/products/").content.decode()


def test_an_approval_given_while_the_page_is_a_draft_waits_for_the_page():
    user, page, __ = artisan_with_login(live=False)
    maker = Client()
    maker.force_login(user)
    product = add_in_workshop(maker, "Coussin en cuir")

    approve(product, editor())
    product.refresh_from_db()
    assert product.approved_at and not product.is_public
    assert "Not on sale while the page is not live" in _workshop_list(user)

    publish(page)
    product.refresh_from_db()
    assert product.is_public


def test_with_the_regions_switch_off_a_product_goes_on_sale_once_the_page_is_live_and_never_before(client):
    region = pages.region(review_new_makers_products=False)
    user, page, __ = artisan_with_login(region_page=region, live=False)
    client.force_login(user)

    product = add_in_workshop(client, "Plateau en bois")
    assert product.approved_at and not product.is_public
    assert for_sale_to_a_visitor(product) == (False, False, False)

    publish(page)
    product.refresh_from_db()
    assert product.is_public and for_sale_to_a_visitor(product) == (True, True, True)


def test_a_cooperative_members_product_follows_the_switch_of_the_region_above_the_cooperative(client):
    region = pages.region(review_new_makers_products=False)
    user, page, __ = artisan_with_login(region_page=region, cooperative=True)
    client.force_login(user)

    assert going_live.region_of(page).pk == region.pk
    assert add_in_workshop(client, "Melhfa teinte").is_public


def test_a_live_maker_in_a_reviewed_region_waits_until_an_editor_approved_one_of_their_products(client):
    user, page, partner = artisan_with_login()
    pages.product(title="Tapis du catalogue", partner_obj=partner, artisan_page=page)  # approved, by no editor
    client.force_login(user)

    assert going_live.needs_review(page)
    assert not add_in_workshop(client, "Premier tapis de l'atelier").is_public


def test_unpublishing_the_makers_page_takes_their_products_off_sale_and_republishing_puts_the_approved_back(client):
    user, page, partner = artisan_with_login()
    approved = pages.product(title="Tapis approuvé", partner_obj=partner, artisan_page=page)
    client.force_login(user)
    held = add_in_workshop(client, "Tapis en attente")
    visitor = Client()
    add_to_basket(visitor, approved)
    assert Basket.objects.filter(lines__product=approved).exists()

    page.unpublish()
    approved.refresh_from_db()
    assert not approved.is_public
    assert for_sale_to_a_visitor(approved)[:2] == (False, False)
    strategy = Selector().strategy()
    assert not strategy.fetch_for_product(approved).availability.is_available_to_buy
    # The stale basket line cannot be bought: the checkout sends the visitor back to the basket.
    response = visitor.get(reverse("checkout:index"))
    assert response.status_code == 302 and response["Location"].endswith(reverse("basket:summary"))

    publish(page)
    approved.refresh_from_db()
    held.refresh_from_db()
    assert approved.is_public and not held.is_public


def test_deleting_the_makers_page_takes_their_products_off_sale():
    __, page, partner = artisan_with_login()
    product = pages.product(title="Tapis orphelin", partner_obj=partner, artisan_page=page)

    page.delete()

    product.refresh_from_db()
    assert product.artisan is None and not product.is_public


def test_a_declined_product_stays_off_sale_and_goes_back_to_the_editors_when_its_maker_changes_it(client):
    user, page, __ = artisan_with_login()
    client.force_login(user)
    product = add_in_workshop(client, "Tapis refusé")

    assert approve(product, editor(), action="decline").status_code == 302
    product.refresh_from_db()
    assert going_live.is_declined(product) and not product.is_public
    publish(page)
    product.refresh_from_db()
    assert not product.is_public
    assert "Declined by the editors" in _workshop_list(user)
    assert product not in going_live.awaiting()

    client.post(f"/fr/atelier/products/{product.pk}/", product_post(title="Tapis refusé, nouvelle photo"))
    product.refresh_from_db()
    assert going_live.awaiting_approval(product) and not product.is_public


def test_an_editor_sees_what_waits_with_its_maker_and_price():
    __, page, partner = artisan_with_login(title="Aïcha la potière")
    product = pages.product(title="Jarre en terre", partner_obj=partner, artisan_page=page, price="380.00")
    Product.objects.filter(pk=product.pk).update(approved_at=None, is_public=False)
    moderator = Client()
    moderator.force_login(editor("moderatrice", group="Moderators"))

    html = moderator.get(APPROVALS).content.decode()

    assert "Jarre en terre" in html and "Aïcha la potière" in html and "380" in html
    assert f"{APPROVALS}{product.pk}/approve/" in html and "csrfmiddlewaretoken" in html
    assert APPROVALS in moderator.get("/cms/").content.decode()


@pytest.fixture
def waiting_product():
    __, page, partner = artisan_with_login()
    product = pages.product(title="Tapis à juger", partner_obj=partner, artisan_page=page)
    Product.objects.filter(pk=product.pk).update(approved_at=None, is_public=False)
    return product


def editor_without_the_permission():
    user = get_user_model().objects.create_user("sans-droit", "sans-droit@example.ma", "motdepasse")
    group = Group.objects.create(name="Admin sans approbation")
    group.permissions.add(*Group.objects.get(name="Editors").permissions.exclude(codename="approve_product"))
    user.groups.add(group)
    return user


def test_an_editor_without_the_permission_is_refused_and_sees_no_menu_item(waiting_product):
    client = Client()
    client.force_login(editor_without_the_permission())

    assert client.get("/cms/").status_code == 200
    assert APPROVALS not in client.get("/cms/").content.decode()
    assert client.get(APPROVALS).status_code == 403
    for action in ("approve", "decline"):
        assert client.post(f"{APPROVALS}{waiting_product.pk}/{action}/").status_code == 403

    waiting_product.refresh_from_db()
    assert going_live.awaiting_approval(waiting_product) and not waiting_product.is_public


@pytest.mark.parametrize("who", ["anonymous", "maker"])
def test_a_maker_or_a_visitor_cannot_open_or_use_the_approvals(waiting_product, who):
    client = Client()
    if who == "maker":
        client.force_login(get_user_model().objects.get(username__startswith="artisan"))

    assert client.get(APPROVALS).status_code in (302, 403)
    for action in ("approve", "decline"):
        response = client.post(f"{APPROVALS}{waiting_product.pk}/{action}/")
        assert response.status_code in (302, 403)
        assert response.status_code == 403 or "/cms/login/" in response["Location"]

    waiting_product.refresh_from_db()
    assert going_live.awaiting_approval(waiting_product) and not waiting_product.is_public


def test_an_approval_is_a_post_a_link_followed_approves_nothing(waiting_product):
    client = Client()
    client.force_login(editor())

    assert client.get(f"{APPROVALS}{waiting_product.pk}/approve/").status_code == 405

    waiting_product.refresh_from_db()
    assert going_live.awaiting_approval(waiting_product)


def test_products_made_outside_the_workshop_are_approved():
    product = pages.product(title="Tapis du tableau de bord")

    assert product.approved_at is not None and product.is_public and going_live.is_for_sale(product)


def test_sale_status_tells_the_maker_where_their_product_stands(client):
    user, page, __ = artisan_with_login(live=False)
    client.force_login(user)
    product = add_in_workshop(client, "Tapis suivi")
    assert going_live.sale_status(product) == going_live.AWAITING_APPROVAL

    approve(product, editor())
    product.refresh_from_db()
    assert going_live.sale_status(product) == going_live.PAGE_NOT_LIVE

    publish(page)
    product.refresh_from_db()
    assert going_live.sale_status(product) == going_live.FOR_SALE_NOW

    going_live.decline(product, None)
    assert going_live.sale_status(product) == going_live.DECLINED and not product.is_public
