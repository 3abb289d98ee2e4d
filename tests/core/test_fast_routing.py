"""Pages are found quickly (issue #8, core/routing.py) and exactly as Wagtail would find them: a deep page in a
fixed number of queries, the Site remembered by the worker until a Site changes, unpublished and missing pages still
404 (or show the French page in another language), and a moved or renamed page found at its new address at once."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from core import routing
from tests import locale_factories as lf
from tests import page_factories as pf

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_memory():
    cache.clear()
    routing.forget()
    yield
    # A test that changed the Site leaves Wagtail's cached site root paths behind when its transaction is rolled
    # back: the next tests' pages would have no address.
    cache.clear()
    routing.forget()


def page_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, [query["sql"] for query in captured.captured_queries]


def test_an_artisan_three_levels_down_is_found_in_two_queries_and_knows_its_cooperative_and_region(client):
    region = pf.region(title="Dakhla-Oued Eddahab")
    cooperative = pf.cooperative(region, title="Coopérative Tissage Sahara")
    artisan = pf.artisan(cooperative, title="Fatimetou Mint Ahmed")
    client.get(artisan.url)  # the Site and the home page are now remembered

    response, queries = page_queries(client, artisan.url)

    assert response.status_code == 200
    assert response.context["page"].pk == artisan.pk
    assert response.context["cooperative"].title == "Coopérative Tissage Sahara"
    assert response.context["region"].title == "Dakhla-Oued Eddahab"
    routing_queries = [sql for sql in queries if '"wagtailcore_page"."url_path" IN (' in sql]
    assert len(routing_queries) == 1  # the page and its parents together
    assert not any('FROM "wagtailcore_site"' in sql for sql in queries)


def test_a_story_is_served_with_the_same_result_as_wagtails_own_routing(client, rf):
    story = pf.story(title="Le tapis hanbel")
    response = client.get(story.url)

    request = rf.get(story.url)
    request.LANGUAGE_CODE = "fr"
    wagtail_page = Page.find_for_request(request, story.url.removeprefix("/fr"))

    assert response.status_code == 200
    assert response.context["page"].pk == wagtail_page.pk == story.pk
    assert "Le tapis hanbel" in response.content.decode()


def test_an_unpublished_page_and_a_missing_one_are_404(client):
    region = pf.region()
    hidden = pf.artisan(region, title="Brouillon", live=False)

    assert client.get(f"/fr/{region.slug}/{hidden.slug}/").status_code == 404
    assert client.get(f"/fr/{region.slug}/personne/").status_code == 404
    assert client.get("/fr/nulle-part/loin/").status_code == 404


def test_a_renamed_page_is_found_at_its_new_address_at_once(client):
    region = pf.region(slug="dakhla")
    artisan = pf.artisan(region, slug="fatimetou")
    assert client.get("/fr/dakhla/fatimetou/").status_code == 200

    artisan.slug = "fatimetou-mint-ahmed"
    artisan.save_revision().publish()

    assert client.get("/fr/dakhla/fatimetou/").status_code == 404
    assert client.get("/fr/dakhla/fatimetou-mint-ahmed/").status_code == 200


def test_an_arabic_visitor_gets_the_arabic_translation_and_an_untranslated_page_in_french(client):
    story = pf.story(title="Le tapis hanbel")
    other = pf.story(title="La poterie de Safi")
    lf.synchronise()
    lf.translate(story, "ar", title="زربية الحنبل")

    translated = client.get(f"/ar{story.url.removeprefix('/fr')}")
    untranslated = client.get(f"/ar{other.url.removeprefix('/fr')}")

    assert translated.status_code == 200
    assert translated.context["page"].locale.language_code == "ar"
    assert "زربية الحنبل" in translated.content.decode()
    assert untranslated.status_code == 200
    assert untranslated.context["page"].locale.language_code == "ar"  # the alias, showing the French text
    assert "La poterie de Safi" in untranslated.content.decode()


def test_the_site_is_remembered_until_a_site_changes(client):
    home = pf.home()
    client.get("/fr/")
    __, queries = page_queries(client, "/fr/")
    assert not any('FROM "wagtailcore_site"' in sql for sql in queries)

    site = Site.objects.get(is_default_site=True)
    site.site_name = "Dakhla Market (renamed)"
    site.save()
    response, queries = page_queries(client, "/fr/")

    assert response.status_code == 200
    assert any('FROM "wagtailcore_site"' in sql for sql in queries)  # looked up again after the change
    assert response.wsgi_request._wagtail_site.site_name == "Dakhla Market (renamed)"
    assert response.context["page"].pk == home.pk


def test_a_new_home_page_for_the_site_takes_effect_at_once(client):
    old_home = pf.home()
    client.get("/fr/")
    root = Page.objects.get(depth=1)
    from stories.models import HomePage

    new_home = root.add_child(instance=HomePage(title="Nouvel accueil", slug="nouvel-accueil"))
    new_home.save_revision().publish()
    site = Site.objects.get(is_default_site=True)
    site.root_page = new_home
    site.save()

    response = client.get("/fr/")

    assert response.status_code == 200
    assert response.context["page"].pk == new_home.pk != old_home.pk


# -- The framework internals core/routing.py relies on: these fail loudly when Wagtail or treebeard change shape ----


def test_wagtails_route_for_request_still_reads_the_route_cached_on_the_request():
    import inspect

    from wagtail.models import Page

    assert routing.WAGTAIL_ROUTE_CACHE in inspect.getsource(Page.route_for_request), (
        "Wagtail no longer caches the route on the request: turn ROUTING_SHORTCUT off and adapt core/routing.py"
    )


def test_wagtails_site_lookup_still_reads_the_site_cached_on_the_request():
    import inspect

    from wagtail.models import Site

    assert routing.WAGTAIL_SITE_CACHE in inspect.getsource(Site.find_for_request), (
        "Wagtail no longer caches the Site on the request: adapt core/routing.py's SiteMiddleware"
    )


def test_treebeards_get_parent_still_reads_the_cached_parent():
    import inspect

    from treebeard.mp_tree import MP_Node

    assert routing.TREEBEARD_PARENT_CACHE in inspect.getsource(MP_Node.get_parent), (
        "treebeard no longer caches a node's parent: adapt core/routing.py"
    )


def test_wagtails_page_serving_pattern_is_still_the_last_of_its_urls():
    from wagtail import urls as wagtail_urls
    from wagtail import views as wagtail_views

    catch_all = wagtail_urls.urlpatterns[-1]
    assert catch_all.pattern.regex.pattern == wagtail_urls.serve_pattern
    assert catch_all.callback is wagtail_views.serve


def test_with_the_shortcut_off_the_site_routes_through_wagtails_own_urls(settings):
    from wagtail import urls as wagtail_urls

    settings.ROUTING_SHORTCUT = False
    patterns = routing.page_urls()

    assert len(patterns) == 1 and patterns[0].url_patterns == wagtail_urls.urlpatterns
