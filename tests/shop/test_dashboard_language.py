"""Each member of staff reads Oscar's dashboard (/dashboard/, no language prefix) and Wagtail's admin in the language
of their own preference (their Wagtail profile), whatever their browser says; Arabic pages are right to left. (Makers
have no dashboard: tests/cooperatives/test_roles.py.)"""

import re

import pytest
from wagtail.users.models import UserProfile

from tests.artisan_factories import login

pytestmark = pytest.mark.django_db


def html_tag(response):
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


def staff(language=None):
    user = login("equipe")
    user.is_staff = True
    user.save()
    if language is None:
        return user
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def test_staff_preferring_arabic_reads_the_dashboard_in_arabic_right_to_left(client):
    client.force_login(staff("ar"))

    response = client.get("/dashboard/", HTTP_ACCEPT_LANGUAGE="fr")

    assert response.status_code == 200
    assert 'lang="ar"' in html_tag(response)
    assert 'dir="rtl"' in html_tag(response)
    assert "لوحة التحكم" in response.content.decode()  # "Dashboard"
    assert response["Content-Language"] == "ar"


def test_staff_preferring_french_reads_the_dashboard_in_french_left_to_right(client):
    client.force_login(staff("fr"))

    response = client.get("/dashboard/", HTTP_ACCEPT_LANGUAGE="ar")

    assert response.status_code == 200
    assert 'lang="fr"' in html_tag(response)
    assert 'dir="ltr"' in html_tag(response)
    assert response["Content-Language"] == "fr"


def test_without_a_preference_the_dashboard_follows_the_browser(client):
    user = staff()
    client.force_login(user)

    response = client.get("/dashboard/", HTTP_ACCEPT_LANGUAGE="en")

    assert 'lang="en"' in html_tag(response)


def test_the_preference_does_not_change_the_language_of_the_public_site(client):
    client.force_login(staff("ar"))

    response = client.get("/fr/shop/basket/")

    assert 'lang="fr"' in html_tag(response)


def test_an_anonymous_visitor_is_sent_to_log_in_whatever_the_language(client):
    response = client.get("/dashboard/orders/", HTTP_ACCEPT_LANGUAGE="ar")

    assert response.status_code == 302


def test_wagtails_admin_follows_the_same_preference(client):
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.create_superuser("redac", "redac@example.ma", "motdepasse-redac")
    UserProfile.get_for_user(editor).__class__.objects.filter(user=editor).update(preferred_language="ar")
    client.force_login(editor)

    response = client.get("/cms/", HTTP_ACCEPT_LANGUAGE="fr")

    assert 'lang="ar"' in html_tag(response)
    assert 'dir="rtl"' in html_tag(response)


def test_only_the_sites_languages_can_be_preferred():
    from wagtail.admin.localization import get_available_admin_languages

    assert [code for code, __ in get_available_admin_languages()] == ["fr", "ar", "en"]
