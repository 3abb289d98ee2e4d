"""What search engines and link previews get: titles, descriptions, Open Graph tags, schema.org JSON-LD, the
sitemap and robots.txt."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.utils import translation

from stories.models import StoryIndexPage
from tests import page_factories as pf

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@pytest.fixture(autouse=True)
def french():
    with translation.override("fr"):
        yield


@pytest.fixture
def site_content():
    weaving = pf.craft("Tissage de tapis", "tissage")
    dakhla = pf.region("Dakhla-Oued Eddahab", slug="dakhla", crafts=[weaving], hero_image=pf.image(),
                       introduction="Entre l'Atlantique et le Sahara.")
    nour = pf.cooperative(dakhla, "Coopérative Nour", slug="nour", partner=pf.partner("Nour"), founding_year=2004,
                          members_count=38, crafts=[weaving], address="Quartier Al Wahda", phone="+212 528 891234",
                          email="nour@example.ma", latitude="23.684774", longitude="-15.957976")
    fatimetou = pf.artisan(nour, "Fatimetou Mint Ahmed", slug="fatimetou", crafts=[weaving],
                           quote="La laine garde la mémoire des familles.", portrait=pf.image(title="Portrait"))
    story = pf.story("Le hanbel, tapis des nomades", slug="hanbel", crafts=[weaving], region_page=dakhla,
                     hero_image=pf.image(title="Tapis"), introduction="Comment naît un tapis hanbel.",
                     body=[{"type": "heading", "value": {"heading_text": "Sous la tente", "size": "h2"}},
                           {"type": "artisan", "value": {"artisan": fatimetou.pk}}])
    return {"home": pf.home(), "region": dakhla, "cooperative": nour, "artisan": fatimetou, "story": story,
            "index": StoryIndexPage.objects.get()}


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1, blocks
    return json.loads(blocks[0])


def meta(html, attribute, name):
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', html)
    return match.group(1) if match else None


@pytest.mark.parametrize("key, schema_type, og_type", [
    ("home", "WebSite", "website"),
    ("region", "Place", "website"),
    ("cooperative", "Organization", "website"),
    ("artisan", "Person", "profile"),
    ("index", "CollectionPage", "website"),
    ("story", "Article", "article"),
])
def test_every_page_has_its_title_description_open_graph_tags_and_json_ld(client, site_content, key, schema_type,
                                                                         og_type):
    page = site_content[key]
    html = client.get(page.url).content.decode()

    assert f"<title>{page.title.replace(chr(39), '&#x27;')} · Dakhla Market</title>" in html
    description = meta(html, "name", "description")
    assert description
    assert meta(html, "property", "og:title") == page.title.replace("'", "&#x27;")
    assert meta(html, "property", "og:description") == description
    assert meta(html, "property", "og:type") == og_type
    assert meta(html, "property", "og:url") == f"http://testserver{page.url}"
    assert f'<link rel="canonical" href="http://testserver{page.url}">' in html
    # Not translated yet: the French page is its only language version (tests/core/test_page_translations.py).
    assert f'<link rel="alternate" hreflang="fr" href="http://testserver{page.url}">' in html
    assert f'<link rel="alternate" hreflang="x-default" href="http://testserver{page.url}">' in html
    data = json_ld(html)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == schema_type
    assert data["url"] == f"http://testserver{page.url}"


def test_the_story_is_an_article_with_author_date_image_and_publisher(client, site_content):
    html = client.get(site_content["story"].url).content.decode()
    data = json_ld(html)

    assert data["headline"] == "Le hanbel, tapis des nomades"
    assert data["author"] == {"@type": "Person", "name": "Khadija Benali"}
    assert data["datePublished"] == "2026-03-08"
    assert data["publisher"]["name"] == "Dakhla Market"
    assert data["image"].startswith("http://testserver/media/images/") and data["image"].endswith(".jpg")
    assert data["image"] == meta(html, "property", "og:image")
    assert data["about"] == [{"@type": "Thing", "name": "Tissage de tapis"}]
    assert data["contentLocation"]["name"] == "Dakhla-Oued Eddahab"
    assert meta(html, "property", "article:published_time") == "2026-03-08"


def test_the_artisan_is_a_person_working_for_the_cooperative(client, site_content):
    data = json_ld(client.get(site_content["artisan"].url).content.decode())

    assert data["name"] == "Fatimetou Mint Ahmed"
    assert data["knowsAbout"] == ["Tissage de tapis"]
    assert data["worksFor"] == {"@type": "Organization", "name": "Coopérative Nour",
                                "url": f"http://testserver{site_content['cooperative'].url}"}
    assert data["homeLocation"]["name"] == "Dakhla-Oued Eddahab"
    assert data["description"] == "La laine garde la mémoire des familles."


def test_the_cooperative_is_an_organization_with_its_contact_details_and_members(client, site_content):
    data = json_ld(client.get(site_content["cooperative"].url).content.decode())

    assert data["name"] == "Coopérative Nour"
    assert data["foundingDate"] == "2004"
    assert data["email"] == "nour@example.ma" and data["telephone"] == "+212 528 891234"
    assert data["address"]["streetAddress"] == "Quartier Al Wahda"
    assert data["location"]["geo"] == {"@type": "GeoCoordinates", "latitude": 23.684774, "longitude": -15.957976}
    assert [member["name"] for member in data["member"]] == ["Fatimetou Mint Ahmed"]


def test_json_ld_cannot_be_broken_out_of_by_page_text(client, site_content):
    story = site_content["story"]
    story.title = 'Le tapis </script><script>alert("x")</script> & co'
    story.save_revision().publish()

    html = client.get(story.url).content.decode()

    assert '<script>alert("x")</script>' not in html
    assert json_ld(html)["headline"] == story.title


def test_a_page_without_image_has_no_og_image_and_a_summary_card(client):
    region = pf.region("Souss-Massa")

    html = client.get(region.url).content.decode()

    assert meta(html, "property", "og:image") is None
    assert meta(html, "name", "twitter:card") == "summary"


# -- Sitemap and robots.txt --------------------------------------------------------------------------------------


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    return [element.text for element in root.findall("s:url/s:loc", SITEMAP_NS)], root


def test_the_sitemap_lists_every_live_page_and_public_product_in_each_language(client, site_content):
    carpet = pf.product("Tapis hanbel")
    hidden_product = pf.product("Tapis retiré de la vente")
    hidden_product.is_public = False
    hidden_product.save()
    draft = pf.story("Histoire en brouillon", slug="brouillon", live=False)
    withdrawn = pf.artisan(site_content["region"], "Artisane retirée", slug="retiree")
    withdrawn.unpublish()

    locations, root = sitemap_locations(client)

    for key in ("home", "region", "cooperative", "artisan", "index", "story"):
        # In French only until translated (translations: tests/core/test_page_translations.py).
        assert f"http://localhost{site_content[key].url}" in locations, key
    for language in ("fr", "ar", "en"):
        assert f"http://localhost/{language}/shop/catalogue/{carpet.slug}_{carpet.pk}/" in locations
    assert not [loc for loc in locations if f"_{hidden_product.pk}/" in loc]
    assert not [loc for loc in locations if "/brouillon/" in loc or "/retiree/" in loc]
    assert len(locations) == len(set(locations))
    alternates = root.findall("s:url/x:link", SITEMAP_NS)
    assert {link.get("hreflang") for link in alternates} == {"fr", "ar", "en"}


def test_the_sitemap_and_robots_txt_are_outside_the_language_prefixes(client):
    assert client.get("/fr/sitemap.xml").status_code == 404
    assert client.get("/fr/robots.txt").status_code == 404


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_back_offices(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /cms/" in lines and "Disallow: /dashboard/" in lines
    assert "Disallow: /*/shop/checkout/" in lines


@pytest.mark.parametrize("key", ["home", "region", "cooperative", "artisan", "index", "story"])
def test_every_page_has_landmarks_and_its_headings_in_order(client, site_content, key):
    pf.product("Tapis hanbel", artisan_page=site_content["artisan"], partner_obj=site_content["cooperative"].partner)
    html = client.get(site_content[key].url).content.decode()

    for landmark in ('<header class="site-header">', '<main id="main"', '<footer class="site-footer">', "<nav "):
        assert landmark in html
    main = html.split('<main id="main"', 1)[1].split("</main>", 1)[0]
    levels = [int(level) for level in re.findall(r"<h([1-6])[\s>]", main)]
    assert levels[0] == 1 and levels.count(1) == 1, levels
    for previous, level in zip(levels, levels[1:]):
        assert level <= previous + 1, levels  # never skips a level going down
