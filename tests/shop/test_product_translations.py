"""Products in French, Arabic and English (django-modeltranslation): a visitor reads the title and description in
their language, French when it has none, and the site search finds a product by its title in any language. Staff
and artisans editing the three languages: test_product_translation_editing.py."""

import pytest
from django.utils import translation
from oscar.core.loading import get_model

from tests import page_factories as pages
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
