"""A guest pays by card in headless Chromium, through the local stand-in for CMI's payment page, and sees the order
paid: the signed form posts itself to the gateway, the gateway calls back, the browser returns to the shop."""

import os
import re

import pytest
from django.conf import settings
from django.contrib.sites.models import Site

from tests.journeys import browser_guest_to_payment
from tests.orders_helpers import Order, france

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True),
              pytest.mark.usefixtures("with_migration_data")]


def test_a_guest_pays_by_card_through_the_stand_in_gateway_and_sees_the_order_paid(
    live_server, chromium, carpet, morocco, artifacts_dir
):
    # Django's Site row (post_migrate data) may be missing after another test flushed the database.
    Site.objects.get_or_create(pk=settings.SITE_ID, defaults={"domain": "127.0.0.1", "name": "Dakhla Market"})
    france()  # with a single country Oscar's address form has no country field
    base = live_server.url.replace("localhost", "127.0.0.1")
    page = chromium.new_page(locale="fr-FR", viewport={"width": 412, "height": 915})
    try:
        browser_guest_to_payment(page, base, carpet)

        page.check("#id_method_card-cmi")
        page.click("#view_preview")
        page.click("#place-order")

        # Our page posts the signed form by itself; the stand-in plays the bank.
        page.wait_for_url(re.compile(r".*/payment/cmi/stand-in/$"))
        order = Order.objects.get()
        assert order.status == "Awaiting payment"
        assert order.number in page.inner_text("body")
        page.click("button[name=outcome][value=approve]")

        # The bank's callback arrived server to server; its page sends the browser back to okUrl.
        page.wait_for_url(re.compile(r".*/fr/shop/checkout/card/ok/.+"))
        assert page.locator("[data-order-status]").get_attribute("data-order-status") == "Paid"
        order.refresh_from_db()
        assert order.status == "Paid" and order.is_paid
        assert order.status_changes.get(new_status="Paid").via == "CMI callback"
        page.screenshot(path=os.path.join(artifacts_dir, "card-payment-paid.png"), full_page=True)
    finally:
        page.close()
