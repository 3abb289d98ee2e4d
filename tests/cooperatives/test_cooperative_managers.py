"""Editors assign a cooperative's managers in /cms/ (Cooperative managers); a staff account is refused, and a
manager then reaches the cooperative in the workshop."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from cooperatives.models import CooperativeManager
from tests import page_factories as pages
from tests.artisan_factories import login

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("redaction", "redaction@example.ma", "motdepasse-edit",
                                                 is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def cooperative_page(db):
    return pages.cooperative(pages.region(), partner=pages.partner())


def test_an_editor_assigns_a_manager_who_then_runs_the_cooperative_in_the_workshop(editor, cooperative_page):
    manager = login("gerante")
    cms = Client()
    cms.force_login(editor)

    form = cms.get("/cms/cooperative_managers/new/")
    response = cms.post("/cms/cooperative_managers/new/", {
        "user": manager.pk, "cooperative": cooperative_page.pk, "language": "ar",
    })

    assert form.status_code == 200
    assert response.status_code == 302, response.content.decode()[:2000]
    link = CooperativeManager.objects.get()
    assert (link.user, link.cooperative, link.language) == (manager, cooperative_page, "ar")
    workshop = Client()
    workshop.force_login(manager)
    assert workshop.get(f"/fr/atelier/cooperative/{cooperative_page.pk}/").status_code == 200


def test_a_staff_account_cannot_be_made_a_cooperatives_manager(editor, cooperative_page):
    cms = Client()
    cms.force_login(editor)

    response = cms.post("/cms/cooperative_managers/new/", {
        "user": editor.pk, "cooperative": cooperative_page.pk, "language": "fr",
    })

    assert response.status_code == 200
    assert not CooperativeManager.objects.exists()


def test_a_maker_cannot_assign_managers(cooperative_page):
    manager = login("gerante")
    from cooperatives.accounts import link_manager

    link_manager(manager, cooperative_page)
    browser = Client()
    browser.force_login(manager)

    response = browser.post("/cms/cooperative_managers/new/", {
        "user": manager.pk, "cooperative": cooperative_page.pk, "language": "fr",
    })

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"].startswith("/cms/login/")
    assert CooperativeManager.objects.count() == 1
