"""Each maker's boundary (workshop/boundary.py), tried from the side of the person who must be refused: a member with
a fellow member's ids, a manager of another cooperative, a customer, staff, anonymous. Refused means 403 or 404 (or
the login page for anonymous) and nothing changed."""

import pytest
from django.test import Client

from tests.artisan_factories import cooperative_with_members, login, product_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def cooperative(db):
    return cooperative_with_members()


@pytest.fixture
def other_cooperative(db):
    return cooperative_with_members(members=("Mariem Mint Sidi",))


def browser_of(user=None):
    browser = Client()
    if user is not None:
        browser.force_login(user)
    return browser


def workshop_addresses(cooperative):
    """Every workshop address that names an object of `cooperative`'s second member (or the cooperative)."""
    product = cooperative["members"][1]["product"]
    return [
        ("get", f"/fr/atelier/products/{product.pk}/"),
        ("post", f"/fr/atelier/products/{product.pk}/"),
        ("get", f"/fr/atelier/cooperative/{cooperative['cooperative'].pk}/"),
        ("post", f"/fr/atelier/cooperative/{cooperative['cooperative'].pk}/"),
        ("get", "/fr/atelier/members/"),
    ]


def request(browser, method, url):
    data = product_post(title="Volé") if method == "post" else None
    return getattr(browser, method)(url, data) if data else getattr(browser, method)(url)


def test_a_member_cannot_open_or_change_a_fellow_members_product_or_the_cooperative(cooperative):
    member = browser_of(cooperative["members"][0]["user"])
    product = cooperative["members"][1]["product"]

    for method, url in workshop_addresses(cooperative):
        assert request(member, method, url).status_code in (403, 404), (method, url)

    product.refresh_from_db()
    assert product.title == "Pièce de Salka Mint Brahim"
    assert not cooperative["cooperative"].get_latest_revision() or \
        cooperative["cooperative"].get_latest_revision().user is None


def test_a_members_product_list_holds_only_their_own_products(cooperative):
    fatimetou, salka = cooperative["members"]

    html = browser_of(fatimetou["user"]).get("/fr/atelier/products/").content.decode()

    assert fatimetou["product"].title in html and salka["product"].title not in html


def test_a_manager_of_another_cooperative_reaches_nothing_of_this_one(cooperative, other_cooperative):
    stranger = browser_of(other_cooperative["manager"])
    product = cooperative["members"][1]["product"]

    for method, url in workshop_addresses(cooperative)[:4]:
        assert request(stranger, method, url).status_code == 404, (method, url)
    members = stranger.get("/fr/atelier/members/").content.decode()

    assert "Salka" not in members and "Mariem Mint Sidi" in members
    product.refresh_from_db()
    assert product.title == "Pièce de Salka Mint Brahim"


@pytest.mark.parametrize("who", ["anonymous", "customer", "staff"])
def test_people_who_are_not_makers_are_refused_every_workshop_address(cooperative, who, administrator):
    user = {"anonymous": None, "customer": login("client"), "staff": administrator}[who]
    browser = browser_of(user)
    addresses = workshop_addresses(cooperative) + [
        ("get", "/fr/atelier/"), ("get", "/fr/atelier/products/"), ("get", "/fr/atelier/products/new/"),
        ("post", "/fr/atelier/products/new/"), ("get", "/fr/atelier/my-page/"), ("get", "/fr/atelier/parcels/"),
        ("get", "/fr/atelier/help/"), ("get", "/fr/atelier/earnings/"), ("get", "/fr/atelier/earnings/2026/1.csv"),
    ]

    for method, url in addresses:
        response = request(browser, method, url)
        if user is None:
            assert response.status_code == 302 and "/login/" in response["Location"], (method, url)
        else:
            assert response.status_code == 403, (method, url)
    assert not cooperative["members"][1]["product"].__class__.objects.filter(title="Volé").exists()


def test_the_manager_edits_a_members_product_and_adds_one_for_a_chosen_member(cooperative):
    manager = browser_of(cooperative["manager"])
    fatimetou, salka = cooperative["members"]

    form = manager.get("/fr/atelier/products/new/").content.decode()
    assert 'name="maker"' in form and "Salka Mint Brahim" in form

    response = manager.post(f"/fr/atelier/products/{salka['product'].pk}/",
                            product_post(title="Tapis de Salka", maker=salka["page"].pk))
    assert response.status_code == 302
    salka["product"].refresh_from_db()
    assert salka["product"].title == "Tapis de Salka" and salka["product"].artisan == salka["page"]


def test_a_manager_cannot_give_a_product_to_a_maker_outside_the_cooperative(cooperative, other_cooperative):
    manager = browser_of(cooperative["manager"])
    salka = cooperative["members"][1]
    outsider = other_cooperative["members"][0]["page"]

    response = manager.post(f"/fr/atelier/products/{salka['product'].pk}/",
                            product_post(title="Transfert", maker=outsider.pk))

    assert response.status_code == 200 and "maker" in response.context["form"].errors
    salka["product"].refresh_from_db()
    assert salka["product"].artisan == salka["page"]


def test_the_manager_sees_the_members_list_and_sends_the_cooperatives_page_for_approval(cooperative):
    manager = browser_of(cooperative["manager"])
    cooperative_page = cooperative["cooperative"]

    members = manager.get("/fr/atelier/members/").content.decode()
    response = manager.post(f"/fr/atelier/cooperative/{cooperative_page.pk}/", {
        "introduction": "Six tisserandes de Dakhla.", "story": "Fondée en 2004.", "phone": "+212 528 89 00 00",
    })

    assert "Fatimetou Mint Ahmed" in members and "Salka Mint Brahim" in members
    assert response.status_code == 302
    cooperative_page.refresh_from_db()
    revision = cooperative_page.get_latest_revision()
    assert revision.user == cooperative["manager"]
    assert revision.as_object().introduction == "Six tisserandes de Dakhla."
    assert cooperative_page.introduction != "Six tisserandes de Dakhla."  # not live before approval


def test_a_plain_member_has_no_members_list_nor_cooperative_page(cooperative):
    member = browser_of(cooperative["members"][0]["user"])

    assert member.get("/fr/atelier/members/").status_code == 403
    assert member.get(f"/fr/atelier/cooperative/{cooperative['cooperative'].pk}/").status_code == 403


def test_an_independent_artisan_is_both_artisan_and_manager_of_their_own_workshop():
    from tests import page_factories as pages
    from tests.artisan_factories import artisan_with_login
    from workshop.boundary import boundary_of

    user, page, partner = artisan_with_login()
    theirs = pages.product(title="Plat sans fiche d'artisan", partner_obj=partner)  # sold by them, no maker page set
    stranger = pages.product(title="Ailleurs")

    boundary = boundary_of(user)

    assert boundary.is_maker and boundary.is_manager and boundary.artisan == page
    assert set(boundary.products()) == {theirs}
    assert stranger not in boundary.products()
    assert list(boundary.artisans()) == [page]


def test_the_manager_says_which_member_made_a_piece(cooperative):
    manager = browser_of(cooperative["manager"])
    fatimetou, salka = cooperative["members"]

    response = manager.post(f"/fr/atelier/products/{fatimetou['product'].pk}/",
                            product_post(title="Tapis à deux mains", maker=salka["page"].pk))

    assert response.status_code == 302
    fatimetou["product"].refresh_from_db()
    assert fatimetou["product"].artisan == salka["page"]
