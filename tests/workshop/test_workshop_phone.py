"""The workshop on a phone (issue #15), in headless Chromium at 360 × 740 in French and Arabic: a cooperative manager
with a product and a real cash-on-delivery parcel goes through every workshop page; none scrolls sideways, the
compact header (the maker's name, "My workshop", the logout) stays within a quarter of the screen, and Arabic pages
run right to left with the order's date written in Arabic. On the shop's pages a maker finds the way back."""

import os

import pytest
from babel.dates import format_date
from django.utils import timezone

from cooperatives.accounts import link_manager
from shop.payment.methods import CASH_ON_DELIVERY
from tests import factories
from tests import page_factories as pages
from tests.artisan_factories import artisan_with_login
from tests.journeys import GUEST_ADDRESS
from tests.orders_helpers import CommittingClient, buy

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True),
              pytest.mark.usefixtures("with_migration_data")]

PHONE = {"width": 360, "height": 740}
COOPERATIVE = "Coopérative féminine de tissage Oued-Eddahab-Lagouira"
PASSWORD = "motdepasse-gerante"
# Long words a phone must wrap: a product name, an email, an address line.
PRODUCT = "Tapis hanbel en laine de chameau tissé à la main, motifs sahraouis traditionnels"
BUYER_EMAIL = "khadija.benali.commandes.artisanat@example.ma"
ADDRESS = dict(GUEST_ADDRESS, line1="Résidence-Al-Wahda-immeuble-12-appartement-34, avenue Mohammed V prolongée")


def base_url(live_server):
    return live_server.url.replace("localhost", "127.0.0.1")


@pytest.fixture
def workshop(django_user_model):
    """A cooperative manager, the cooperative's member with one product, and one parcel of a real COD order."""
    factories.morocco()
    __, artisan, partner = artisan_with_login(cooperative=True, title="Mariem Mint Sidi Ahmed Ould Bouh")
    cooperative = artisan.get_parent().specific
    cooperative.title = COOPERATIVE
    cooperative.save_revision().publish()
    manager = django_user_model.objects.create_user("gerante", "gerante@example.ma", PASSWORD)
    link_manager(manager, cooperative)
    product = pages.product(title=PRODUCT, partner_obj=partner, artisan_page=artisan, price="1850.00")
    __, order = buy(CommittingClient(), product, CASH_ON_DELIVERY, email=BUYER_EMAIL, address=ADDRESS)
    return {"product": product, "order": order, "parcel": order.fulfilment_groups.get()}


def log_in(page, base, language):
    page.goto(f"{base}/{language}/shop/accounts/login/")
    page.fill("#id_login-username", "gerante@example.ma")
    page.fill("#id_login-password", PASSWORD)
    page.click("button[name=login_submit]")
    page.wait_for_load_state()


def widths(page):
    return page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")


def too_wide(page):
    """What sticks out of the viewport (to say why a page scrolls sideways)."""
    return page.evaluate("""() => [...document.querySelectorAll('body *')]
        .filter(e => { const r = e.getBoundingClientRect(); return r.width && (r.right > innerWidth + 0.5 || r.left < -0.5); })
        .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().width))""")


def small_tap_targets(page):
    """Header controls, card links and big buttons lower than 44 px."""
    return page.evaluate("""() => [...document.querySelectorAll(
            '.workshop-header a, .workshop-header button, .workshop-card__link, .workshop-big-button, .workshop-link')]
        .filter(e => e.getBoundingClientRect().height < 43.5)
        .map(e => e.className + ' ' + Math.round(e.getBoundingClientRect().height))""")


def inside_the_viewport(box):
    return box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] + 0.5 and box["y"] >= 0


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_workshop_page_fits_a_360_px_phone_with_the_compact_header(live_server, chromium, workshop, language,
                                                                          artifacts_dir):
    base = base_url(live_server)
    parcel, product = workshop["parcel"], workshop["product"]
    placed = format_date(timezone.localtime(workshop["order"].date_placed).date(), "long", locale=language)
    urls = {
        "home": "atelier/",
        "products": "atelier/products/",
        "product-form": f"atelier/products/{product.pk}/",
        "parcels": "atelier/parcels/",
        "parcel": f"atelier/parcels/{parcel.pk}/",
        "members": "atelier/members/",
        "earnings": "atelier/earnings/",
    }
    browser = chromium.new_context(locale="ar-MA" if language == "ar" else "fr-FR", viewport=PHONE)
    page = browser.new_page()
    measured = {}
    try:
        log_in(page, base, language)
        for name, path in urls.items():
            response = page.goto(f"{base}/{language}/{path}")
            assert response.status == 200, (name, response.status)
            page.screenshot(path=os.path.join(artifacts_dir, f"workshop-phone-{language}-{name}.png"), full_page=True)
            scroll_width, inner_width = widths(page)
            assert scroll_width <= inner_width, (name, scroll_width, too_wide(page))
            logout = page.locator(".workshop-header .logout-form__button")
            assert logout.is_visible(), name
            assert inside_the_viewport(logout.bounding_box()), (name, logout.bounding_box())
            assert page.locator(".workshop-header__maker").inner_text().strip() == COOPERATIVE, name
            home_link = page.locator(f'.workshop-header a[href="/{language}/atelier/"]')
            assert home_link.is_visible() and inside_the_viewport(home_link.bounding_box()), name
            header = page.locator(".workshop-header").bounding_box()["height"]
            assert header <= 0.25 * PHONE["height"], (name, header)
            assert page.locator(".site-header").count() == 0, name
            assert small_tap_targets(page) == [], name
            measured[name] = (scroll_width, round(header))
            if language == "ar":
                assert page.get_attribute("html", "dir") == "rtl", name
            if name in ("parcels", "parcel"):
                assert placed in page.inner_text("main"), (name, placed)
        if language == "ar":
            assert "ديسمبر" in placed or timezone.localtime(workshop["order"].date_placed).month != 12
        print(language, measured)
    finally:
        browser.close()


def test_a_maker_in_the_shop_finds_the_way_back_to_the_workshop_and_logs_out(live_server, chromium, workshop,
                                                                            artifacts_dir):
    base = base_url(live_server)
    browser = chromium.new_context(locale="fr-FR", viewport=PHONE)
    page = browser.new_page()
    try:
        page.goto(f"{base}/fr/shop/catalogue/")
        assert page.locator(".site-nav__workshop").count() == 0
        assert page.locator(".site-header .logout-form__button").count() == 0

        log_in(page, base, "fr")
        page.goto(f"{base}/fr/shop/catalogue/")
        page.screenshot(path=os.path.join(artifacts_dir, "workshop-phone-fr-catalogue-maker.png"), full_page=True)
        scroll_width, inner_width = widths(page)
        assert scroll_width <= inner_width, (scroll_width, too_wide(page))
        back = page.locator(".site-nav__workshop")
        assert back.is_visible() and back.inner_text().strip() == "Mon atelier"
        assert page.locator(".site-header .logout-form__button").is_visible()
        back.click()
        page.wait_for_url(f"{base}/fr/atelier/")

        page.click(".workshop-header .logout-form__button")
        page.wait_for_load_state()
        page.goto(f"{base}/fr/shop/catalogue/")
        assert page.locator(".site-nav__workshop").count() == 0
        page.goto(f"{base}/fr/atelier/")
        assert "/accounts/login/" in page.url
    finally:
        browser.close()
