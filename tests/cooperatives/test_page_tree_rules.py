"""The page tree's rules for regions, cooperatives and artisans, and the slugs editors may not use at the top level
because they would shadow the shop, its dashboard or the CMS: refused in the editor, in code, on copy and on move."""

import pytest
from wagtail.test.utils.form_data import querydict_from_html

from cooperatives.models import ArtisanPage, CooperativePage, RegionPage
from stories.models import HomePage, StoryIndexPage, StoryPage
from tests import page_factories as pf

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("french")]


# -- The page tree -----------------------------------------------------------------------------------------------


def test_regions_cooperatives_and_artisans_follow_the_page_tree_rules(dakhla, nour, fatimetou):
    home = pf.home()

    assert RegionPage.can_create_at(home)
    assert CooperativePage.can_create_at(dakhla) and not CooperativePage.can_create_at(home)
    assert ArtisanPage.can_create_at(dakhla) and ArtisanPage.can_create_at(nour)
    assert not ArtisanPage.can_create_at(home) and not ArtisanPage.can_create_at(fatimetou)
    assert not RegionPage.can_create_at(dakhla)
    assert set(RegionPage.allowed_subpage_models()) == {CooperativePage, ArtisanPage}
    assert CooperativePage.allowed_subpage_models() == [ArtisanPage]
    assert ArtisanPage.allowed_subpage_models() == []
    assert not StoryPage.can_create_at(nour) and not StoryIndexPage.can_create_at(dakhla)
    assert HomePage.allowed_parent_page_models() != [RegionPage]


# -- Reserved slugs ----------------------------------------------------------------------------------------------


def editor_form(client, url):
    """The fields of a page editor form, as the browser would post them."""
    response = client.get(url)
    assert response.status_code == 200
    return querydict_from_html(response.content.decode(), form_id="page-edit-form")


def refused_as_reserved(response):
    html = response.content.decode()
    return response.status_code == 200 and ("est réservée" in html or "is reserved" in html)


@pytest.mark.parametrize("reserved", ["shop", "dashboard", "cms", "Shop"])
def test_a_top_level_page_may_not_take_a_reserved_slug_in_the_editor(client, administrator, dakhla, reserved):
    client.force_login(administrator)
    url = f"/cms/pages/{dakhla.pk}/edit/"
    data = editor_form(client, url)
    data["slug"] = reserved
    data["action-publish"] = "publish"

    response = client.post(url, data)

    assert refused_as_reserved(response)  # the form comes back with the message
    assert f'value="{reserved}"' in response.content.decode()  # what was typed is kept
    dakhla.refresh_from_db()
    assert dakhla.slug == "dakhla"
    assert dakhla.get_latest_revision().content["slug"] == "dakhla"


def test_saving_a_draft_with_a_reserved_slug_is_refused_as_well(client, administrator, dakhla):
    client.force_login(administrator)
    url = f"/cms/pages/{dakhla.pk}/edit/"
    data = editor_form(client, url)
    data["slug"] = "cms"
    revisions = dakhla.revisions.count()

    response = client.post(url, data)

    assert refused_as_reserved(response)
    assert dakhla.revisions.count() == revisions


def test_a_new_top_level_page_may_not_take_a_reserved_slug_either(client, administrator):
    client.force_login(administrator)
    url = f"/cms/pages/add/cooperatives/regionpage/{pf.home().pk}/"
    data = editor_form(client, url)
    data.update({"title": "Boutique", "slug": "shop", "introduction": "Une région.", "action-publish": "publish"})

    response = client.post(url, data)

    assert refused_as_reserved(response)
    assert not RegionPage.objects.filter(slug="shop").exists()

    data["slug"] = "boutique"  # the same form with another slug is accepted
    assert client.post(url, data).status_code == 302
    # wagtail-localize gives the new page its Arabic and English versions too.
    assert RegionPage.objects.get(slug="boutique", locale__language_code="fr").live
    assert RegionPage.objects.filter(slug="boutique").count() == 3


def test_a_reserved_slug_is_fine_deeper_in_the_tree(client, administrator, dakhla):
    cooperative = pf.cooperative(dakhla, "Coopérative Shop", slug="shop")

    assert cooperative.url == "/fr/dakhla/shop/"
    assert client.get(cooperative.url).status_code == 200


def test_a_reserved_slug_is_refused_in_code_too(dakhla):
    from django.core.exceptions import ValidationError

    dakhla.slug = "dashboard"
    with pytest.raises(ValidationError) as refused:
        dakhla.save_revision()
    assert "slug" in refused.value.message_dict


def test_copying_a_page_to_the_top_level_under_a_reserved_slug_is_refused(client, administrator, dakhla):
    client.force_login(administrator)
    url = f"/cms/pages/{dakhla.pk}/copy/"
    data = {"new_title": "Copie", "new_slug": "dashboard", "new_parent_page": str(pf.home().pk),
            "publish_copies": "on"}

    response = client.post(url, data)

    assert refused_as_reserved(response)
    assert not RegionPage.objects.filter(slug="dashboard").exists()
    data["new_slug"] = "dakhla-copie"
    assert client.post(url, data).status_code == 302
    assert RegionPage.objects.filter(slug="dakhla-copie").exists()


def test_moving_a_page_with_a_reserved_slug_to_the_top_level_is_refused(client, administrator):
    """A page whose slug was set before the rule existed (written directly to the database) cannot be moved under a
    home page either."""
    client.force_login(administrator)
    other_home = pf.home().get_parent().add_child(instance=HomePage(title="Autre site", slug="autre-site"))
    legacy = pf.story_index(parent=other_home, slug="ancien-index")
    StoryIndexPage.objects.filter(pk=legacy.pk).update(slug="shop")

    response = client.post(f"/cms/pages/{legacy.pk}/move/{pf.home().pk}/confirm/", follow=True)

    assert "est réservée" in response.content.decode() or "is reserved" in response.content.decode()
    legacy.refresh_from_db()
    assert legacy.get_parent().pk == other_home.pk


def test_a_draft_saved_in_code_with_a_reserved_slug_is_refused_too(dakhla):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        pf.region("Boutique", slug="shop", live=False)
