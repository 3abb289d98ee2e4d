"""Wagtail's admin (/cms/) and Oscar's dashboard (/dashboard/) ask for a login, then open for an administrator."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url, login_url", [("/cms/", "/cms/login/"), ("/dashboard/", "/dashboard/login/")])
def test_an_anonymous_visitor_is_asked_to_log_in(client, url, login_url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith(f"{login_url}?next={url}")
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.parametrize("url", ["/cms/", "/dashboard/"])
def test_an_administrator_gets_in(client, administrator, url):
    client.force_login(administrator)

    response = client.get(url)

    assert response.status_code == 200


def test_an_administrator_logs_in_to_the_cms_with_a_password(client, administrator):
    response = client.post("/cms/login/", {"username": "chef", "password": "motdepasse-chef"}, follow=True)

    assert response.redirect_chain[-1][0] == "/cms/"
    assert response.status_code == 200


def test_a_customer_who_is_not_staff_is_kept_out(client, django_user_model):
    customer = django_user_model.objects.create_user("client", "client@example.ma", "motdepasse-client")
    client.force_login(customer)

    assert client.get("/cms/").status_code in (302, 403)
    dashboard = client.get("/dashboard/")
    assert dashboard.status_code in (302, 403)
    if dashboard.status_code == 302:
        assert "/login/" in dashboard["Location"]
