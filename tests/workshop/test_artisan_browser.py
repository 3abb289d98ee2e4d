"""Real-browser journeys (headless Chromium on a phone-sized screen) through the artisans' workshop:
- an artisan logs in, changes their page, submits it; a moderator approves in /cms/; the change is live;
- a new artisan adds a product with a photo; an editor approves it in /cms/; it appears on their page and in the shop;
- a maker applies; an editor approves; the new artisan chooses a password from the invitation and logs in."""

import os
import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from PIL import Image

from cooperatives.models import ArtisanApplication
from tests import page_factories as pages
from tests.artisan_factories import artisan_with_login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True),
              pytest.mark.usefixtures("with_migration_data")]

PHONE = {"width": 412, "height": 915}


def base_url(live_server):
    return live_server.url.replace("localhost", "127.0.0.1")


def log_in(page, base, email, password):
    page.goto(f"{base}/fr/shop/accounts/login/")
    page.fill("#id_login-username", email)
    page.fill("#id_login-password", password)
    page.click("button[name=login_submit]")
    page.wait_for_load_state()


def photo_file(tmp_path, name="tapis.jpg"):
    path = tmp_path / name
    Image.new("RGB", (2000, 1500), (150, 90, 40)).save(path, format="JPEG")
    return str(path)


def test_an_artisan_changes_their_page_and_it_goes_live_once_approved(live_server, chromium, django_user_model,
                                                                      artifacts_dir):
    user, artisan, __ = artisan_with_login(username="fatimetou", quote="Ancienne citation")
    moderator = django_user_model.objects.create_user("moderatrice", "moderation@example.ma", "motdepasse-moderation")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    base = base_url(live_server)
    browser = chromium.new_context(locale="fr-FR", viewport=PHONE)
    page = browser.new_page()
    try:
        log_in(page, base, "fatimetou@example.ma", "motdepasse-artisan")
        assert page.url == f"{base}/fr/atelier/"
        page.click('a[href="/fr/atelier/my-page/"]')
        page.fill("#id_quote", "Chaque tapis raconte une famille.")
        page.click("button[type=submit].workshop-big-button")
        page.wait_for_url(f"{base}/fr/atelier/")
        page.screenshot(path=os.path.join(artifacts_dir, "workshop-home.png"), full_page=True)
        page.goto(f"{base}{artisan.url}")
        assert "Chaque tapis raconte une famille." not in page.content()
    finally:
        browser.close()

    browser = chromium.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    page = browser.new_page()
    try:
        page.goto(f"{base}/cms/login/")
        page.fill("#id_username", "moderatrice")
        page.fill("#id_password", "motdepasse-moderation")
        page.click("button[type=submit]")
        page.wait_for_url(f"{base}/cms/")
        page.goto(f"{base}/cms/pages/{artisan.pk}/edit/")
        approve = page.locator('button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])')
        approve.first.dispatch_event("click")
        page.wait_for_load_state("networkidle")
        page.goto(f"{base}{artisan.url}")
        assert "Chaque tapis raconte une famille." in page.content()
    finally:
        browser.close()


def test_a_new_artisans_product_goes_on_sale_once_an_editor_approves_it(live_server, chromium, tmp_path,
                                                                         artifacts_dir, django_user_model):
    user, artisan, __ = artisan_with_login(username="aicha")
    editor = django_user_model.objects.create_user("redactrice", "redaction@example.ma", "motdepasse-redaction")
    editor.groups.add(Group.objects.get(name="Editors"))
    base = base_url(live_server)
    browser = chromium.new_context(locale="fr-FR", viewport=PHONE)
    page = browser.new_page()
    try:
        log_in(page, base, "aicha@example.ma", "motdepasse-artisan")
        page.click('a[href="/fr/atelier/products/"]')
        page.click('a[href="/fr/atelier/products/new/"]')
        page.fill("#id_title", "Plat tajine peint")
        page.set_input_files("#id_photo", photo_file(tmp_path))
        page.fill("#id_price", "320")
        page.fill("#id_stock", "4")
        page.fill("#id_weight_grams", "1800")
        page.click("button[type=submit].workshop-big-button")
        page.wait_for_url(f"{base}/fr/atelier/products/")
        assert "Plat tajine peint" in page.content()
        assert "validation" in page.inner_text(".workshop-products")  # waiting for an editor's approval
        page.screenshot(path=os.path.join(artifacts_dir, "workshop-products.png"), full_page=True)
        page.goto(f"{base}{artisan.url}")
        assert "Plat tajine peint" not in page.content()

        editing = browser.new_page()
        editing.goto(f"{base}/cms/login/")
        editing.fill("#id_username", "redactrice")
        editing.fill("#id_password", "motdepasse-redaction")
        editing.click("button[type=submit]")
        editing.wait_for_load_state()
        editing.goto(f"{base}/cms/products-to-approve/")
        assert "Plat tajine peint" in editing.content()
        editing.click("form[action*='approve'] button[type=submit]")
        editing.wait_for_load_state()

        page.goto(f"{base}{artisan.url}")
        assert "Plat tajine peint" in page.content()
        from oscar.core.loading import get_model

        product = get_model("catalogue", "Product").objects.get(title="Plat tajine peint")
        page.goto(f"{base}{product.get_absolute_url()}")
        assert "Plat tajine peint" in page.inner_text("h1")
        assert page.locator("img[src*='/media/']").count() >= 1
    finally:
        browser.close()


def test_a_maker_applies_is_approved_and_logs_in_to_their_workshop(live_server, chromium, django_user_model,
                                                                     tmp_path, artifacts_dir):
    region = pages.region(title="Dakhla-Oued Eddahab")
    editor = django_user_model.objects.create_user("redactrice", "redaction@example.ma", "motdepasse-redaction")
    editor.groups.add(Group.objects.get(name="Editors"))
    base = base_url(live_server)
    browser = chromium.new_context(locale="fr-FR", viewport=PHONE)
    page = browser.new_page()
    try:
        page.goto(f"{base}/fr/devenir-artisan/")
        page.fill("#id_name", "Mariem Mint Sidi")
        page.select_option("#id_region", str(region.pk))
        page.fill("#id_phone", "06 12 34 56 78")
        page.fill("#id_email", "mariem@example.ma")
        page.fill("#id_presentation", "Je tresse des nattes en palmier depuis vingt ans.")
        page.set_input_files("#id_photo_1", photo_file(tmp_path, "natte.jpg"))
        page.click("button[type=submit].workshop-big-button")
        page.wait_for_url(f"{base}/fr/devenir-artisan/merci/")
    finally:
        browser.close()
    application = ArtisanApplication.objects.get()

    browser = chromium.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    page = browser.new_page()
    try:
        page.goto(f"{base}/cms/login/")
        page.fill("#id_username", "redactrice")
        page.fill("#id_password", "motdepasse-redaction")
        page.click("button[type=submit]")
        page.wait_for_url(f"{base}/cms/")
        page.goto(f"{base}/cms/artisan_applications/inspect/{application.pk}/")
        page.click(f'form[action="/cms/artisan_applications/{application.pk}/approve/"] button')
        page.wait_for_url(re.compile(r".*/cms/pages/\d+/edit/$"))
    finally:
        browser.close()

    [invitation] = mail.outbox
    link = re.search(r"https?://\S+/fr/shop/password-reset/confirm/\S+/", invitation.body).group(0)
    path = re.sub(r"^https?://[^/]+", "", link)
    browser = chromium.new_context(locale="fr-FR", viewport=PHONE)
    page = browser.new_page()
    try:
        page.goto(f"{base}{path}")
        page.fill("#id_new_password1", "Tapis-de-laine-2026")
        page.fill("#id_new_password2", "Tapis-de-laine-2026")
        page.locator("form button[type=submit]").last.click()
        page.wait_for_load_state()
        log_in(page, base, "mariem@example.ma", "Tapis-de-laine-2026")
        assert page.url == f"{base}/fr/atelier/"
        assert "Mariem Mint Sidi" in page.content()
        page.screenshot(path=os.path.join(artifacts_dir, "workshop-new-artisan.png"), full_page=True)
    finally:
        browser.close()
