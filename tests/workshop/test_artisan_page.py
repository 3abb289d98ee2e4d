"""An artisan changes their own page from the workshop: the change is a new revision submitted to Wagtail's
moderation workflow; nothing is live until a moderator approves it in /cms/. Another artisan's page is out of reach."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import WorkflowState

from cooperatives.models import ArtisanPage
from tests.artisan_factories import artisan_with_login, photo_upload

pytestmark = pytest.mark.django_db

NEW_PAGE = {"quote": "Chaque tapis raconte une famille.", "biography": "J'ai appris avec ma mère.\n\nJe tisse à Dakhla.",
            "technique": "Métier vertical, nœud berbère.", "materials": "laine de chameau", "years_of_practice": "22",
            "portrait_alt": ""}


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("moderatrice", "moderation@example.ma", "motdepasse-moderation",
                                                 is_staff=False)
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def in_progress(page):
    return WorkflowState.objects.filter(base_content_type=page.get_base_content_type(), object_id=str(page.pk),
                                        status=WorkflowState.STATUS_IN_PROGRESS).first()


def test_an_artisans_change_waits_for_approval_then_goes_live(client, moderator):
    user, page, __ = artisan_with_login(quote="Ancienne citation")
    client.force_login(user)

    form = client.get("/fr/atelier/my-page/").content.decode()
    assert "Ancienne citation" in form
    response = client.post("/fr/atelier/my-page/", NEW_PAGE)

    assert response.status_code == 302 and response["Location"] == "/fr/atelier/"
    page.refresh_from_db()
    assert page.quote == "Ancienne citation"  # not live yet
    assert page.has_unpublished_changes
    assert "Chaque tapis" not in client.get(page.url).content.decode()
    state = in_progress(page)
    assert state is not None and state.requested_by == user
    assert "waiting for the team" in client.get("/en/atelier/my-page/").content.decode()

    client.force_login(moderator)
    task_state = state.current_task_state
    approved = client.post(f"/cms/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})
    assert approved.status_code in (200, 302)

    page = ArtisanPage.objects.get(pk=page.pk)
    assert page.quote == "Chaque tapis raconte une famille."
    assert page.years_of_practice == 22
    assert page.biography == "<p>J&#x27;ai appris avec ma mère.</p><p>Je tisse à Dakhla.</p>"
    assert "Chaque tapis raconte une famille." in client.get(page.url).content.decode()


def test_a_new_portrait_is_part_of_the_change_to_approve(client):
    user, page, __ = artisan_with_login()
    client.force_login(user)

    client.post("/fr/atelier/my-page/", dict(NEW_PAGE, portrait=photo_upload(name="moi.jpg"),
                                            portrait_alt="Mes mains sur le métier"))

    page.refresh_from_db()
    assert page.portrait is None
    draft = page.get_latest_revision_as_object()
    assert draft.portrait.description == "Mes mains sur le métier"
    assert max(draft.portrait.width, draft.portrait.height) == 1600


def test_submitting_twice_keeps_one_moderation_with_the_latest_change(client):
    user, page, __ = artisan_with_login()
    client.force_login(user)

    client.post("/fr/atelier/my-page/", NEW_PAGE)
    client.post("/fr/atelier/my-page/", dict(NEW_PAGE, quote="Deuxième version"))

    states = WorkflowState.objects.filter(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    assert states.count() == 1
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().quote == "Deuxième version"


def test_an_artisan_cannot_publish_their_own_change(client):
    user, page, __ = artisan_with_login(quote="Ancienne citation")
    client.force_login(user)
    client.post("/fr/atelier/my-page/", NEW_PAGE)
    state = in_progress(page)

    response = client.post(f"/cms/pages/workflow/action/{page.pk}/approve/{state.current_task_state.pk}/")
    assert response.status_code in (302, 403)
    publish = client.post(f"/cms/pages/{page.pk}/edit/", {"action-publish": "1", "title": page.title,
                                                         "slug": page.slug, "quote": "Publiée"})
    assert publish.status_code in (302, 403)

    page.refresh_from_db()
    assert page.quote == "Ancienne citation"
    assert in_progress(page) is not None


def test_an_artisan_changes_only_their_own_page(client):
    user, page, __ = artisan_with_login(quote="La mienne")
    __, other, __ = artisan_with_login(quote="La sienne")
    client.force_login(user)

    client.post("/fr/atelier/my-page/", NEW_PAGE)

    other.refresh_from_db()
    assert not other.has_unpublished_changes and in_progress(other) is None
    assert "La sienne" not in client.get("/fr/atelier/my-page/").content.decode()


def test_a_bad_page_form_keeps_what_was_typed(client):
    user, page, __ = artisan_with_login()
    client.force_login(user)

    response = client.post("/en/atelier/my-page/", dict(NEW_PAGE, years_of_practice="200",
                                                        portrait=photo_upload(size=(50, 50))))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Chaque tapis raconte une famille." in html and "too small" in html
    assert in_progress(page) is None


def test_an_editor_of_the_tourism_office_approves_an_artisans_change(client, django_user_model):
    editor = django_user_model.objects.create_user("editrice", "editrice@example.ma", "motdepasse-editrice")
    editor.groups.add(Group.objects.get(name="Editors"))
    user, page, __ = artisan_with_login(quote="Ancienne citation")
    client.force_login(user)
    client.post("/fr/atelier/my-page/", NEW_PAGE)
    task_state = in_progress(page).current_task_state

    client.force_login(editor)
    approved = client.post(f"/cms/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})

    assert approved.status_code in (200, 302)
    page = ArtisanPage.objects.get(pk=page.pk)
    assert page.quote == "Chaque tapis raconte une famille."
    assert in_progress(page) is None


def test_a_customer_cannot_approve_an_artisans_change(client, django_user_model):
    customer = django_user_model.objects.create_user("client", "client@example.ma", "motdepasse-client")
    user, page, __ = artisan_with_login(quote="Ancienne citation")
    client.force_login(user)
    client.post("/fr/atelier/my-page/", NEW_PAGE)
    task_state = in_progress(page).current_task_state

    client.force_login(customer)
    response = client.post(f"/cms/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/login/" in response["Location"]
    page = ArtisanPage.objects.get(pk=page.pk)
    assert page.quote == "Ancienne citation"
    assert in_progress(page) is not None
