"""The home page as a visitor sees it: the newest stories, regions and products, or what editors featured, in their
order."""

import datetime

import pytest

from tests import page_factories as pf
from tests.stories.test_story_pages import html_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("french", "fresh_cache")]


def test_the_home_page_shows_the_newest_stories_regions_and_products_when_editors_choose_none(client, weaving):
    older = pf.story("Une histoire ancienne", date=datetime.date(2020, 1, 1))
    newer = pf.story("Une histoire récente")
    hidden = pf.story("Un brouillon", live=False)
    region = pf.region("Marrakech-Safi")
    product = pf.product("Coussin en cuir")

    html = html_of(client, pf.home())

    stories = html.split('id="home-stories"', 1)[1]
    assert stories.index(newer.title) < stories.index(older.title)
    assert hidden.title not in html
    assert region.title in html.split('id="home-regions"', 1)[1]
    assert product.title in html.split('id="home-products"', 1)[1]


def test_the_home_page_shows_what_editors_featured_in_their_order(client):
    first, second, left_out = pf.story("Première"), pf.story("Deuxième"), pf.story("Laissée de côté")
    region = pf.region("Dakhla-Oued Eddahab")
    other_region = pf.region("Marrakech-Safi")
    bag, belt = pf.product("Sac en cuir"), pf.product("Ceinture brodée")
    home = pf.home()
    home.featured = [
        {"type": "story", "value": second.pk}, {"type": "story", "value": first.pk},
        {"type": "region", "value": region.pk}, {"type": "product", "value": belt.pk},
    ]
    home.save_revision().publish()

    html = html_of(client, pf.home())

    stories = html.split('id="home-stories"', 1)[1].split("</section>", 1)[0]
    assert stories.index("Deuxième") < stories.index("Première")
    assert left_out.title not in stories
    regions = html.split('id="home-regions"', 1)[1].split("</section>", 1)[0]
    assert region.title in regions and other_region.title not in regions
    products = html.split('id="home-products"', 1)[1].split("</section>", 1)[0]
    assert belt.title in products and bag.title not in products


def test_a_featured_story_that_was_unpublished_is_not_shown(client):
    featured = pf.story("À la une")
    home = pf.home()
    home.featured = [{"type": "story", "value": featured.pk}]
    home.save_revision().publish()
    featured.unpublish()
    newest = pf.story("La plus récente")

    html = html_of(client, pf.home())

    assert "À la une" not in html
    assert newest.title in html  # nothing chosen is left: the newest are shown
