"""Stories in the CMS: where story pages may be created in the page tree, crafts managed as snippets, and a story
with every block previewed from the page editor."""

import pytest

from cooperatives.models import ArtisanPage, RegionPage
from stories.models import HomePage, StoryIndexPage, StoryPage
from tests import page_factories as pf
from tests.stories.test_story_pages import ONLINE

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("french", "fresh_cache")]


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
