"""Fixtures shared by test_region_cooperative_artisan_pages.py and test_page_tree_rules.py: French around each test
(their `pytestmark` uses it), two crafts, the Dakhla region, the Nour cooperative with its shop partner, and
Fatimetou, one of its artisans."""

import pytest
from django.utils import translation

from cooperatives.models import CooperativePage
from tests import page_factories as pf


@pytest.fixture
def french():
    with translation.override("fr"):
        yield


@pytest.fixture
def weaving():
    return pf.craft("Tissage de tapis", "tissage")


@pytest.fixture
def leather():
    return pf.craft("Maroquinerie", "maroquinerie")


@pytest.fixture
def dakhla(weaving, leather):
    return pf.region("Dakhla-Oued Eddahab", slug="dakhla", crafts=[weaving, leather], hero_image=pf.image(),
                     introduction="Entre l'Atlantique et le Sahara.", body="<p>La lagune et ses ateliers.</p>")


@pytest.fixture
def nour_partner():
    return pf.partner("Coopérative Nour")


@pytest.fixture
def nour(dakhla, weaving, nour_partner):
    return pf.cooperative(
        dakhla, "Coopérative Nour", slug="nour", partner=nour_partner, crafts=[weaving],
        legal_form=CooperativePage.LegalForm.COOPERATIVE, founding_year=2004, members_count=38,
        story="<p>Tout a commencé sous une tente.</p>", address="Quartier Al Wahda, Dakhla",
        opening_hours="Lundi à samedi, 9:00–17:00", phone="+212 5 28 89 12 34", email="nour@example.ma",
        latitude="23.684774", longitude="-15.957976", logo=pf.image(title="Logo", description="Le logo de Nour"),
        gallery=[{"type": "image", "value": {"image": pf.image(title="Atelier", description="L'atelier de Nour").pk,
                                             "caption": "L'atelier", "credit": "Nour"}}],
    )


@pytest.fixture
def fatimetou(nour, weaving):
    return pf.artisan(
        nour, "Fatimetou Mint Ahmed", slug="fatimetou", crafts=[weaving], years_of_practice=25,
        technique="Nœud berbère sur métier vertical.", materials="laine de chameau, henné",
        quote="La laine garde la mémoire des familles.", biography="<p>Née à Bir Gandouz.</p>",
        portrait=pf.image(title="Portrait", description="Fatimetou devant son métier"),
        gallery=[{"type": "image", "value": {"image": pf.image(title="Tapis", description="Un tapis achevé").pk,
                                             "caption": "Un tapis achevé", "credit": ""}}],
    )
