"""Regions, cooperatives and artisans as a visitor sees them. The page tree's rules and the reserved slugs are in
test_page_tree_rules.py; the fixtures both use in conftest.py."""

import pytest

from cooperatives.models import CooperativePage
from tests import page_factories as pf

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("french")]


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def section(html, section_id):
    """The HTML of one <section aria-labelledby=...> of a page."""
    return html.split(f'id="{section_id}"', 1)[1].split("</section>", 1)[0]


@pytest.fixture
def ahmed(dakhla, leather):
    """An independent artisan: his own partner sells his products."""
    return pf.artisan(dakhla, "Ahmed Ould Salem", slug="ahmed", crafts=[leather],
                      partner=pf.partner("Ahmed Ould Salem"))


# -- Region ------------------------------------------------------------------------------------------------------


def test_a_region_shows_its_crafts_cooperatives_artisans_stories_products_and_workshops(
    client, dakhla, nour, fatimetou, ahmed, nour_partner, weaving
):
    pf.workshop(dakhla, "Atelier de tannage de la lagune", address="Route de la lagune, km 12",
                opening_hours="Tous les jours, 10:00–18:00", phone="+212 6 61 23 45 67",
                latitude="23.700000", longitude="-15.930000")
    story = pf.story("Les tisserandes de la lagune", crafts=[weaving], region_page=dakhla)
    carpet = pf.product("Tapis de Nour", partner_obj=nour_partner, artisan_page=fatimetou)
    belt = pf.product("Ceinture en cuir brodé", partner_obj=ahmed.partner)

    html = html_of(client, dakhla)

    assert '<h1 class="hero__title" id="page-title" dir="auto">Dakhla-Oued Eddahab</h1>' in html
    assert "Entre l&#x27;Atlantique et le Sahara." in html and "La lagune et ses ateliers." in html
    crafts = section(html, "region-crafts")
    assert "Tissage de tapis" in crafts and "Maroquinerie" in crafts
    assert "Coopérative Nour" in section(html, "region-cooperatives")
    artisans = section(html, "region-artisans")
    assert "Fatimetou Mint Ahmed" in artisans and "Ahmed Ould Salem" in artisans
    assert story.title in section(html, "region-stories")
    products = section(html, "region-products")
    assert carpet.title in products and belt.title in products
    workshops = section(html, "region-workshops")
    assert "Atelier de tannage de la lagune" in workshops
    assert "Route de la lagune, km 12" in workshops and "Tous les jours, 10:00–18:00" in workshops
    assert 'href="tel:+212661234567"' in workshops
    assert "https://www.openstreetmap.org/?mlat=23.700000&amp;mlon=-15.930000" in workshops


def test_a_region_lists_neither_unpublished_cooperatives_artisans_nor_stories(client, dakhla, nour, weaving):
    pf.cooperative(dakhla, "Coopérative en préparation", live=False)
    pf.artisan(nour, "Artisane pas encore présentée", live=False)
    pf.story("Histoire en brouillon", region_page=dakhla, live=False)

    html = html_of(client, dakhla)

    assert "Coopérative en préparation" not in html
    assert "Artisane pas encore présentée" not in html
    assert "Histoire en brouillon" not in html


# -- Cooperative ------------------------------------------------------------------------------------------------


def test_a_cooperative_shows_its_facts_story_gallery_visit_details_artisans_and_products(
    client, nour, fatimetou, nour_partner
):
    carpet = pf.product("Tapis de Nour", partner_obj=nour_partner, artisan_page=fatimetou, price="1200.00")
    sold_out = pf.sold_out_product(title="Coussin épuisé", partner_obj=nour_partner)
    elsewhere = pf.product("Produit d'un autre partenaire")

    html = html_of(client, nour)

    assert '<h1 class="profile__title" dir="auto">Coopérative Nour</h1>' in html
    assert "Coopérative" in html and "2004" in html and "38" in html
    assert "Tout a commencé sous une tente." in section(html, "cooperative-story")
    gallery = section(html, "cooperative-gallery")
    assert 'alt="L&#x27;atelier de Nour"' in gallery and "L&#x27;atelier" in gallery
    visit = section(html, "cooperative-visit")
    assert "Quartier Al Wahda, Dakhla" in visit and "Lundi à samedi, 9:00–17:00" in visit
    assert 'href="tel:+212528891234"' in visit and 'href="mailto:nour@example.ma"' in visit
    assert "openstreetmap.org" in visit
    assert "Fatimetou Mint Ahmed" in section(html, "cooperative-artisans")
    products = section(html, "cooperative-products")
    assert carpet.title in products and "1\u202f200,00\xa0MAD" in products
    assert f"/shop/basket/add/{carpet.pk}/" in products
    assert sold_out.title in products and f"/shop/basket/add/{sold_out.pk}/" not in products
    assert elsewhere.title not in products
    assert 'href="/fr/dakhla/"' in html  # its region


def test_a_cooperative_without_a_shop_partner_says_it_has_nothing_on_sale(client, dakhla):
    cooperative = pf.cooperative(dakhla, "Association sans boutique", legal_form=CooperativePage.LegalForm.ASSOCIATION)

    html = html_of(client, cooperative)

    assert "Association" in html
    assert 'class="product-card' not in html


# -- Artisan ----------------------------------------------------------------------------------------------------


def test_an_artisan_profile_shows_who_they_are_their_products_and_the_stories_that_feature_them(
    client, fatimetou, nour, dakhla, nour_partner
):
    carpet = pf.product("Tapis de Fatimetou", partner_obj=nour_partner, artisan_page=fatimetou)
    by_someone_else = pf.product("Tapis d'une autre tisserande", partner_obj=nour_partner)
    story = pf.story("Fatimetou et le hanbel", body=[
        {"type": "paragraph", "value": "<p>Rencontre.</p>"},
        {"type": "artisan", "value": {"artisan": fatimetou.pk}},
    ])
    not_about_her = pf.story("Une autre histoire")

    html = html_of(client, fatimetou)

    assert '<h1 class="profile__title" dir="auto">Fatimetou Mint Ahmed</h1>' in html
    assert 'alt="Fatimetou devant son métier"' in html
    assert "Tissage de tapis" in html and "25" in html
    assert "Nœud berbère sur métier vertical." in html and "laine de chameau, henné" in html
    assert "La laine garde la mémoire des familles." in html
    assert "Née à Bir Gandouz." in html
    assert 'alt="Un tapis achevé"' in section(html, "artisan-gallery")
    breadcrumbs = html.split('class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]
    assert f'href="{dakhla.url}"' in breadcrumbs and f'href="{nour.url}"' in breadcrumbs
    products = section(html, "artisan-products")
    assert carpet.title in products and by_someone_else.title not in products
    stories = section(html, "artisan-stories")
    assert story.title in stories and not_about_her.title not in stories


def test_an_independent_artisan_shows_what_they_make_and_what_their_shop_sells(client, ahmed, dakhla):
    belt = pf.product("Ceinture brodée", partner_obj=ahmed.partner)
    made_elsewhere = pf.product("Sac vendu par une coopérative", artisan_page=ahmed)

    html = html_of(client, ahmed)

    products = section(html, "artisan-products")
    assert belt.title in products and made_elsewhere.title in products
    assert products.count(f"/shop/basket/add/{belt.pk}/") == 1  # listed once


def test_an_artisan_without_a_portrait_gets_a_placeholder(client, dakhla):
    artisan = pf.artisan(dakhla, "Mina Benali", slug="mina")

    html = html_of(client, artisan)

    assert '<h1 class="profile__title" dir="auto">Mina Benali</h1>' in html
    assert 'class="portrait-placeholder"' in html and ">MB<" in html
    assert "picture--portrait" not in html


def test_stories_about_an_artisan_follow_publishing(client, fatimetou):
    body = [{"type": "artisan", "value": {"artisan": fatimetou.pk}}]
    story = pf.story("Portrait de Fatimetou", body=body)
    never_published = pf.story("Brouillon sur Fatimetou", body=body, live=False)
    assert story.title in html_of(client, fatimetou)
    assert never_published.title not in html_of(client, fatimetou)

    # A draft that drops the artisan changes nothing until it is published.
    story.body = [{"type": "paragraph", "value": "<p>Autre sujet.</p>"}]
    story.save_revision()
    assert story.title in html_of(client, fatimetou)
    story.get_latest_revision().publish()
    assert story.title not in html_of(client, fatimetou)

    # Unpublishing removes it too.
    other = pf.story("Fatimetou à la foire", body=body)
    assert other.title in html_of(client, fatimetou)
    other.unpublish()
    assert other.title not in html_of(client, fatimetou)


def test_a_prolific_artisan_shows_their_newest_products_and_a_link_to_all_of_them(client):
    from urllib.parse import quote

    from tests import scale_factories

    region = pf.region("Marrakech-Safi", slug="marrakech-safi")
    cooperative = pf.cooperative(region, "Coopérative des potiers", slug="potiers", partner=pf.partner("Potiers"))
    potter = pf.artisan(cooperative, "Abdelkader Potier", slug="abdelkader")
    scale_factories.products(30, cooperative.partner, title="Tajine de Safi", artisan=potter)

    for page in (potter, cooperative):
        html = client.get(page.url).content.decode()
        assert html.count('<article class="product-card') == 24  # the newest 24, not thirty cards
        assert f'href="/fr/search/?q={quote(page.title)}"' in html
