"""The full-page cache for anonymous visitors (core/page_cache.py, PAGE_CACHE_ENABLED).

A visitor served from the cache gets the same page as everybody, with their own CSRF token (their forms post) and
their own basket in the header; a logged-in visitor, a flash message, the basket and the checkout are never served
from it or stored in it. That a publish, a price change and a stock change show on the very next request is tested
in test_page_cache_invalidation.py.
"""

import gzip
import re

import pytest
from django.core.cache import cache
from django.test import Client, override_settings

from core import page_cache

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def state(response):
    return response.headers.get(page_cache.HEADER)


def tokens(response):
    return set(TOKEN.findall(response.content.decode()))


def basket_count(response):
    return re.search(r'data-basket-count="(\d+)"', response.content.decode()).group(1)


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
