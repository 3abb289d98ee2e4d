"""Visitors read every page in French, Arabic or English: translated pages in their language, untranslated ones in
French under a notice (never a 404); the language switcher lands on the same page; search engines get hreflang
alternates and canonical addresses."""

import re

import pytest
from wagtail.models import Locale, Page

from stories.models import HomePage, StoryIndexPage
from tests import locale_factories as lf
from tests import page_factories as pf

pytestmark = pytest.mark.django_db

NOTICE = 'class="translation-notice"'


@pytest.fixture
def site(django_db_blocker):
    weaving = pf.craft("Tissage de tapis", "tissage")
    dakhla = pf.region("Dakhla-Oued Eddahab", slug="dakhla", crafts=[weaving], introduction="Entre océan et désert.")
    nour = pf.cooperative(dakhla, "Coopérative Nour", slug="nour", partner=pf.partner("Nour"), crafts=[weaving])
    fatimetou = pf.artisan(nour, "Fatimetou Mint Ahmed", slug="fatimetou", crafts=[weaving])
    story = pf.story("Le hanbel, tapis des nomades", slug="hanbel", crafts=[weaving], region_page=dakhla,
                     introduction="Comment naît un tapis hanbel.",
                     body=[{"type": "artisan", "value": {"artisan": fatimetou.pk}}])
    lf.synchronise()
    return {"home": HomePage.objects.get(locale__language_code="fr"), "region": dakhla, "cooperative": nour,
            "artisan": fatimetou, "story": story,
            "index": StoryIndexPage.objects.get(locale__language_code="fr")}


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def in_language(url, language):
    return url.replace("/fr/", f"/{language}/", 1)


def canonical(html):
    return re.search(r'<link rel="canonical" href="([^"]+)">', html).group(1)


def hreflangs(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


@pytest.mark.parametrize("key", ["home", "region", "cooperative", "artisan", "index", "story"])
@pytest.mark.parametrize("language", ["ar", "en"])
def test_every_page_type_not_yet_translated_is_shown_in_french_with_a_notice(client, site, key, language):
    page = site[key]
    html = html_of(client, in_language(page.url, language))

    assert NOTICE in html
    assert page.title.replace("'", "&#x27;") in html
    # The French text is marked as French, left to right, inside the Arabic or English page.
    assert '<div class="page-content" lang="fr" dir="ltr">' in html
    # Search engines are sent to the French page, which is the one with this text.
    assert canonical(html) == f"http://testserver{page.url}"
    assert f'lang="{language}"' in html.split(">", 2)[1]


@pytest.mark.parametrize("key", ["home", "region", "cooperative", "artisan", "index", "story"])
def test_every_page_type_in_french_has_no_notice(client, site, key):
    html = html_of(client, site[key].url)

    assert NOTICE not in html
    assert canonical(html) == f"http://testserver{site[key].url}"


@pytest.mark.parametrize("key", ["home", "region", "cooperative", "artisan", "index", "story"])
def test_every_page_type_translated_into_arabic_is_shown_in_arabic(client, site, key):
    page = site[key]
    arabic = lf.translate(page, "ar", title=f"ترجمة {page.title}")

    html = html_of(client, arabic.url)

    assert arabic.url.startswith("/ar/")
    assert f"ترجمة {page.title}".replace("'", "&#x27;") in html
    assert NOTICE not in html
    assert canonical(html) == f"http://testserver{arabic.url}"
    alternates = hreflangs(html)
    assert alternates["fr"] == f"http://testserver{page.url}"
    assert alternates["ar"] == f"http://testserver{arabic.url}"
    assert alternates["x-default"] == f"http://testserver{page.url}"
    assert "en" not in alternates  # the English version is still an alias of the French text


def test_an_english_translation_with_its_own_address_is_reached_from_the_french_address(client, site):
    story = site["story"]
    english = lf.translate(story, "en", title="The hanbel, carpet of the nomads", slug="hanbel-carpet")

    assert english.url == "/en/histoires/hanbel-carpet/" or english.url.endswith("/hanbel-carpet/")
    html = html_of(client, in_language(story.url, "en"))  # a link built from the French path

    assert "The hanbel, carpet of the nomads" in html
    assert canonical(html) == f"http://testserver{english.url}"


def test_a_page_missing_from_the_arabic_tree_is_served_in_french_not_a_404(client, site):
    late = pf.story("Une histoire arrivée après la synchronisation", slug="tardive")
    assert not Page.objects.filter(translation_key=late.translation_key, locale__language_code="ar").exists()

    html = html_of(client, in_language(late.url, "ar"))

    assert "Une histoire arrivée après la synchronisation" in html
    assert NOTICE in html


def test_an_unknown_address_is_still_a_404_in_every_language(client, site):
    for language in ("fr", "ar", "en"):
        assert client.get(f"/{language}/nulle-part/").status_code == 404


def test_the_language_switcher_lands_on_the_translated_page_and_remembers_the_choice(client, site):
    story = site["story"]
    arabic = lf.translate(story, "ar", title="الحنبل، زربية الرحّل", slug="al-hanbal")

    response = client.post("/i18n/setlang/", {"language": "ar", "next": story.url}, follow=True)

    assert response.status_code == 200
    assert "الحنبل، زربية الرحّل" in response.content.decode()
    assert canonical(response.content.decode()) == f"http://testserver{arabic.url}"
    assert client.cookies["django_language"].value == "ar"
    assert client.get("/").url.startswith("/ar/")


def test_lists_show_each_story_once_in_the_visitors_language(client, site):
    story = site["story"]
    lf.translate(story, "ar", title="الحنبل، زربية الرحّل")

    arabic_index = html_of(client, in_language(site["index"].url, "ar"))
    english_index = html_of(client, in_language(site["index"].url, "en"))

    assert "الحنبل، زربية الرحّل" in arabic_index
    assert "Le hanbel, tapis des nomades" not in arabic_index
    assert english_index.count("Le hanbel, tapis des nomades") >= 1
    assert "الحنبل" not in english_index


def test_an_arabic_story_shows_the_artisan_and_region_of_the_arabic_tree(client, site):
    story = site["story"]
    lf.translate(site["artisan"], "ar", title="فاطمتو منت أحمد")
    lf.translate(site["region"], "ar", title="الداخلة وادي الذهب")
    arabic_story = lf.translate(story, "ar", title="الحنبل، زربية الرحّل")

    html = html_of(client, arabic_story.url)

    assert "فاطمتو منت أحمد" in html
    assert "الداخلة وادي الذهب" in html


def test_products_of_an_artisan_appear_on_the_arabic_artisan_page(client, site):
    product = pf.product("Tapis hanbel bleu", artisan_page=site["artisan"], partner_obj=site["cooperative"].partner)
    arabic = lf.translate(site["artisan"], "ar", title="فاطمتو منت أحمد")

    html = html_of(client, arabic.url)

    assert product.get_title() in html


def test_the_sitemap_lists_translations_but_not_aliases(client, site):
    story = site["story"]
    arabic = lf.translate(story, "ar", title="الحنبل، زربية الرحّل", slug="al-hanbal")

    xml = client.get("/sitemap.xml").content.decode()

    assert f"http://localhost{arabic.url}" in xml
    assert f"http://localhost{in_language(site['artisan'].url, 'en')}" not in xml  # an alias: the French text
    assert f"http://localhost{site['artisan'].url}" in xml


def test_the_locales_and_their_synchronisation_come_from_a_migration():
    from wagtail_localize.models import LocaleSynchronization

    assert set(Locale.objects.values_list("language_code", flat=True)) == {"fr", "ar", "en"}
    assert {(sync.locale.language_code, sync.sync_from.language_code)
            for sync in LocaleSynchronization.objects.all()} == {("ar", "fr"), ("en", "fr")}


def test_an_editor_sends_a_story_to_translation_in_the_cms_and_the_arabic_alias_becomes_a_draft_translation(
        client, site, django_user_model):
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user("traductrice", "traductrice@example.ma", "motdepasse-trad")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    story = site["story"]
    arabic_locale = Locale.objects.get(language_code="ar")
    alias = lf.version(story, "ar")
    assert alias.alias_of_id == story.pk

    form = client.get(f"/cms/localize/submit/page/{story.pk}/")
    assert form.status_code == 200
    response = client.post(f"/cms/localize/submit/page/{story.pk}/", {"locales": [arabic_locale.pk]})

    assert response.status_code == 302
    alias.refresh_from_db()
    assert alias.alias_of_id is None  # now a translation, edited in wagtail-localize's editor
    assert client.get(response.url).status_code == 200
