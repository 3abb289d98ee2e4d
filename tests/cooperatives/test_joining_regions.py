"""The joining form's regions (issue #15): each region once, titled in the visitor's language (French when it has no
live version in that language), drafts left out; the application keeps the French region, where approval creates
the artisan's page; a region that is not offered is refused and what was typed is kept. Every page's footer links to
the form, and a regional page links to it with its region chosen in advance (junk in the address ignored)."""

import html as html_lib
import re

import pytest
from django.core.cache import cache
from wagtail.models import Page

from cooperatives import joining
from cooperatives.models import ArtisanApplication
from stories.models import HomePage
from tests import locale_factories as lf
from tests import page_factories as pf

pytestmark = pytest.mark.django_db

TITLES = {"fr": "Dakhla-Oued Eddahab", "ar": "الداخلة وادي الذهب", "en": "Dakhla-Oued Ed-Dahab"}


@pytest.fixture(autouse=True)
def clear_cache():
    """Applications are counted per connection and pages may be cached: each test starts afresh."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def dakhla():
    """A region in French, translated into Arabic and English."""
    region = pf.region(TITLES["fr"], slug="dakhla")
    lf.synchronise()
    lf.translate(region, "ar", title=TITLES["ar"])
    lf.translate(region, "en", title=TITLES["en"])
    return region


@pytest.fixture
def guelmim():
    """A region nobody has translated yet: its Arabic and English versions are aliases showing the French title."""
    region = pf.region("Guelmim-Oued Noun", slug="guelmim")
    lf.synchronise()
    return region


@pytest.fixture
def draft_region():
    region = pf.region("Laâyoune-Sakia El Hamra", slug="laayoune", live=False)
    lf.synchronise()
    return region


def region_options(content):
    """{value: label} of the region list (the empty choice left out)."""
    select = re.search(r'<select name="region"[^>]*>(.*?)</select>', content, re.S).group(1)
    options = re.findall(r'<option value="([^"]*)"[^>]*>(.*?)</option>', select, re.S)
    return {value: html_lib.unescape(label) for value, label in options if value}


def selected_region(content):
    select = re.search(r'<select name="region"[^>]*>(.*?)</select>', content, re.S).group(1)
    return [value for value in re.findall(r'<option value="([^"]*)"[^>]*\bselected\b', select) if value]


def form_html(client, language, query=""):
    response = client.get(f"/{language}/devenir-artisan/{query}")
    assert response.status_code == 200
    return response.content.decode()


def application_post(region_pk, **overrides):
    data = {"name": "Mariem Mint Sidi", "craft": "", "in_cooperative": "no", "cooperative_name": "",
            "region": region_pk, "phone": "06 12 34 56 78", "email": "mariem@example.ma",
            "presentation": "Je tresse des nattes en palmier depuis vingt ans.", "website": ""}
    data.update(overrides)
    return data


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_each_region_is_offered_once_titled_in_the_visitors_language(client, dakhla, guelmim, language):
    options = region_options(form_html(client, language))

    assert sorted(options.values()) == sorted([TITLES[language], "Guelmim-Oued Noun"])
    assert options[str(lf.version(dakhla, language).pk)] == TITLES[language]


def test_the_regions_are_ordered_by_the_title_shown(client, dakhla, guelmim):
    assert list(region_options(form_html(client, "fr")).values()) == [TITLES["fr"], "Guelmim-Oued Noun"]
    assert list(region_options(form_html(client, "en")).values()) == [TITLES["en"], "Guelmim-Oued Noun"]


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_a_draft_region_is_not_offered(client, dakhla, draft_region, language):
    assert "Laâyoune-Sakia El Hamra" not in region_options(form_html(client, language)).values()


def test_a_region_whose_translation_is_unpublished_is_offered_once_in_french(client, dakhla):
    lf.version(dakhla, "ar").unpublish()

    assert region_options(form_html(client, "ar")) == {str(dakhla.pk): TITLES["fr"]}


@pytest.mark.parametrize("not_offered", ["draft", "french_version_on_arabic_form", "home_page", "junk", "huge"])
def test_a_region_that_is_not_offered_is_refused_and_what_was_typed_is_kept(client, dakhla, draft_region,
                                                                             not_offered):
    posted = {"draft": draft_region.pk, "french_version_on_arabic_form": dakhla.pk,
              "home_page": HomePage.objects.get(locale__language_code="fr").pk, "junk": "abc",
              "huge": "99999999999999999999"}[not_offered]  # past 64 bits: SQLite raised OverflowError (a 500)

    response = client.post("/ar/devenir-artisan/", application_post(posted))

    assert response.status_code == 200
    content = response.content.decode()
    form = response.context["form"]
    assert list(form.errors) == ["region"]
    assert 'class="workshop-error"' in content
    assert "Mariem Mint Sidi" in content and "vingt ans" in content and "mariem@example.ma" in content
    assert not ArtisanApplication.objects.exists()


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_the_application_keeps_the_french_region_and_approval_creates_the_page_under_it(client, dakhla, language,
                                                                                        django_user_model):
    response = client.post(f"/{language}/devenir-artisan/", application_post(lf.version(dakhla, language).pk))
    assert response.status_code == 302

    application = ArtisanApplication.objects.get()
    assert application.region_id == dakhla.pk and application.language == language
    editor = django_user_model.objects.create_superuser("redaction", "redaction@example.ma", "motdepasse")
    page = joining.approve(application, editor)
    assert page.get_parent().pk == dakhla.pk


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_every_pages_footer_links_to_the_form_in_the_visitors_language(client, dakhla, language):
    for url in (f"/{language}/", lf.version(dakhla, language).url, f"/{language}/devenir-artisan/merci/"):
        response = client.get(url)
        assert response.status_code == 200, url
        footer = response.content.decode().split("<footer", 1)[1]
        assert f'href="/{language}/devenir-artisan/"' in footer, url


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_a_regional_page_links_to_the_form_with_its_region_chosen(client, dakhla, guelmim, language):
    version = lf.version(dakhla, language)
    content = client.get(version.url).content.decode()

    link = f"/{language}/devenir-artisan/?region={version.pk}"
    assert f'href="{link}"' in content
    assert selected_region(form_html(client, language, f"?region={version.pk}")) == [str(version.pk)]


def test_an_untranslated_regional_page_links_to_the_form_with_its_region_chosen(client, guelmim):
    version = lf.version(guelmim, "ar")
    content = client.get(version.url).content.decode()

    assert f'href="/ar/devenir-artisan/?region={version.pk}"' in content
    assert selected_region(form_html(client, "ar", f"?region={version.pk}")) == [str(version.pk)]


def test_the_region_chosen_in_advance_ignores_what_is_not_offered(client, dakhla, draft_region):
    arabic_home = Page.objects.get(depth=2, locale__language_code="ar")
    for junk in ["abc", "", "-1", "99999999999999999999", arabic_home.pk, draft_region.pk, dakhla.pk]:
        content = form_html(client, "ar", f"?region={junk}")

        assert selected_region(content) == [], junk
        assert TITLES["ar"] in region_options(content).values(), junk
