"""The way back to the workshop (issue #15): a maker sees their workshop's compact header on every workshop page, and
"My workshop" with a logout in the shop's header; nobody else does, and a page with a maker's header never reaches an
anonymous visitor through the full-page cache (core/page_cache.py)."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.test import Client, RequestFactory, override_settings

from cooperatives.accounts import link_manager
from core import page_cache
from tests import page_factories as pages
from tests.artisan_factories import artisan_with_login
from workshop.context_processors import workshop_maker

pytestmark = pytest.mark.django_db

WORKSHOP_LINK = 'href="/fr/atelier/"'
LOGOUT_FORM = 'action="/fr/shop/accounts/logout/"'


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def maker():
    user, artisan, __ = artisan_with_login(username="mariem", title="Mariem Mint Sidi")
    return user


@pytest.fixture
def manager(django_user_model):
    __, artisan, __ = artisan_with_login(cooperative=True)
    cooperative = artisan.get_parent().specific
    user = django_user_model.objects.create_user("gerante", "gerante@example.ma", "motdepasse-gerante")
    link_manager(user, cooperative)
    return user, cooperative


@pytest.mark.parametrize("url", ["/fr/atelier/", "/fr/atelier/products/", "/fr/atelier/parcels/",
                                 "/fr/atelier/my-page/", "/fr/atelier/help/", "/fr/atelier/earnings/"])
def test_every_workshop_page_has_the_makers_name_the_way_home_and_a_logout_instead_of_the_shoppers_header(maker, url):
    html = logged_in(maker).get(url).content.decode()

    assert '<p class="workshop-header__maker"><bdi>Mariem Mint Sidi</bdi></p>' in html
    assert WORKSHOP_LINK in html and "Mon atelier" in html
    assert LOGOUT_FORM in html and 'name="csrfmiddlewaretoken"' in html
    assert 'class="site-header"' not in html and 'class="basket-summary"' not in html


def test_a_cooperative_manager_is_greeted_with_the_cooperatives_name_on_the_members_page(manager):
    user, cooperative = manager

    html = logged_in(user).get("/fr/atelier/members/").content.decode()

    assert f'<p class="workshop-header__maker"><bdi>{cooperative.title}</bdi></p>' in html


def test_the_workshops_logout_button_logs_the_maker_out(maker):
    client = logged_in(maker)

    client.post("/fr/shop/accounts/logout/")

    assert client.get("/fr/atelier/").status_code == 302  # back to the login page


@pytest.mark.parametrize("url", ["/fr/shop/catalogue/", "/fr/shop/basket/", "/fr/shop/accounts/profile/", "/fr/"])
def test_a_maker_finds_their_workshop_and_a_logout_in_the_shops_header(maker, url):
    html = logged_in(maker).get(url).content.decode()

    assert WORKSHOP_LINK in html and LOGOUT_FORM in html


def test_a_customer_and_an_anonymous_visitor_see_no_way_to_a_workshop(django_user_model):
    customer = django_user_model.objects.create_user("cliente", "cliente@example.ma", "motdepasse-cliente")

    for client in (Client(), logged_in(customer)):
        html = client.get("/fr/shop/catalogue/").content.decode()
        assert WORKSHOP_LINK not in html and LOGOUT_FORM not in html


def test_the_header_looks_the_maker_up_only_when_a_template_asks_and_never_for_an_anonymous_visitor(
        django_assert_num_queries):
    class Watched:
        asked = False

        @property
        def user(self):
            Watched.asked = True
            return AnonymousUser()

    context = workshop_maker(Watched())
    assert not Watched.asked

    with django_assert_num_queries(0):
        assert not context["workshop_maker"]
    assert Watched.asked


@pytest.fixture
def page_cache_on():
    Client().get("/fr/shop/basket/")  # the site settings' rows, written on a first request (tests/core/conftest.py)
    with override_settings(PAGE_CACHE_ENABLED=True):
        cache.clear()
        yield
        cache.clear()


def test_a_makers_shop_page_is_never_stored_for_anonymous_visitors(maker, page_cache_on):
    pages.product(title="Tapis hanbel")
    url = "/fr/shop/catalogue/"

    as_maker = logged_in(maker).get(url)
    first_visitor = Client().get(url)
    second_visitor = Client().get(url)
    maker_again = logged_in(maker).get(url)

    assert page_cache.HEADER not in as_maker.headers and WORKSHOP_LINK in as_maker.content.decode()  # bypassed
    # The maker's page was not stored: the first visitor renders their own, which is then served to the second.
    assert [first_visitor.headers[page_cache.HEADER], second_visitor.headers[page_cache.HEADER]] == ["miss", "hit"]
    for response in (first_visitor, second_visitor):
        assert WORKSHOP_LINK not in response.content.decode() and LOGOUT_FORM not in response.content.decode()
    # Nor is the anonymous page served to the maker.
    assert page_cache.HEADER not in maker_again.headers and WORKSHOP_LINK in maker_again.content.decode()
