"""The workshop's "My earnings": a manager reads the cooperative's statement and each member's lines; a member reads
only their own lines; anything outside one's boundary is a 404 (pages and exports alike); customers are refused,
anonymous visitors sent to log in; in Arabic the page is right-to-left with Arabic month names."""

from datetime import date

import pytest
from babel.dates import format_date
from django.contrib.auth import get_user_model

from tests.earnings.factories import cooperative_with_members
from tests.earnings.statement_helpers import earned
from tests.orders_helpers import client  # noqa: F401  (the committing test client)

pytestmark = pytest.mark.django_db


@pytest.fixture
def nour(client, morocco, administrator):
    cooperative = cooperative_with_members()
    for number, member in enumerate(cooperative["members"]):
        earned(client, member["product"], administrator, f"client{number}@example.ma")
    return cooperative


def _month_url(language="fr", extension="/"):
    today = date.today()
    return f"/{language}/atelier/earnings/{today.year}/{today.month}{extension}"


def test_a_member_sees_only_their_own_lines_and_no_payouts(client, nour):
    fatimetou, salka = nour["members"]
    client.force_login(fatimetou["user"])

    html = client.get("/fr/atelier/earnings/").content.decode()

    assert fatimetou["product"].title in html
    assert salka["product"].title not in html
    assert "396,00" in html
    assert html.count('class="workshop-figure"') == 1  # what they earned; the cooperative is the one paid


def test_a_member_opening_a_fellow_members_lines_gets_404(client, nour):
    fatimetou, salka = nour["members"]
    client.force_login(fatimetou["user"])
    other = f"?artisan={salka['page'].pk}"

    assert client.get(_month_url() + other).status_code == 404
    assert client.get(_month_url(extension=".pdf") + other).status_code == 404
    assert client.get(_month_url(extension=".csv") + other).status_code == 404


def test_a_members_csv_has_only_their_lines(client, nour):
    fatimetou, salka = nour["members"]
    client.force_login(fatimetou["user"])

    text = client.get(_month_url(extension=".csv")).content.decode("utf-8-sig")

    assert fatimetou["product"].title in text and salka["product"].title not in text


def test_the_manager_sees_every_members_lines_and_one_members_on_demand(client, nour):
    fatimetou, salka = nour["members"]
    client.force_login(nour["manager"])

    everything = client.get("/fr/atelier/earnings/").content.decode()
    one = client.get(f"/fr/atelier/earnings/?artisan={salka['page'].pk}").content.decode()

    assert fatimetou["product"].title in everything and salka["product"].title in everything
    assert everything.count('class="workshop-figure"') == 3  # earned this month, awaiting payment, paid
    assert salka["product"].title in one and fatimetou["product"].title not in one


def test_a_manager_of_another_cooperative_gets_404_on_this_ones_statements(client, nour):
    other = cooperative_with_members(members=("Mariem Mint Sidi",))
    client.force_login(other["manager"])
    member = f"?artisan={nour['members'][0]['page'].pk}"
    seller = f"?seller={nour['partner'].pk}"

    for query in (member, seller):
        assert client.get(_month_url() + query).status_code == 404
        assert client.get(_month_url(extension=".pdf") + query).status_code == 404
        assert client.get(_month_url(extension=".csv") + query).status_code == 404
    assert nour["members"][0]["product"].title not in client.get("/fr/atelier/earnings/").content.decode()


def test_a_customer_is_refused_and_an_anonymous_visitor_sent_to_log_in(client, nour):
    assert "login" in client.get("/fr/atelier/earnings/")["Location"]
    customer = get_user_model().objects.create_user("cliente", "cliente@example.ma", "motdepasse-cliente")
    client.force_login(customer)

    assert client.get("/fr/atelier/earnings/").status_code == 403
    assert client.get(_month_url(extension=".csv")).status_code == 403


def test_the_arabic_page_is_right_to_left_with_the_arabic_month(client, nour):
    client.force_login(nour["manager"])

    html = client.get(_month_url("ar")).content.decode()

    assert 'dir="rtl"' in html
    assert format_date(date.today(), "LLLL", locale="ar") in html
    assert "/ar/atelier/earnings/" in client.get("/ar/atelier/").content.decode()


def test_the_manager_choosing_the_whole_cooperative_sees_every_member_again(client, nour):
    client.force_login(nour["manager"])

    response = client.get("/fr/atelier/earnings/?artisan=")

    assert response.status_code == 200
    assert all(member["product"].title in response.content.decode() for member in nour["members"])


def test_an_independent_artisan_sees_their_balance_and_gets_404_on_another_artisans_statement(
        client, morocco, administrator):
    from tests import page_factories as pages
    from tests.artisan_factories import artisan_with_login

    user, page, partner = artisan_with_login(title="Aïcha Mint Salem")
    earned(client, pages.product(title="Tapis de Aïcha", partner_obj=partner, artisan_page=page), administrator,
           "a@example.ma")
    __, other_page, other_partner = artisan_with_login(title="Brahim Ould Ali")
    client.force_login(user)

    html = client.get("/en/atelier/earnings/").content.decode()

    assert "Tapis de Aïcha" in html
    assert "<dt>Awaiting payment</dt><dd><bdi>396.00\xa0MAD</bdi></dd>" in html.replace(" MAD", "\xa0MAD")
    for query in (f"?seller={other_partner.pk}", f"?artisan={other_page.pk}"):
        for extension in ("/", ".pdf", ".csv"):
            assert client.get(_month_url("en", extension) + query).status_code == 404, (query, extension)
