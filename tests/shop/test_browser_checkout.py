"""A guest buys a carpet through the real pages in headless Chromium and sees the order confirmation."""

import os
import re

import pytest
from oscar.core.loading import get_model

from tests.journeys import browser_guest_to_payment

Order = get_model("order", "Order")
Country = get_model("address", "Country")

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True),
              pytest.mark.usefixtures("with_migration_data")]


def test_a_guest_buys_through_the_real_pages_and_gets_a_confirmation(live_server, chromium, carpet, morocco, artifacts_dir):
    Country.objects.create(iso_3166_1_a2="FR", printable_name="France", name="France", is_shipping_country=True)
    base = live_server.url.replace("localhost", "127.0.0.1")
    page = chromium.new_page(locale="fr-FR", viewport={"width": 412, "height": 915})  # a phone
    try:
        browser_guest_to_payment(page, base, carpet)

        assert "Paiement à la livraison" in page.content()
        page.click("#view_preview")
        page.click("#place-order")
        page.wait_for_url(re.compile(r".*/checkout/thank-you/$"))

        order = Order.objects.get()
        assert order.number in page.inner_text("body")
        assert order.guest_email == "khadija@example.ma"
        page.screenshot(path=os.path.join(artifacts_dir, "guest-order-confirmation.png"), full_page=True)
    finally:
        page.close()
