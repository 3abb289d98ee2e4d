"""A product with everything its story of origin shows: a region, a cooperative, an artisan member, a craft, a photo,
and a published story featuring it."""

import pytest

from tests import page_factories as pf
from tests import shop_factories


@pytest.fixture
def weaving(db):
    return pf.craft("Tissage de tapis", "tissage")


@pytest.fixture
def dakhla(weaving):
    return pf.region("Dakhla-Oued Eddahab", slug="dakhla", crafts=[weaving])


@pytest.fixture
def nour(dakhla):
    return pf.cooperative(dakhla, "Coopérative Nour", partner=pf.partner("Coopérative Nour"))


@pytest.fixture
def fatimetou(nour, weaving):
    return pf.artisan(nour, "Fatimetou Mint Ahmed", crafts=[weaving])


@pytest.fixture
def hanbel(nour, fatimetou, weaving):
    return shop_factories.product("Tapis hanbel en laine", partner=nour.partner, artisan=fatimetou, craft=weaving,
                                  upc="DM-PROV-001")


@pytest.fixture
def hanbel_story(hanbel):
    return shop_factories.published_story("Le hanbel de Dakhla", products=[hanbel])
