"""Editing a product's three languages: staff edit the title and description in French, Arabic and English in Oscar's
dashboard, and an artisan's text lands in the language they write in, in their workshop."""

import re
from html.parser import HTMLParser

import pytest
from oscar.core.loading import get_model

from tests import page_factories as pages
from tests.artisan_factories import artisan_with_login, photo_upload, product_post
from tests.shop.test_product_translations import html_of, translated_product, url_in

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")


# --- Oscar's dashboard: staff edit the three languages -----------------------------------------------------------


class FormFields(HTMLParser):
    """The values a browser would post for each form with method="post" of a page."""

    def __init__(self):
        super().__init__()
        self.forms, self.fields, self.textarea, self.select = [], None, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("method") or "").lower() == "post":
            self.fields = {}
            self.forms.append(self.fields)
        if self.fields is None or (not attrs.get("name") and tag != "option"):
            return
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            if kind not in ("submit", "file", "button"):
                self.fields[attrs["name"]] = attrs.get("value", "on" if kind == "checkbox" else "")
        elif tag == "textarea":
            self.textarea = attrs["name"]
            self.fields[self.textarea] = ""
        elif tag == "select":
            self.select = attrs["name"]
            self.fields.setdefault(self.select, "")
        elif tag == "option" and self.select and "selected" in attrs:
            self.fields[self.select] = attrs.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form":
            self.fields = None
        elif tag == "textarea":
            self.textarea = None
        elif tag == "select":
            self.select = None

    def handle_data(self, data):
        if self.textarea and self.fields is not None:
            self.fields[self.textarea] += data


def posted_fields(html, having):
    """The fields of the page's post form that has a field named `having`."""
    parser = FormFields()
    parser.feed(html)
    fields = next(fields for fields in parser.forms if having in fields)
    # A browser drops the line break that follows <textarea>.
    return {name: value[1:] if value.startswith("\n") else value for name, value in fields.items()}


def in_a_category(product):
    """Oscar's dashboard refuses a standalone product without a category."""
    from oscar.apps.catalogue.categories import create_from_breadcrumbs

    get_model("catalogue", "ProductCategory").objects.create(product=product,
                                                             category=create_from_breadcrumbs("Tapis"))
    return product


def test_staff_edit_the_title_and_description_in_three_languages_in_the_dashboard(client, administrator):
    product = in_a_category(translated_product(fr="Tapis hanbel", description_fr="Laine de chameau."))
    client.force_login(administrator)
    url = f"/dashboard/catalogue/products/{product.pk}/"

    form = html_of(client.get(url))
    for name in ("title_fr", "title_ar", "title_en", "description_fr", "description_ar", "description_en"):
        assert f'name="{name}"' in form
    assert re.search(r'name="title_ar"[^>]*dir="rtl"|dir="rtl"[^>]*name="title_ar"', form)
    data = posted_fields(form, "title_fr")
    assert data["title_fr"] == "Tapis hanbel"
    data.update({"title_ar": "زربية حنبل", "title_en": "Hanbel carpet", "description_ar": "صوف الإبل.",
                 "description_en": "Camel wool."})
    response = client.post(url, data)

    assert response.status_code == 302, response.content.decode()[:3000]
    product.refresh_from_db()
    assert (product.title_fr, product.title_ar, product.title_en) == ("Tapis hanbel", "زربية حنبل", "Hanbel carpet")
    assert product.description_fr == "Laine de chameau."
    assert product.description_ar == "صوف الإبل." and product.description_en == "Camel wool."
    assert "زربية حنبل" in html_of(client.get(url_in("ar", product)))


def test_the_dashboard_refuses_a_product_without_any_title(client, administrator):
    product = in_a_category(translated_product(fr="Tapis hanbel"))
    client.force_login(administrator)
    url = f"/dashboard/catalogue/products/{product.pk}/"
    data = posted_fields(html_of(client.get(url)), "title_fr")
    data.update({"title_fr": "", "title_ar": "", "title_en": ""})

    response = client.post(url, data)

    assert response.status_code == 200
    product.refresh_from_db()
    assert product.title_fr == "Tapis hanbel"


# --- The artisan's workshop: their text lands in the language they write in ------------------------------------


def test_an_artisan_writing_on_the_arabic_site_saves_the_arabic_title_and_french_visitors_still_see_it(client):
    # In a region whose new makers' products go on sale without an editor's look (tests/shop/test_going_live.py).
    user, __, __ = artisan_with_login(region_page=pages.region(review_new_makers_products=False))
    client.force_login(user)

    form = html_of(client.get("/ar/atelier/products/new/"))
    assert 'name="language"' in form
    response = client.post("/ar/atelier/products/new/", product_post(
        title="زربية حنبل زرقاء", description="صوف الإبل، 120 × 80 سم.", language="ar", photo=photo_upload()))

    assert response.status_code == 302
    product = Product.objects.get()
    assert product.title_ar == "زربية حنبل زرقاء" and product.description_ar == "صوف الإبل، 120 × 80 سم."
    assert not product.title_fr
    assert "زربية حنبل زرقاء" in html_of(client.get(url_in("fr", product)))


def test_an_artisan_editing_in_arabic_keeps_the_french_title_and_adds_the_arabic_one(client):
    user, page, partner = artisan_with_login()
    product = translated_product(fr="Tapis hanbel bleu", partner_obj=partner, artisan_page=page)
    client.force_login(user)
    url = f"/ar/atelier/products/{product.pk}/"

    form = posted_fields(html_of(client.get(url)), "title")
    assert form["title"] == "Tapis hanbel bleu" and form["language"] == "fr"  # the text it has, not a blank
    client.post(url, product_post(title="زربية حنبل زرقاء", description="", language="ar"))

    product.refresh_from_db()
    assert product.title_fr == "Tapis hanbel bleu" and product.title_ar == "زربية حنبل زرقاء"


def test_an_artisan_typing_arabic_on_the_french_site_saves_the_arabic_title(client):
    user, page, partner = artisan_with_login()
    product = translated_product(fr="Tapis hanbel bleu", partner_obj=partner, artisan_page=page)
    client.force_login(user)

    response = client.post(f"/fr/atelier/products/{product.pk}/",
                           product_post(title="زربية حنبل زرقاء", description="", language="fr"))

    assert response.status_code == 302
    product.refresh_from_db()
    assert product.title_ar == "زربية حنبل زرقاء"
    assert product.title_fr == "Tapis hanbel bleu"


def test_staff_find_a_product_by_its_french_title_in_the_dashboard_list(client, administrator):
    translated_product(fr="Tapis hanbel", ar="زربية حنبل")
    translated_product(fr="Plat à tajine")
    client.force_login(administrator)

    html = html_of(client.get("/dashboard/catalogue/", {"title": "hanbel"}))

    assert "Tapis hanbel" in html and "Plat à tajine" not in html
