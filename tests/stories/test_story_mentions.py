"""A product's page lists the live stories that mention it, kept current as stories are published, changed,
unpublished or deleted (read from Wagtail's reference index: stories.queries.stories_mentioning)."""

import re

import pytest
from django.core.management import call_command
from django.utils import translation
from wagtail.models import ReferenceIndex

from tests import shop_factories

pytestmark = pytest.mark.django_db


def stories_on_product_page(client, product):
    with translation.override("fr"):
        response = client.get(product.get_absolute_url())
    assert response.status_code == 200
    found = re.search(r'<section class="product-stories".*?</section>', response.content.decode(), re.S)
    if not found:
        return []
    return re.findall(r'<a href="([^"]+)">([^<]+)</a>', found.group(0))


@pytest.fixture
def carpet():
    return shop_factories.product(title="Tapis hanbel en laine", upc="DM-TAP-001")


@pytest.fixture
def cushion():
    return shop_factories.product(title="Coussin brodé", price="320.00", upc="DM-TAP-002")


def test_publishing_a_story_with_a_product_block_lists_it_on_the_product_page(client, carpet):
    story = shop_factories.published_story(products=[carpet])

    assert stories_on_product_page(client, carpet) == [(story.url, "Le hanbel de Dakhla")]


def test_every_product_of_a_story_links_back_to_it_and_stories_come_newest_first(client, carpet, cushion):
    older = shop_factories.published_story(products=[carpet, cushion, carpet])
    newer = shop_factories.draft_story(title="Les couleurs du désert", slug="les-couleurs", products=[carpet])
    newer.date_published = older.date_published.replace(year=older.date_published.year + 1)
    newer.save_revision().publish()

    assert [title for __, title in stories_on_product_page(client, carpet)] == [
        "Les couleurs du désert", "Le hanbel de Dakhla",
    ]
    assert stories_on_product_page(client, cushion) == [(older.url, "Le hanbel de Dakhla")]


def test_unpublishing_a_story_in_the_cms_removes_it_from_the_product_page(client, administrator, carpet):
    story = shop_factories.published_story(products=[carpet])
    assert stories_on_product_page(client, carpet) == [(story.url, "Le hanbel de Dakhla")]
    client.force_login(administrator)

    response = client.post(f"/cms/pages/{story.pk}/unpublish/")

    assert response.status_code == 302
    assert stories_on_product_page(client, carpet) == []


def test_removing_the_product_block_and_republishing_removes_the_stale_mention(client, carpet, cushion):
    story = shop_factories.published_story(products=[carpet, cushion])

    shop_factories.revise(story, products=[cushion], publish=True)

    assert stories_on_product_page(client, carpet) == []
    assert [title for __, title in stories_on_product_page(client, cushion)] == ["Le hanbel de Dakhla"]


def test_a_draft_that_adds_a_product_shows_nothing_until_it_is_published(client, carpet, cushion):
    story = shop_factories.published_story(products=[cushion])

    shop_factories.revise(story, products=[cushion, carpet], publish=False)

    assert stories_on_product_page(client, carpet) == []

    shop_factories.revise(story, products=[cushion, carpet], publish=True)

    assert [title for __, title in stories_on_product_page(client, carpet)] == ["Le hanbel de Dakhla"]


def test_a_draft_that_removes_a_product_keeps_the_live_mention_until_it_is_published(client, carpet):
    story = shop_factories.published_story(products=[carpet])

    shop_factories.revise(story, products=[], publish=False)

    assert [title for __, title in stories_on_product_page(client, carpet)] == ["Le hanbel de Dakhla"]


def test_a_story_that_was_never_published_is_not_listed(client, carpet):
    shop_factories.draft_story(products=[carpet])

    assert stories_on_product_page(client, carpet) == []


def test_deleting_a_story_in_the_cms_removes_it_from_the_product_page(client, administrator, carpet):
    story = shop_factories.published_story(products=[carpet])
    assert stories_on_product_page(client, carpet) == [(story.url, "Le hanbel de Dakhla")]
    client.force_login(administrator)

    response = client.post(f"/cms/pages/{story.pk}/delete/")

    assert response.status_code == 302
    assert stories_on_product_page(client, carpet) == []


def test_a_story_whose_product_was_deleted_still_publishes(client, carpet, cushion):
    story = shop_factories.draft_story(products=[carpet, cushion])
    carpet.delete()

    story.get_latest_revision().publish()

    assert stories_on_product_page(client, cushion) == [(story.url, "Le hanbel de Dakhla")]


def test_rebuilding_wagtails_reference_index_keeps_the_stories_of_a_product(client, carpet, cushion):
    live = shop_factories.published_story(products=[carpet])
    shop_factories.draft_story(title="Brouillon", slug="brouillon", products=[cushion])
    ReferenceIndex.objects.all().delete()
    assert stories_on_product_page(client, carpet) == []

    call_command("rebuild_references_index", stdout=open("/dev/null", "w"))

    assert stories_on_product_page(client, carpet) == [(live.url, "Le hanbel de Dakhla")]
    assert stories_on_product_page(client, cushion) == []
