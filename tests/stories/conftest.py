"""Fixtures shared by the story modules (test_story_pages.py, test_story_index.py, test_home_page.py,
test_story_editing.py): French and an empty cache around each test (their `pytestmark` uses both), two crafts, a
region, an artisan in a cooperative, and a story with every block."""

import pytest
from django.utils import translation

from tests import page_factories as pf


@pytest.fixture
def french():
    with translation.override("fr"):
        yield


@pytest.fixture
def fresh_cache():
    """Embeds and renditions are cached between requests: each test starts without them."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def weaving():
    return pf.craft("Tissage de tapis", "tissage")


@pytest.fixture
def pottery():
    return pf.craft("Poterie", "poterie")


@pytest.fixture
def dakhla(weaving):
    return pf.region("Dakhla-Oued Eddahab", slug="dakhla", crafts=[weaving])


@pytest.fixture
def fatimetou(dakhla, weaving):
    cooperative = pf.cooperative(dakhla, partner=pf.partner("Coopérative Nour"))
    return pf.artisan(cooperative, "Fatimetou Mint Ahmed", crafts=[weaving], years_of_practice=25,
                      quote="La laine garde la mémoire des familles.")


@pytest.fixture
def rich_story(dakhla, weaving, fatimetou):
    photo = pf.image(credit="Archives de la coopérative")
    dyes = pf.image(title="Teintures", description="Des écheveaux teints au henné", color=(160, 40, 30))
    carpet = pf.product("Tapis hanbel en laine", partner_obj=pf.partner("Coopérative Nour"), artisan_page=fatimetou,
                        price="1850.00")
    story = pf.story(
        "Le hanbel, tapis des nomades", body=pf.every_block_body(photo, dyes, carpet, fatimetou),
        crafts=[weaving], region_page=dakhla, hero_image=photo, author="Khadija Benali",
    )
    return story, carpet
