"""Heritage stories as a visitor sees them: every block, live product and artisan cards, videos, tags, related
stories and responsive pictures. The story index is in test_story_index.py, the home page in test_home_page.py, the
page tree and the editor in test_story_editing.py; their shared fixtures in conftest.py."""

import re

import pytest
from django.test import override_settings
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders.base import EmbedFinder

from stories.models import StoryIndexPage
from tests import page_factories as pf

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("french", "fresh_cache")]


class UnreachableProvider(EmbedFinder):
    """A video provider that cannot be reached (as on a machine without network)."""

    def accept(self, url):
        return True

    def find_embed(self, url, max_width=None, max_height=None):
        raise EmbedNotFoundException("no network")


class FriendlyProvider(EmbedFinder):
    def accept(self, url):
        return True

    def find_embed(self, url, max_width=None, max_height=None):
        return {"title": "Le tissage", "author_name": "", "provider_name": "Vidéos", "type": "video",
                "thumbnail_url": "", "width": 640, "height": 360,
                "html": '<iframe title="Le tissage" src="/media/fake-player.html"></iframe>'}


OFFLINE = override_settings(WAGTAILEMBEDS_FINDERS=[{"class": "tests.stories.test_story_pages.UnreachableProvider"}])
ONLINE = override_settings(WAGTAILEMBEDS_FINDERS=[{"class": "tests.stories.test_story_pages.FriendlyProvider"}])


def html_of(client, page, query=""):
    response = client.get(page.url + query)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


# -- A story and its blocks -------------------------------------------------------------------------------------


@OFFLINE
def test_a_story_renders_every_block_with_its_author_date_and_reading_time(client, rich_story, fatimetou):
    story, carpet = rich_story
    html = html_of(client, story)

    assert '<h1 class="story__title" dir="auto">Le hanbel, tapis des nomades</h1>' in html
    assert "par <bdi>Khadija Benali</bdi>" in html  # isolated: a Latin name inside an Arabic sentence stays whole
    assert '<time datetime="2026-03-08">' in html
    assert re.search(r"1 min", html)  # reading time, at least a minute
    # heading, paragraph, captioned image with caption and credit, gallery, pull quote
    assert '<h2 class="story-heading" dir="auto">Le métier à tisser</h2>' in html
    assert "La laine est <b>cardée</b> à la main." in html
    assert "Le métier vertical" in html and "Y. Alaoui" in html
    assert '<figcaption class="gallery__title">Dans l&#x27;atelier</figcaption>' in html
    assert "Les teintures" in html
    assert "Chaque tapis raconte une famille." in html and "Fatimetou" in html
    # the live product card: title, price, stock, add-to-basket
    assert "Tapis hanbel en laine" in html
    assert "1\u202f850,00\xa0MAD" in html
    assert f'action="/fr/shop/basket/add/{carpet.pk}/"' in html
    # the artisan card links to the profile
    assert f'href="{fatimetou.url}"' in html
    assert "25 ans de pratique" in html or "25 years of practice" in html


@OFFLINE
def test_a_video_that_cannot_be_embedded_becomes_a_plain_link(client, rich_story):
    story, __ = rich_story
    html = html_of(client, story)

    assert '<a href="https://www.youtube.com/watch?v=abcdefghijk"' in html
    assert "<iframe" not in html
    assert "Le tissage en images" in html  # the caption stays


@ONLINE
def test_a_video_is_embedded_when_its_provider_answers(client, rich_story):
    story, __ = rich_story
    html = html_of(client, story)

    assert '<iframe title="Le tissage" src="/media/fake-player.html"></iframe>' in html
    assert '<a href="https://www.youtube.com/watch?v=abcdefghijk"' not in html


@OFFLINE
def test_a_story_whose_product_was_deleted_still_renders_and_says_it_is_unavailable(client, rich_story):
    story, carpet = rich_story
    carpet.delete()

    html = html_of(client, story)

    assert "Le hanbel, tapis des nomades" in html
    assert "Tapis hanbel en laine" not in html
    assert "plus disponible" in html or "no longer available" in html
    assert "/shop/basket/add/" not in html


@OFFLINE
def test_a_story_whose_product_is_sold_out_says_so_and_offers_no_basket_button(client, rich_story):
    story, carpet = rich_story
    stockrecord = carpet.stockrecords.get()
    stockrecord.num_in_stock = 0
    stockrecord.save()

    html = html_of(client, story)

    assert "Tapis hanbel en laine" in html
    assert "product-card--unavailable" in html
    assert f"/shop/basket/add/{carpet.pk}/" not in html


@OFFLINE
def test_an_unpublished_artisan_is_left_out_of_a_story(client, rich_story, fatimetou):
    story, __ = rich_story
    fatimetou.unpublish()

    html = html_of(client, story)

    assert 'class="card artisan-card"' not in html
    assert "Le hanbel, tapis des nomades" in html


@OFFLINE
def test_story_tags_link_to_the_story_index_filtered_by_craft_and_region(client, rich_story, weaving, dakhla):
    story, __ = rich_story
    html = html_of(client, story)
    index = StoryIndexPage.objects.get()

    assert f'href="{index.url}?craft=tissage">Tissage de tapis</a>' in html
    assert f'href="{index.url}?region=dakhla">Dakhla-Oued Eddahab</a>' in html


def test_related_stories_share_a_craft_or_the_region_are_live_and_exclude_the_story_itself(
    client, weaving, pottery, dakhla
):
    marrakech = pf.region("Marrakech-Safi", slug="marrakech")
    story = pf.story("Le hanbel", crafts=[weaving])
    same_craft = pf.story("Les teintures végétales", crafts=[weaving], region_page=marrakech)
    same_region = pf.story("Les potières de Dakhla", crafts=[pottery], region_page=dakhla)
    story.region = dakhla
    story.save_revision().publish()
    unrelated = pf.story("Les poteries de Safi", crafts=[pottery], region_page=marrakech)
    unpublished = pf.story("Brouillon sur le tissage", crafts=[weaving], live=False)

    html = html_of(client, story)
    related = html.split('id="related-stories"', 1)[1]

    assert same_craft.title in related
    assert same_region.title in related
    assert unrelated.title not in related
    assert unpublished.title not in related
    assert ">Le hanbel<" not in related


# -- Images ------------------------------------------------------------------------------------------------------


@OFFLINE
def test_images_are_responsive_pictures_with_alt_text_size_and_lazy_loading_below_the_fold(client, rich_story):
    story, __ = rich_story
    html = html_of(client, story)
    pictures = re.findall(r"<picture>.*?</picture>", html, re.S)

    assert pictures
    for picture in pictures:
        assert 'type="image/avif"' in picture and 'type="image/webp"' in picture
        img = re.search(r"<img [^>]+>", picture).group(0)
        assert re.search(r'alt="[^"]+"', img)
        assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
        assert "srcset=" in img and "sizes=" in img
    hero = re.search(r'<img [^>]*picture--hero[^>]*>', html).group(0)
    assert 'loading="eager"' in hero
    assert 'alt="Des mains nouent la laine d&#x27;un tapis"' in hero
    others = [p for p in pictures if "picture--hero" not in p]
    assert others and all('loading="lazy"' in p for p in others)
