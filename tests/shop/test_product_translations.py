"""Products in French, Arabic and English (django-modeltranslation): a visitor reads the title and description in
their language, French when it has none; the site search finds a product by its title in any language; staff edit
the three languages in Oscar's dashboard and an artisan's text lands in the language they write in."""

import re
from html.parser import HTMLParser

import pytest
from django.utils import translation
from oscar.core.loading import get_model

from tests import page_factories as pages
from tests.artisan_factories import artisan_with_login, photo_upload, product_post
from tests.search_factories import search_url

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")


def translated_product(fr="Tapis hanbel en laine de chameau", ar="", en="", description_fr="", description_ar="",
                       description_en="", **kwargs):
    product = pages.product(title=fr, **kwargs)
    product.title_ar, product.title_en = ar or None, en or None
    product.description_fr, product.description_ar, product.description_en = description_fr, description_ar, \
        description_en
    product.save()
    return pages.with_image(product)


def url_in(language, product):
    with translation.override(language):
        return product.get_absolute_url()


def html_of(response):
    assert response.status_code == 200
    return response.content.decode()


def test_existing_products_keep_their_french_title():
    product = pages.product(title="Pouf en cuir tanné")

    product.refresh_from_db()
    assert product.title_fr == "Pouf en cuir tanné"
    assert not product.title_ar and not product.title_en


def test_the_migration_copies_the_titles_of_existing_products_into_french():
    import importlib

    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    migration = importlib.import_module("shop.catalogue.migrations.0037_product_title_description_translations")
    product = pages.product(title="Pouf en cuir tanné")
    # A product as it was before the migration: only the untranslated columns are filled in.
    Product.objects.filter(pk=product.pk).update(title_fr=None, description_fr=None)
    Product.objects.filter(pk=product.pk).rewrite(False).update(title="Pouf en cuir tanné",
                                                                description="Cuir de chèvre.")

    # The models as the migration sees them (no modeltranslation descriptors or query rewriting).
    historical = MigrationLoader(connection).project_state(("catalogue", "0037_product_title_description_translations")).apps
    migration.copy_to_french(historical, None)

    product.refresh_from_db()
    assert product.title_fr == "Pouf en cuir tanné" and product.description_fr == "Cuir de chèvre."
    with translation.override("ar"):
        assert product.title == "Pouf en cuir tanné"


def test_an_arabic_visitor_reads_the_arabic_title_and_description_on_the_product_page(client):
    product = translated_product(ar="زربية حنبل من وبر الإبل", description_fr="Laine filée à la main.",
                                 description_ar="صوف مغزول يدويا.")

    html = html_of(client.get(url_in("ar", product)))

    assert "زربية حنبل من وبر الإبل" in html and "صوف مغزول يدويا." in html
    assert "Tapis hanbel en laine de chameau" not in html
    assert "Laine filée à la main." not in html


def test_an_arabic_visitor_reads_the_arabic_title_in_the_product_cards(client):
    translated_product(ar="زربية حنبل من وبر الإبل")

    html = html_of(client.get("/ar/shop/catalogue/"))

    assert "زربية حنبل من وبر الإبل" in html
    assert "Tapis hanbel en laine de chameau" not in html


def test_without_an_arabic_title_the_arabic_visitor_reads_the_french_one(client):
    product = translated_product(fr="Melhfa en voile de coton indigo", en="Indigo cotton voile melhfa")

    assert "Melhfa en voile de coton indigo" in html_of(client.get(url_in("ar", product)))
    assert "Melhfa en voile de coton indigo" in html_of(client.get("/ar/shop/catalogue/"))


def test_an_english_visitor_reads_the_english_title_and_a_french_one_the_french(client):
    product = translated_product(ar="زربية حنبل", en="Hanbel carpet in camel wool")

    english = html_of(client.get(url_in("en", product)))
    french = html_of(client.get(url_in("fr", product)))

    assert "Hanbel carpet in camel wool" in english
    assert ">Tapis hanbel en laine de chameau<" not in english and "<h1>Tapis hanbel" not in english
    assert "Tapis hanbel en laine de chameau" in french and "Hanbel carpet in camel wool" not in french


def test_the_search_finds_the_arabic_title_on_the_arabic_site_and_shows_it(client):
    translated_product(ar="زربية حنبل من وبر الإبل", en="Hanbel carpet in camel wool")
    translated_product(fr="Plat à tajine en terre cuite")

    html = html_of(client.get(search_url(lang="ar", q="وبر")))

    assert "زربية حنبل من وبر الإبل" in html
    assert "Plat à tajine" not in html


def test_the_search_finds_the_english_title_on_the_english_site_and_shows_it(client):
    translated_product(ar="زربية حنبل من وبر الإبل", en="Hanbel carpet in camel wool")
    translated_product(fr="Plat à tajine en terre cuite")

    html = html_of(client.get(search_url(lang="en", q="camel wool")))

    assert '<h3 class="product-card__title">Hanbel carpet in camel wool</h3>' in html
    assert "Plat à tajine" not in html


def test_the_search_finds_a_translated_description_and_the_start_of_a_translated_title(client):
    translated_product(en="Hanbel carpet", description_en="Woven by the women of the Sahrawi desert.")

    assert "Hanbel carpet" in html_of(client.get(search_url(lang="en", q="sahrawi")))
    assert "Hanbel carpet" in html_of(client.get(search_url(lang="en", q="hanb")))


def test_a_product_made_on_the_arabic_site_gets_its_slug_from_the_french_title():
    with translation.override("ar"):
        product = Product(title_fr="Coussin brodé", title_ar="وسادة مطرزة",
                          product_class=pages.product().product_class)
        product.save()

    assert product.slug == "coussin-brode"


def test_the_product_chooser_finds_a_product_by_its_arabic_title(client, administrator):
    translated_product(ar="زربية حنبل", upc="DM-TR-001")
    translated_product(fr="Plat à tajine", upc="DM-TR-002")
    client.force_login(administrator)

    html = html_of(client.get("/cms/product-chooser/results/", {"q": "حنبل"}))

    assert "DM-TR-001" in html and "DM-TR-002" not in html


def test_product_cards_in_arabic_cost_no_more_queries_than_in_french(client, django_assert_max_num_queries):
    def count_queries(language):
        client.get(f"/{language}/shop/catalogue/")  # warm-up: thumbnails, cached settings
        with django_assert_max_num_queries(60) as captured:
            html = html_of(client.get(f"/{language}/shop/catalogue/"))
        return html, len(captured)

    for number in range(8):
        translated_product(fr=f"Tapis numéro {number}", ar=f"زربية رقم {number}" if number % 2 else "")
    arabic, in_arabic = count_queries("ar")
    french, in_french = count_queries("fr")

    assert "زربية رقم 1" in arabic and "Tapis numéro 0" in arabic  # Arabic, or French when there is none
    assert "Tapis numéro 1" in french
    assert in_arabic == in_french


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
    user, __, __ = artisan_with_login()
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
