"""A visitor from abroad sees about how much a MAD price is in euros and dollars, from the rates editors keep in
Wagtail's admin; checkout and the order email state the amount charged, in MAD, and nothing approximate."""

import datetime
import re
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache
from django.template import engines
from django.urls import reverse
from django.utils import dateformat, formats, timezone, translation

from shop.models import ExchangeRate, current_rates
from tests.journeys import GUEST_ADDRESS, add_to_basket
from tests.pricing_factories import craft_product

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_rate_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def rates():
    today = timezone.localdate()
    return (
        ExchangeRate.objects.create(currency="EUR", mad_per_unit=Decimal("10.78"), set_on=today),
        ExchangeRate.objects.create(currency="USD", mad_per_unit=Decimal("9.85"), set_on=today),
    )


def approx_block(html):
    match = re.search(r'<small class="approx-prices"[^>]*>.*?</small>', html, re.S)
    return match.group(0) if match else None


def date_in(language, day):
    with translation.override(language):
        return dateformat.format(day, formats.get_format("DATE_FORMAT"))


def test_with_rates_the_product_page_shows_approximate_euros_and_dollars_and_the_rates_date(client, rates):
    product = craft_product(title="Tapis de prière", price="1250.00")

    html = client.get(f"/en{product.get_absolute_url()[3:]}").content.decode()

    block = approx_block(html)
    assert block, "no approximate amount beside the price"
    # 1250 / 10.78 = 115.955… ; 1250 / 9.85 = 126.903…
    assert "≈&nbsp;<bdi>115.96\xa0€</bdi>" in block
    assert "126.90\xa0$" in block
    assert date_in("en", timezone.localdate()) in block
    assert "You are charged in Moroccan dirhams (MAD)" in block
    assert "1,250.00\xa0MAD" in html


def test_amounts_follow_the_visitors_language(client, rates):
    product = craft_product(title="Tapis de prière", price="1250.00")

    block = approx_block(client.get(product.get_absolute_url()).content.decode())

    assert "115,96\xa0€" in block
    assert date_in("fr", timezone.localdate()) in block


def test_without_any_rate_nothing_approximate_is_shown(client):
    product = craft_product(title="Tapis de prière", price="1250.00")

    html = client.get(product.get_absolute_url()).content.decode()

    assert approx_block(html) is None
    assert "≈" not in html


def test_a_rate_older_than_the_limit_is_not_shown_but_a_fresh_one_is(client, settings):
    settings.SHOP_EXCHANGE_RATE_MAX_AGE_DAYS = 14
    today = timezone.localdate()
    ExchangeRate.objects.create(currency="EUR", mad_per_unit=Decimal("10.78"), set_on=today - datetime.timedelta(days=15))
    ExchangeRate.objects.create(currency="USD", mad_per_unit=Decimal("9.85"), set_on=today - datetime.timedelta(days=3))
    product = craft_product(title="Tapis de prière", price="1250.00")

    block = approx_block(client.get(product.get_absolute_url()).content.decode())

    assert "€" not in block
    assert "126,90" in block


def test_a_rate_dated_in_the_future_is_not_trusted():
    ExchangeRate.objects.create(currency="EUR", mad_per_unit=Decimal("10.78"),
                                set_on=timezone.localdate() + datetime.timedelta(days=2))

    assert current_rates() == []


def test_saving_a_rate_shows_it_at_once_and_reading_rates_is_cached(django_assert_num_queries):
    assert current_rates() == []
    ExchangeRate.objects.create(currency="EUR", mad_per_unit=Decimal("10.78"), set_on=timezone.localdate())

    assert [rate.currency for rate in current_rates()] == ["EUR"]
    with django_assert_num_queries(0):
        current_rates()


@pytest.mark.parametrize("amount", ["", "abc", None, "-5", "NaN", "Infinity"])
def test_a_bad_amount_shows_nothing(rates, amount):
    template = engines["django"].from_string("{% load shop_i18n %}[{% approx_prices amount 'MAD' %}]")

    assert template.render({"amount": amount}) == "[]"


def test_an_amount_in_another_currency_is_not_converted(rates):
    template = engines["django"].from_string("{% load shop_i18n %}[{% approx_prices amount 'EUR' %}]")

    assert template.render({"amount": Decimal("100")}) == "[]"


def test_the_basket_total_has_an_approximate_amount_and_checkout_states_the_mad_amount_charged(
    client, rates, morocco, django_capture_on_commit_callbacks
):
    product = craft_product(title="Tapis de prière", price="1250.00")
    with translation.override("en"):
        add_to_basket(client, product)
        basket = client.get(reverse("basket:summary")).content.decode()
        assert re.search(r'<tr class="basket-approx">.*?≈', basket, re.S)

        client.post(reverse("checkout:index"), {"username": "amina@example.com", "options": "anonymous"})
        client.post(reverse("checkout:shipping-address"), GUEST_ADDRESS, follow=True)
        preview = client.get(reverse("checkout:preview")).content.decode()
        with django_capture_on_commit_callbacks(execute=True):
            thank_you = client.post(reverse("checkout:preview"), {"action": "place_order"}, follow=True)
        thank_you = thank_you.content.decode()

    assert "≈" not in preview
    assert re.search(r"You will be charged <bdi>[\d,.]+\xa0MAD</bdi>, in Moroccan dirhams \(MAD\)\.", preview)
    assert "≈" not in thank_you
    assert re.search(r"Your order is charged in Moroccan dirhams \(MAD\): <bdi>[\d,.]+\xa0MAD</bdi>\.", thank_you)
    email = mail.outbox[-1]
    assert re.search(r"Your order is charged in Moroccan dirhams \(MAD\): [\d,.]+\xa0MAD\.", email.body)
    assert "≈" not in email.body and "€" not in email.body


def test_a_product_card_shows_the_approximate_amount(client, rates):
    from django.contrib.auth.models import AnonymousUser
    from django.contrib.sessions.middleware import SessionMiddleware
    from django.test import RequestFactory
    from oscar.apps.basket.middleware import BasketMiddleware

    from shop import products
    from tests.shop.test_product_card import render_card

    request = RequestFactory().get("/fr/")
    request.user = AnonymousUser()
    SessionMiddleware(lambda r: None).process_request(request)
    BasketMiddleware(lambda r: None)(request)
    product = craft_product(title="Tapis de prière", price="1250.00")

    html = render_card(request, products.for_cards().get(pk=product.pk))

    assert "115,96\xa0€" in approx_block(html)


def test_editors_keep_the_rates_in_wagtails_admin_and_artisans_cannot(client, django_user_model):
    from tests.artisan_factories import artisan_with_login

    editor = django_user_model.objects.create_user("redactrice", "redac@example.ma", "motdepasse-redac")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    add_url = "/cms/snippets/shop/exchangerate/add/"

    assert client.get(add_url).status_code == 200
    response = client.post(add_url, {"currency": "EUR", "mad_per_unit": "10.7800", "set_on": "2026-11-20"})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert ExchangeRate.objects.get().mad_per_unit == Decimal("10.78")

    artisan, __, __ = artisan_with_login()
    client.force_login(artisan)
    assert client.get(add_url).status_code in (302, 403)
    assert client.post(add_url, {"currency": "USD", "mad_per_unit": "1", "set_on": "2026-11-20"}).status_code in (302, 403)
    assert not ExchangeRate.objects.filter(currency="USD").exists()
