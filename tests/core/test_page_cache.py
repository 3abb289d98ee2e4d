"""The full-page cache for anonymous visitors (core/page_cache.py, PAGE_CACHE_ENABLED).

A visitor served from the cache gets the same page as everybody, with their own CSRF token (their forms post) and
their own basket in the header; a logged-in visitor, a flash message, the basket and the checkout are never served
from it or stored in it; a publish, a price change and a stock change show on the very next request.
"""

import gzip
import re

import pytest
from django.core.cache import cache
from django.test import Client, override_settings

from core import page_cache
from tests import page_factories as pf

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def page_cache_on(db):
    # Site settings rows are created by the first request that reads them (a one-time write, which makes every
    # cached page stale like any settings change): made here, before the pages under test are cached.
    cache.clear()  # what earlier tests cached (the footer's settings) would spare that first request its write
    Client().get("/fr/shop/basket/")
    with override_settings(PAGE_CACHE_ENABLED=True):
        cache.clear()
        yield
        cache.clear()


def state(response):
    return response.headers.get(page_cache.HEADER)


def tokens(response):
    return set(TOKEN.findall(response.content.decode()))


def basket_count(response):
    return re.search(r'data-basket-count="(\d+)"', response.content.decode()).group(1)


@pytest.fixture
def story():
    return pf.story(title="Le tapis hanbel", introduction="Une histoire de laine.")


@pytest.fixture
def product():
    return pf.with_image(pf.product(title="Tapis hanbel bleu", price="450.00", stock=5))


def test_a_second_anonymous_visitor_is_served_from_the_cache_with_a_csrf_token_of_their_own(story):
    first = Client().get(story.url)
    visitor = Client(enforce_csrf_checks=True)
    second = visitor.get(story.url)

    assert (state(first), state(second)) == ("miss", "hit")
    assert page_cache.CSRF_SENTINEL not in second.content.decode()
    assert len(tokens(second)) == 1 and tokens(second) != tokens(first)
    assert "csrftoken" in second.cookies
    # The token in the cached page is accepted with the visitor's own cookie: the language switcher posts.
    switched = visitor.post("/i18n/setlang/", {"language": "en", "next": "/en/",
                                               "csrfmiddlewaretoken": tokens(second).pop()})
    assert switched.status_code == 302


def test_a_visitor_whose_token_is_refused_does_not_post_with_another_visitors_token(story):
    Client().get(story.url)
    someone = Client(enforce_csrf_checks=True)
    someone_token = tokens(someone.get(story.url)).pop()
    visitor = Client(enforce_csrf_checks=True)
    visitor.get(story.url)

    refused = visitor.post("/i18n/setlang/", {"language": "en", "next": "/en/", "csrfmiddlewaretoken": "x" * 64})
    accepted = visitor.post("/i18n/setlang/", {"language": "en", "next": "/en/",
                                               "csrfmiddlewaretoken": someone_token})

    assert refused.status_code == 403
    # Another visitor's masked token unmasks to their secret, not this visitor's: refused too.
    assert accepted.status_code == 403


def test_each_visitor_sees_their_own_basket_in_the_header_of_a_cached_page(story, product):
    shopper = Client()
    shopper.post(f"/fr/shop/basket/add/{product.pk}/", {"quantity": 2})
    shopper.get("/fr/shop/basket/")  # where the "added to your basket" message is shown (never from the cache)
    assert state(Client().get(story.url)) == "miss"

    shopper_page = shopper.get(story.url)
    browser_page = Client().get(story.url)

    assert (state(shopper_page), state(browser_page)) == ("hit", "hit")
    assert basket_count(shopper_page) == "2"
    assert basket_count(browser_page) == "0"


def test_a_shopper_with_a_basket_who_renders_the_page_first_does_not_leave_their_basket_in_it(story, product):
    shopper = Client()
    shopper.post(f"/fr/shop/basket/add/{product.pk}/", {"quantity": 1})
    shopper.get("/fr/shop/basket/")
    first = shopper.get(story.url)

    later = Client().get(story.url)

    assert (state(first), basket_count(first)) == ("miss", "1")
    assert (state(later), basket_count(later)) == ("hit", "0")


def test_a_logged_in_visitor_is_never_served_from_the_cache_nor_stored_in_it(story, django_user_model):
    Client().get(story.url)
    member = Client()
    member.force_login(django_user_model.objects.create_user("amina", "amina@example.ma", "motdepasse-amina"))
    cache.delete(page_cache.key_for("http://testserver" + story.url))

    page = member.get(story.url)

    assert state(page) is None
    assert "/fr/shop/accounts/" in page.content.decode()  # "My account", not "Log in"
    assert state(Client().get(story.url)) == "miss"  # the member's page was not stored


def test_a_published_change_shows_at_once(story):
    Client().get(story.url)
    assert state(Client().get(story.url)) == "hit"

    revision = story.get_latest_revision_as_object()
    revision.title = "Le tapis hanbel de Dakhla"
    revision.save_revision().publish()
    page = Client().get(story.url)

    assert state(page) == "miss"
    assert "Le tapis hanbel de Dakhla" in page.content.decode()


def test_a_price_change_shows_at_once_on_the_product_page_and_the_catalogue(product):
    url = product.get_absolute_url()
    for address in (url, "/fr/shop/catalogue/"):
        Client().get(address)
        assert state(Client().get(address)) == "hit"

    record = product.stockrecords.get()
    record.price = "777.00"
    record.save()

    for address in (url, "/fr/shop/catalogue/"):
        page = Client().get(address)
        assert state(page) == "miss"
        assert "777,00" in page.content.decode()


def test_a_stock_change_shows_at_once(product):
    url = product.get_absolute_url()
    Client().get(url)
    assert 'id="add_to_basket_form"' in Client().get(url).content.decode()

    record = product.stockrecords.get()
    record.num_in_stock = 0
    record.save()
    page = Client().get(url)

    assert state(page) == "miss"
    assert 'id="add_to_basket_form"' not in page.content.decode()


def test_an_order_allocating_stock_invalidates_the_cache(product):
    url = product.get_absolute_url()
    Client().get(url)
    assert state(Client().get(url)) == "hit"

    product.stockrecords.get().allocate(5)  # Oscar's atomic update at checkout

    assert state(Client().get(url)) == "miss"


def test_a_flash_message_is_never_cached():
    visitor = Client()
    with_message = visitor.get("/fr/shop/catalogue/?page=999", follow=True)  # invalid page: a message, a redirect
    assert "alert-dismissible" in with_message.content.decode()

    page = Client().get("/fr/shop/catalogue/")
    again = Client().get("/fr/shop/catalogue/")

    assert "alert-dismissible" not in page.content.decode()
    assert "alert-dismissible" not in again.content.decode()
    assert state(again) == "hit"


def test_a_visitor_with_a_message_waiting_in_their_session_sees_it_then_gets_the_cached_page():
    Client().get("/fr/shop/catalogue/")  # stored for everybody
    visitor = Client()
    with override_settings(MESSAGE_STORAGE="django.contrib.messages.storage.session.SessionStorage"):
        visitor.get("/fr/shop/catalogue/?page=999")  # a message, kept in the visitor's session
        shown = visitor.get("/fr/shop/catalogue/")
        later = visitor.get("/fr/shop/catalogue/")

    assert state(shown) is None and "alert-dismissible" in shown.content.decode()
    assert state(later) == "hit" and "alert-dismissible" not in later.content.decode()


@pytest.mark.parametrize("address", ["/fr/shop/basket/", "/fr/shop/checkout/", "/fr/shop/accounts/login/",
                                     "/fr/atelier/", "/fr/devenir-artisan/", "/fr/shop/track-order/"])
def test_the_basket_checkout_account_and_workshop_are_never_cached(address):
    for __ in range(2):
        response = Client().get(address)
        assert state(response) is None
    assert cache.get(page_cache.key_for("http://testserver" + address)) is None


def test_with_the_cache_switched_off_nothing_is_stored(story):
    with override_settings(PAGE_CACHE_ENABLED=False):
        first, second = Client().get(story.url), Client().get(story.url)

    assert (state(first), state(second)) == (None, None)
    assert cache.get(page_cache.key_for("http://testserver" + story.url)) is None


def test_each_language_and_query_string_has_its_own_entry(product):
    Client().get("/fr/search/?q=tapis")
    other_query = Client().get("/fr/search/?q=poterie")
    english = Client().get("/en/search/?q=tapis")
    again = Client().get("/fr/search/?q=tapis")

    assert (state(other_query), state(english), state(again)) == ("miss", "miss", "hit")
    assert 'lang="en"' in english.content.decode()
    assert 'value="tapis"' in again.content.decode()


def test_a_head_request_is_answered_from_the_cache_without_a_body(story):
    Client().get(story.url)
    response = Client().head(story.url)

    assert state(response) == "hit"
    assert response.content == b""


def test_a_cached_page_is_sent_compressed_to_a_browser_that_accepts_it_with_the_visitors_own_parts(story, product):
    shopper = Client()
    shopper.post(f"/fr/shop/basket/add/{product.pk}/", {"quantity": 3})
    shopper.get("/fr/shop/basket/")
    plain = Client().get(story.url)

    compressed = shopper.get(story.url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    html = gzip.decompress(compressed.content).decode()

    assert (state(compressed), compressed.headers["Content-Encoding"]) == ("hit", "gzip")
    assert "Accept-Encoding" in compressed.headers["Vary"]
    assert 'data-basket-count="3"' in html and "Le tapis hanbel" in html
    assert page_cache.CSRF_SENTINEL not in html and len(set(TOKEN.findall(html))) == 1
    assert len(compressed.content) < len(plain.content) / 2


def test_a_change_made_while_a_page_renders_is_not_hidden_by_the_page_stored_afterwards(product):
    from django.test.signals import template_rendered

    url = product.get_absolute_url()
    record = product.stockrecords.get()

    def change_the_price_once(**kwargs):
        template_rendered.disconnect(change_the_price_once)
        record.price = "999.00"
        record.save()

    template_rendered.connect(change_the_price_once)
    try:
        during = Client().get(url)  # rendered partly before the change
    finally:
        template_rendered.disconnect(change_the_price_once)
    after = Client().get(url)

    assert state(during) == "miss"
    assert state(after) == "miss"  # the entry stored by the first request was stale at once
    assert "999,00" in after.content.decode()


def test_new_exchange_rates_and_a_new_arabic_title_show_at_once(product):
    import datetime
    from decimal import Decimal

    from django.utils import timezone

    from shop.models import ExchangeRate

    url = product.get_absolute_url().replace("/fr/", "/ar/", 1)
    Client().get(url)
    assert state(Client().get(url)) == "hit"

    ExchangeRate.objects.create(currency="EUR", mad_per_unit=Decimal("10.00"), set_on=timezone.localdate())
    ExchangeRate.objects.create(currency="USD", mad_per_unit=Decimal("9.00"),
                                set_on=timezone.localdate() - datetime.timedelta(days=1))
    with_rates = Client().get(url)
    assert state(with_rates) == "miss"
    assert "≈" in with_rates.content.decode()

    product.title_ar = "زربية الحنبل الزرقاء"
    product.save()
    renamed = Client().get(url)
    assert state(renamed) == "miss"
    assert "زربية الحنبل الزرقاء" in renamed.content.decode()
