"""Shared by test_shipping.py and test_delivery_refusals.py: French unless the URL says otherwise (their `pytestmark`
uses it) and the delivery zones with their countries."""

import pytest
from django.utils import translation

from tests.pricing_factories import country, zones


@pytest.fixture
def french_unless_the_url_says_otherwise():
    """Each request activates its URL's language and leaves it active: start every test from the default, French."""
    with translation.override("fr"):
        yield


@pytest.fixture
def configured(db):
    for code in ("MA", "FR", "ES", "SN", "AE", "US", "CA"):
        country(code)
    return zones()
