"""Shared by test_page_cache.py and test_page_cache_invalidation.py: the page cache switched on around each test
(their `pytestmark` uses it), a story and a product with a picture."""

import pytest
from django.core.cache import cache
from django.test import Client, override_settings

from tests import page_factories as pf


@pytest.fixture
def page_cache_on(db):
    # Site settings rows are created by the first request that reads them (a one-time write, which makes every
    # cached page stale like any settings change): made here, before the pages under test are cached.
    cache.clear()  # what earlier tests cached (the footer's settings) would spare that first request its write
    Client().get("/fr/shop/basket/")
    with override_settings(PAGE_CACHE_ENABLED=True):
        cache.clear()
        yield
        cache.clear()


@pytest.fixture
def story():
    return pf.story(title="Le tapis hanbel", introduction="Une histoire de laine.")


@pytest.fixture
def product():
    return pf.with_image(pf.product(title="Tapis hanbel bleu", price="450.00", stock=5))
