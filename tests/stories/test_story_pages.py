"""Heritage stories and the home page as a visitor sees them: every block, live product and artisan cards, tags,
related stories, the filtered and paginated story index, and what editors feature on the home page."""

import datetime
import re

import pytest
from django.test import override_settings
from django.utils import translation
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders.base import EmbedFinder

from cooperatives.models import ArtisanPage, RegionPage
from stories.models import HomePage, StoryIndexPage, StoryPage
from tests import page_factories as pf

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def french():
    with translation.override("fr"):
        yield


@pytest.fixture(autouse=True)
def fresh_cache():
    """Embeds and renditions are cached between requests: each test starts without them."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


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


# -- The story index ---------------------------------------------------------------------------------------------


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


# -- The home page -----------------------------------------------------------------------------------------------


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


# -- Page tree rules ---------------------------------------------------------------------------------------------


def test_stories_live_under_the_story_index_which_lives_under_the_home_page(dakhla):
    home = pf.home()
    assert StoryIndexPage.can_create_at(home)
    index = pf.story_index()

    assert not StoryIndexPage.can_create_at(home)  # at most one per home page
    assert StoryPage.can_create_at(index)
    assert not StoryPage.can_create_at(home)
    assert not StoryPage.can_create_at(dakhla)
    assert StoryIndexPage.allowed_subpage_models() == [StoryPage]
    assert StoryPage.allowed_subpage_models() == []
    assert set(HomePage.allowed_subpage_models()) == {StoryIndexPage, RegionPage}
    assert not ArtisanPage.can_create_at(home)


def test_editors_manage_crafts_as_snippets_in_the_cms(client, administrator, weaving, pottery):
    client.force_login(administrator)

    response = client.get("/cms/snippets/core/craft/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Tissage de tapis" in html and "Poterie" in html


def body_form_data(photo, dyes, product, artisan):
    """The story body with every block type, as the page editor posts it."""
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    def gallery_item(index, image, caption):
        return {"value": {"image": image.pk, "caption": caption, "credit": ""}, "deleted": "", "order": str(index),
                "id": ""}

    return nested_form_data({"body": streamfield([
        ("heading", {"heading_text": "Le métier à tisser", "size": "h2"}),
        ("paragraph", rich_text("<p>La laine est cardée à la main.</p>")),
        ("image", {"image": photo.pk, "caption": "Le métier vertical", "credit": "Y. Alaoui"}),
        ("gallery", {"title": "Dans l'atelier", "images": {
            "count": "2", "0": gallery_item(0, photo, "La laine"), "1": gallery_item(1, dyes, "Les teintures")}}),
        ("quote", {"quote": "Chaque tapis raconte une famille.", "attribution": "Fatimetou"}),
        ("video", {"video": "https://www.youtube.com/watch?v=abcdefghijk", "caption": "Le tissage en images"}),
        ("product", {"product": product.pk}),
        ("artisan", {"artisan": artisan.pk}),
    ])})


@ONLINE  # the editor checks a video's address with its provider when the form is validated
def test_editors_can_preview_a_story_with_every_block(client, administrator, rich_story, fatimetou):
    from wagtail.test.utils.form_data import querydict_from_html

    story, carpet = rich_story
    client.force_login(administrator)
    edit_url = f"/cms/pages/{story.pk}/edit/"
    data = querydict_from_html(client.get(edit_url).content.decode(), form_id="page-edit-form")
    data["title"] = "Le hanbel (aperçu)"
    dyes = pf.image(title="Teintures", description="Des écheveaux teints au henné")
    data.update(body_form_data(story.hero_image, dyes, carpet, fatimetou))

    posted = client.post(edit_url + "preview/", data)
    preview = client.get(edit_url + "preview/")

    assert posted.json()["is_valid"], posted.json()
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "Le hanbel (aperçu)" in html
    assert "Le métier vertical" in html and "Dans l&#x27;atelier" in html and "Les teintures" in html
    assert carpet.title in html and f'href="{fatimetou.url}"' in html
    assert '<iframe title="Le tissage" src="/media/fake-player.html"></iframe>' in html
