"""The full-page cache (core/page_cache.py) forgets a page as soon as what it shows changes: a publish, a price, the
stock (also when an order allocates it), exchange rates and a translated title show on the very next request, even
when the change lands while the page is being rendered."""

import pytest
from django.test import Client

from tests.core.test_page_cache import state

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


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
