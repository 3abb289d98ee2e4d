"""The search page offers only what a visitor may see: the one visibility rule (core.queries.visible) holds for its
region filter as for its results."""

import pytest
from wagtail.models import PageViewRestriction

from tests import page_factories as pages
from tests.search_factories import search_url

pytestmark = pytest.mark.django_db


def test_a_region_in_a_private_section_is_not_offered_as_a_filter(client):
    pages.region(title="Région ouverte")
    hidden = pages.region(title="Région réservée")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="secret")

    html = client.get(search_url(q="tapis")).content.decode()

    assert "Région ouverte" in html
    assert "Région réservée" not in html
