"""A maker applies to sell ("Devenir artisan partenaire"); an editor approves in /cms/ (login, partner and draft page
created, invitation emailed in the applicant's language) or declines (courteous email). Bad input is explained and
kept; a robot's honeypot and too many applications from one connection are stopped."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache
from django.test import TestCase

from cooperatives.accounts import ARTISANS_GROUP
from cooperatives.models import ArtisanApplication, ArtisanPage
from tests import page_factories as pages
from tests.artisan_factories import photo_upload

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def clear_rate_limit():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def region():
    return pages.region(title="Dakhla-Oued Eddahab")


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("redactrice", "redaction@example.ma", "motdepasse-redaction")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def application_post(region, **overrides):
    data = {"name": "Mariem Mint Sidi", "craft": "", "in_cooperative": "no", "cooperative_name": "",
            "region": region.pk, "phone": "06 12 34 56 78", "email": "mariem@example.ma",
            "presentation": "Je tresse des nattes en palmier depuis vingt ans.", "website": ""}
    data.update(overrides)
    return data


def apply(client, region, language="fr", **overrides):
    return client.post(f"/{language}/devenir-artisan/", application_post(region, **overrides))


def test_a_maker_applies_with_photos(client, region):
    craft = pages.craft()
    form = client.get("/fr/devenir-artisan/")
    assert form.status_code == 200 and 'name="website"' in form.content.decode()

    response = apply(client, region, craft=craft.pk, photo_1=photo_upload(), photo_2=photo_upload(name="b.png",
                     fmt="PNG", content_type="image/png"))

    assert response.status_code == 302 and response["Location"] == "/fr/devenir-artisan/merci/"
    application = ArtisanApplication.objects.get()
    assert application.phone == "+212612345678" and application.craft == craft
    assert application.status == "pending" and application.language == "fr"
    assert len(application.photos) == 2


def test_an_international_phone_number_is_accepted(client, region):
    apply(client, region, phone="+33 6 12 34 56 78")

    assert ArtisanApplication.objects.get().phone == "+33612345678"


def test_a_wrong_phone_and_a_missing_cooperative_name_are_explained_and_what_was_typed_is_kept(client, region):
    response = apply(client, region, language="en", phone="12", in_cooperative="yes", photo_1=photo_upload())

    assert response.status_code == 200
    html = response.content.decode()
    assert "does not look right" in html and "name of your cooperative" in html
    assert "Mariem Mint Sidi" in html and "vingt ans" in html
    assert "choose them again" in html
    assert not ArtisanApplication.objects.exists()


def test_a_bad_photo_is_refused(client, region):
    response = apply(client, region, language="en", photo_3=photo_upload(size=(100, 100)))

    assert response.status_code == 200 and "too small" in response.content.decode()
    assert not ArtisanApplication.objects.exists()


def test_a_robot_filling_the_honeypot_is_thanked_but_not_stored(client, region):
    response = apply(client, region, website="http://spam.example")

    assert response.status_code == 302
    assert not ArtisanApplication.objects.exists()


def test_too_many_applications_from_one_connection_are_refused(client, region):
    for number in range(5):
        apply(client, region, email=f"m{number}@example.ma")

    response = apply(client, region, email="encore@example.ma")

    assert response.status_code == 429
    assert "Mariem Mint Sidi" in response.content.decode()
    assert ArtisanApplication.objects.count() == 5


def test_an_editor_approves_and_the_new_artisan_is_invited_in_their_language(client, region, editor):
    apply(client, region, language="ar")
    application = ArtisanApplication.objects.get()
    client.force_login(editor)

    inspect = client.get(f"/cms/artisan_applications/inspect/{application.pk}/")
    assert inspect.status_code == 200 and "Mariem Mint Sidi" in inspect.content.decode()
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(f"/cms/artisan_applications/{application.pk}/approve/")

    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == "approved" and application.decided_by == editor
    page = ArtisanPage.objects.get(pk=application.artisan_page_id)
    assert not page.live and page.get_parent().pk == region.pk
    user = get_user_model().objects.get(email="mariem@example.ma")
    assert not user.has_usable_password() and not user.is_staff
    assert user.groups.filter(name=ARTISANS_GROUP).exists()
    assert not page.partner.users.exists()  # makers work in the workshop, never as Oscar partner users
    assert user.artisan_account.artisan == page
    assert user.artisan_account.artisan == page
    [email] = mail.outbox
    assert email.to == ["mariem@example.ma"]
    assert re.search(r"/ar/shop/password-reset/confirm/\S+/\S+/", email.body)


def test_the_invitation_link_lets_the_new_artisan_choose_a_password_and_reach_their_workshop(client, region, editor):
    apply(client, region)
    client.force_login(editor)
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(f"/cms/artisan_applications/{ArtisanApplication.objects.get().pk}/approve/")
    client.logout()
    link = re.search(r"https?://[^/]+(/fr/shop/password-reset/confirm/\S+/)", mail.outbox[0].body).group(1)

    form_page = client.get(link, follow=True)
    set_url = form_page.redirect_chain[-1][0] if form_page.redirect_chain else link
    done = client.post(set_url, {"new_password1": "Tapis-de-laine-2026", "new_password2": "Tapis-de-laine-2026"})
    assert done.status_code == 302

    response = client.post("/fr/shop/accounts/login/", {
        "login-username": "mariem@example.ma", "login-password": "Tapis-de-laine-2026", "login_submit": "1",
    }, follow=True)
    assert response.redirect_chain[-1][0] == "/fr/atelier/"


def test_an_editor_declines_courteously(client, region, editor):
    apply(client, region)
    application = ArtisanApplication.objects.get()
    client.force_login(editor)

    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(f"/cms/artisan_applications/{application.pk}/decline/")

    application.refresh_from_db()
    assert application.status == "rejected"
    assert not get_user_model().objects.filter(email="mariem@example.ma").exists()
    [email] = mail.outbox
    assert "Thank you for your interest" in email.body or "Merci" in email.body


def test_an_application_is_decided_once(client, region, editor):
    apply(client, region)
    application = ArtisanApplication.objects.get()
    client.force_login(editor)
    client.post(f"/cms/artisan_applications/{application.pk}/approve/")

    client.post(f"/cms/artisan_applications/{application.pk}/decline/")
    client.post(f"/cms/artisan_applications/{application.pk}/approve/")

    application.refresh_from_db()
    assert application.status == "approved"
    # One artisan page, in French, with its Arabic and English versions (aliases until translated).
    assert ArtisanPage.objects.filter(title="Mariem Mint Sidi", locale__language_code="fr").count() == 1
    assert set(ArtisanPage.objects.filter(title="Mariem Mint Sidi")
               .values_list("locale__language_code", flat=True)) == {"fr", "ar", "en"}


def test_an_artisan_cannot_review_applications(client, region):
    from tests.artisan_factories import artisan_with_login

    apply(client, region)
    user = artisan_with_login()[0]
    client.force_login(user)

    response = client.post(f"/cms/artisan_applications/{ArtisanApplication.objects.get().pk}/approve/")

    assert response.status_code in (302, 403)
    assert ArtisanApplication.objects.get().status == "pending"


def test_the_application_limit_counts_each_visitor_behind_the_proxy_separately(client):
    """Behind the reverse proxy every request comes from the proxy's address; the limit is per visitor."""
    from django.test import RequestFactory

    from core import throttle

    first = RequestFactory().post("/", HTTP_X_FORWARDED_FOR="196.200.1.1", REMOTE_ADDR="127.0.0.1")
    second = RequestFactory().post("/", HTTP_X_FORWARDED_FOR="41.140.2.2", REMOTE_ADDR="127.0.0.1")
    for __ in range(5):
        throttle.record_attempt("joining", first, 60)

    assert throttle.attempts("joining", first) == 5
    assert throttle.attempts("joining", second) == 0
