"""In a real browser (headless Chromium), the Arabic pages are laid out right to left: the home page, a story, a
product, the basket with a line and the checkout's shipping address step (as a guest). Each page is saved as a
screenshot in tests/artifacts/rtl/ (git-ignored), and its layout is checked mirrored: the header's logo on the right
half, the basket summary on the left half."""

import os
import re

import pytest
from django.utils import translation

from tests import page_factories as pages

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True),
              pytest.mark.usefixtures("with_migration_data")]

DESKTOP = {"width": 1280, "height": 900}


def box_centre(page, selector):
    box = page.locator(selector).first.bounding_box()
    assert box, f"{selector} is not displayed"
    return box["x"] + box["width"] / 2


def assert_mirrored(page, name, artifacts, basket_summary=True):
    page.screenshot(path=os.path.join(artifacts, f"{name}.png"), full_page=True)
    assert page.evaluate("document.documentElement.dir") == "rtl", name
    assert page.evaluate("document.documentElement.lang") == "ar", name
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl", name
    middle = DESKTOP["width"] / 2
    assert box_centre(page, ".brand") > middle, f"{name}: the logo should be on the right"
    if basket_summary:
        assert box_centre(page, ".basket-summary") < middle, f"{name}: the basket summary should be on the left"


def test_the_arabic_pages_are_mirrored(live_server, chromium, morocco, artifacts_dir):
    from oscar.core.loading import get_model

    get_model("address", "Country").objects.create(
        iso_3166_1_a2="FR", printable_name="France", name="France", is_shipping_country=True
    )
    rtl = os.path.join(artifacts_dir, "rtl")
    os.makedirs(rtl, exist_ok=True)
    carpet = pages.product(title="Tapis hanbel en laine", price="1850.00")
    story = pages.story(title="Le tapis hanbel", body=[{"type": "paragraph", "value": "<p>Il était une fois.</p>"}])
    # The story is written in French: in Arabic the site serves it under /ar/ (with the interface in Arabic).
    story_url = "/ar/" + story.url.split("/", 2)[2]
    with translation.override("ar"):
        product_url = carpet.get_absolute_url()
    assert product_url.startswith("/ar/")
    base = live_server.url.replace("localhost", "127.0.0.1")
    page = chromium.new_page(locale="ar-MA", viewport=DESKTOP)
    try:
        page.goto(f"{base}/ar/")
        assert_mirrored(page, "home", rtl)

        page.goto(f"{base}{story_url}")
        assert "Le tapis hanbel" in page.inner_text("h1")
        assert_mirrored(page, "story", rtl)

        page.goto(f"{base}{product_url}")
        assert_mirrored(page, "product", rtl)
        page.locator("#add_to_basket_form button[type=submit]").click()
        page.wait_for_load_state()
        assert page.locator(".basket-summary").get_attribute("data-basket-count") == "1"

        page.goto(f"{base}/ar/shop/basket/")
        assert "Tapis hanbel en laine" in page.inner_text("#content_inner")
        assert_mirrored(page, "basket", rtl)

        page.goto(f"{base}/ar/shop/checkout/")
        page.fill("#id_username", "khadija@example.ma")
        page.check("input[name=options][value=anonymous]")
        page.locator("form:has(#id_username) button[type=submit]").click()
        page.wait_for_url(re.compile(r".*/ar/shop/checkout/shipping-address/$"))
        assert_mirrored(page, "checkout-shipping-address", rtl, basket_summary=False)
        # The form's fields start on the right too.
        field = page.locator("#id_first_name").bounding_box()
        assert field["x"] + field["width"] > DESKTOP["width"] / 2
    finally:
        page.close()
