"""The story index as a visitor sees it: live stories only, filtered by craft and by region, paginated, and
unknown filter values ignored."""

import re

import pytest

from stories.models import StoryIndexPage
from tests import page_factories as pf
from tests.stories.test_story_pages import html_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("french", "fresh_cache")]


@pytest.fixture
def catalogue_of_stories(weaving, pottery, dakhla):
    marrakech = pf.region("Marrakech-Safi", slug="marrakech")
    return {
        "weaving_dakhla": pf.story("Tisser à Dakhla", crafts=[weaving], region_page=dakhla),
        "weaving_marrakech": pf.story("Tisser à Marrakech", crafts=[weaving], region_page=marrakech),
        "pottery_marrakech": pf.story("Tourner l'argile à Safi", crafts=[pottery], region_page=marrakech),
        "draft": pf.story("Un brouillon de tissage", crafts=[weaving], region_page=dakhla, live=False),
    }


def titles_listed(html):
    listing = html.split('id="story-list-title"', 1)[1]
    return set(re.findall(r'class="card__link" href="[^"]+">([^<]+)</a>', listing))


def test_the_story_index_lists_live_stories_only(client, catalogue_of_stories):
    index = StoryIndexPage.objects.get()
    html = html_of(client, index)

    assert titles_listed(html) == {"Tisser à Dakhla", "Tisser à Marrakech", "Tourner l&#x27;argile à Safi"}


def test_the_story_index_filters_by_craft_and_by_region(client, catalogue_of_stories):
    index = StoryIndexPage.objects.get()

    assert titles_listed(html_of(client, index, "?craft=tissage")) == {"Tisser à Dakhla", "Tisser à Marrakech"}
    assert titles_listed(html_of(client, index, "?region=marrakech")) == {
        "Tisser à Marrakech", "Tourner l&#x27;argile à Safi"}
    assert titles_listed(html_of(client, index, "?craft=tissage&region=dakhla")) == {"Tisser à Dakhla"}
    assert 'value="tissage" selected' in html_of(client, index, "?craft=tissage")


@pytest.mark.parametrize("query", ["?craft=inconnu", "?region=atlantide", "?craft=&region=", "?craft=%00%27%22",
                                   "?region=1+OR+1%3D1", "?craft=tissage&craft=poterie&region="])
def test_unknown_filter_values_are_ignored_without_error(client, catalogue_of_stories, query):
    index = StoryIndexPage.objects.get()
    html = html_of(client, index, query)

    if "craft=tissage&craft=poterie" in query:  # the last value wins, like any form
        assert titles_listed(html) == {"Tourner l&#x27;argile à Safi"}
    else:
        assert titles_listed(html) == {"Tisser à Dakhla", "Tisser à Marrakech", "Tourner l&#x27;argile à Safi"}


def test_the_story_index_paginates_and_a_page_past_the_end_shows_the_last_page(client, weaving):
    for number in range(14):
        pf.story(f"Histoire numéro {number:02d}", crafts=[weaving])
    index = StoryIndexPage.objects.get()

    first = html_of(client, index)
    second = html_of(client, index, "?page=2")
    past_the_end = html_of(client, index, "?page=99")
    not_a_number = html_of(client, index, "?page=deux")

    assert len(titles_listed(first)) == 12
    assert len(titles_listed(second)) == 2
    assert titles_listed(past_the_end) == titles_listed(second)
    assert titles_listed(not_a_number) == titles_listed(first)
    assert 'href="?page=2"' in first and 'aria-current="page">1<' in first
    assert 'aria-current="page">2<' in past_the_end


def test_pagination_links_keep_the_filters(client, weaving):
    for number in range(13):
        pf.story(f"Histoire {number}", crafts=[weaving])
    index = StoryIndexPage.objects.get()

    html = html_of(client, index, "?craft=tissage")

    assert 'href="?craft=tissage&amp;page=2"' in html
