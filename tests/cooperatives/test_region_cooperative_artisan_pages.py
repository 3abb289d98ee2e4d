"""Regions, cooperatives and artisans as a visitor sees them, the page tree's rules, and the slugs editors may not
use because they would shadow the shop, its dashboard or the CMS."""

import pytest
from django.utils import translation
from wagtail.test.utils.form_data import querydict_from_html

from cooperatives.models import ArtisanPage, CooperativePage, RegionPage
from stories.models import HomePage, StoryIndexPage, StoryPage
from tests import page_factories as pf

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def french():
    with translation.override("fr"):
        yield


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def section(html, section_id):
    """The HTML of one <section aria-labelledby=...> of a page."""
    return html.split(f'id="{section_id}"', 1)[1].split("</section>", 1)[0]


@pytest.fixture
def weaving():
    return pf.craft("Tissage de tapis", "tissage")


@pytest.fixture
def leather():
    return pf.craft("Maroquinerie", "maroquinerie")


@pytest.fixture
def dakhla(weaving, leather):
    return pf.region("Dakhla-Oued Eddahab", slug="dakhla", crafts=[weaving, leather], hero_image=pf.image(),
                     introduction="Entre l'Atlantique et le Sahara.", body="<p>La lagune et ses ateliers.</p>")


@pytest.fixture
def nour_partner():
    return pf.partner("Coopérative Nour")


@pytest.fixture
def nour(dakhla, weaving, nour_partner):
    return pf.cooperative(
        dakhla, "Coopérative Nour", slug="nour", partner=nour_partner, crafts=[weaving],
        legal_form=CooperativePage.LegalForm.COOPERATIVE, founding_year=2004, members_count=38,
        story="<p>Tout a commencé sous une tente.</p>", address="Quartier Al Wahda, Dakhla",
        opening_hours="Lundi à samedi, 9:00–17:00", phone="+212 5 28 89 12 34", email="nour@example.ma",
        latitude="23.684774", longitude="-15.957976", logo=pf.image(title="Logo", description="Le logo de Nour"),
        gallery=[{"type": "image", "value": {"image": pf.image(title="Atelier", description="L'atelier de Nour").pk,
                                             "caption": "L'atelier", "credit": "Nour"}}],
    )


@pytest.fixture
def fatimetou(nour, weaving):
    return pf.artisan(
        nour, "Fatimetou Mint Ahmed", slug="fatimetou", crafts=[weaving], years_of_practice=25,
        technique="Nœud berbère sur métier vertical.", materials="laine de chameau, henné",
        quote="La laine garde la mémoire des familles.", biography="<p>Née à Bir Gandouz.</p>",
        portrait=pf.image(title="Portrait", description="Fatimetou devant son métier"),
        gallery=[{"type": "image", "value": {"image": pf.image(title="Tapis", description="Un tapis achevé").pk,
                                             "caption": "Un tapis achevé", "credit": ""}}],
    )


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


# -- The page tree -----------------------------------------------------------------------------------------------


def test_regions_cooperatives_and_artisans_follow_the_page_tree_rules(dakhla, nour, fatimetou):
    home = pf.home()

    assert RegionPage.can_create_at(home)
    assert CooperativePage.can_create_at(dakhla) and not CooperativePage.can_create_at(home)
    assert ArtisanPage.can_create_at(dakhla) and ArtisanPage.can_create_at(nour)
    assert not ArtisanPage.can_create_at(home) and not ArtisanPage.can_create_at(fatimetou)
    assert not RegionPage.can_create_at(dakhla)
    assert set(RegionPage.allowed_subpage_models()) == {CooperativePage, ArtisanPage}
    assert CooperativePage.allowed_subpage_models() == [ArtisanPage]
    assert ArtisanPage.allowed_subpage_models() == []
    assert not StoryPage.can_create_at(nour) and not StoryIndexPage.can_create_at(dakhla)
    assert HomePage.allowed_parent_page_models() != [RegionPage]


# -- Reserved slugs ----------------------------------------------------------------------------------------------


def editor_form(client, url):
    """The fields of a page editor form, as the browser would post them."""
    response = client.get(url)
    assert response.status_code == 200
    return querydict_from_html(response.content.decode(), form_id="page-edit-form")


def refused_as_reserved(response):
    html = response.content.decode()
    return response.status_code == 200 and ("est réservée" in html or "is reserved" in html)


@pytest.mark.parametrize("reserved", ["shop", "dashboard", "cms", "Shop"])
def test_a_top_level_page_may_not_take_a_reserved_slug_in_the_editor(client, administrator, dakhla, reserved):
    client.force_login(administrator)
    url = f"/cms/pages/{dakhla.pk}/edit/"
    data = editor_form(client, url)
    data["slug"] = reserved
    data["action-publish"] = "publish"

    response = client.post(url, data)

    assert refused_as_reserved(response)  # the form comes back with the message
    assert f'value="{reserved}"' in response.content.decode()  # what was typed is kept
    dakhla.refresh_from_db()
    assert dakhla.slug == "dakhla"
    assert dakhla.get_latest_revision().content["slug"] == "dakhla"


def test_saving_a_draft_with_a_reserved_slug_is_refused_as_well(client, administrator, dakhla):
    client.force_login(administrator)
    url = f"/cms/pages/{dakhla.pk}/edit/"
    data = editor_form(client, url)
    data["slug"] = "cms"
    revisions = dakhla.revisions.count()

    response = client.post(url, data)

    assert refused_as_reserved(response)
    assert dakhla.revisions.count() == revisions


def test_a_new_top_level_page_may_not_take_a_reserved_slug_either(client, administrator):
    client.force_login(administrator)
    url = f"/cms/pages/add/cooperatives/regionpage/{pf.home().pk}/"
    data = editor_form(client, url)
    data.update({"title": "Boutique", "slug": "shop", "introduction": "Une région.", "action-publish": "publish"})

    response = client.post(url, data)

    assert refused_as_reserved(response)
    assert not RegionPage.objects.filter(slug="shop").exists()

    data["slug"] = "boutique"  # the same form with another slug is accepted
    assert client.post(url, data).status_code == 302
    # wagtail-localize gives the new page its Arabic and English versions too.
    assert RegionPage.objects.get(slug="boutique", locale__language_code="fr").live
    assert RegionPage.objects.filter(slug="boutique").count() == 3


def test_a_reserved_slug_is_fine_deeper_in_the_tree(client, administrator, dakhla):
    cooperative = pf.cooperative(dakhla, "Coopérative Shop", slug="shop")

    assert cooperative.url == "/fr/dakhla/shop/"
    assert client.get(cooperative.url).status_code == 200


def test_a_reserved_slug_is_refused_in_code_too(dakhla):
    from django.core.exceptions import ValidationError

    dakhla.slug = "dashboard"
    with pytest.raises(ValidationError) as refused:
        dakhla.save_revision()
    assert "slug" in refused.value.message_dict


def test_copying_a_page_to_the_top_level_under_a_reserved_slug_is_refused(client, administrator, dakhla):
    client.force_login(administrator)
    url = f"/cms/pages/{dakhla.pk}/copy/"
    data = {"new_title": "Copie", "new_slug": "dashboard", "new_parent_page": str(pf.home().pk),
            "publish_copies": "on"}

    response = client.post(url, data)

    assert refused_as_reserved(response)
    assert not RegionPage.objects.filter(slug="dashboard").exists()
    data["new_slug"] = "dakhla-copie"
    assert client.post(url, data).status_code == 302
    assert RegionPage.objects.filter(slug="dakhla-copie").exists()


def test_moving_a_page_with_a_reserved_slug_to_the_top_level_is_refused(client, administrator):
    """A page whose slug was set before the rule existed (written directly to the database) cannot be moved under a
    home page either."""
    client.force_login(administrator)
    other_home = pf.home().get_parent().add_child(instance=HomePage(title="Autre site", slug="autre-site"))
    legacy = pf.story_index(parent=other_home, slug="ancien-index")
    StoryIndexPage.objects.filter(pk=legacy.pk).update(slug="shop")

    response = client.post(f"/cms/pages/{legacy.pk}/move/{pf.home().pk}/confirm/", follow=True)

    assert "est réservée" in response.content.decode() or "is reserved" in response.content.decode()
    legacy.refresh_from_db()
    assert legacy.get_parent().pk == other_home.pk


def test_a_draft_saved_in_code_with_a_reserved_slug_is_refused_too(dakhla):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        pf.region("Boutique", slug="shop", live=False)


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
