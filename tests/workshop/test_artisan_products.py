"""An artisan sells a new piece from their phone: a photo from the camera (resized), a price, a stock; it appears on
their page and in the shop. Another maker's product is a 404; bad input is explained and kept."""

import pytest
from oscar.core.loading import get_model
from PIL import Image

from tests import page_factories as pages
from tests.artisan_factories import artisan_with_login, photo_upload, product_post

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")


def test_an_artisan_adds_a_product_with_a_phone_photo_and_it_is_on_sale(client):
    # A region that does not hold new makers' products for an editor (tests/shop/test_going_live.py for the others).
    user, page, partner = artisan_with_login(region_page=pages.region(review_new_makers_products=False))
    craft = pages.craft()
    client.force_login(user)

    form = client.get("/fr/atelier/products/new/").content.decode()
    assert 'accept="image/*"' in form and 'capture="environment"' in form

    response = client.post("/fr/atelier/products/new/",
                           product_post(craft=craft.pk, photo=photo_upload(size=(3000, 2000))))

    assert response.status_code == 302 and response["Location"] == "/fr/atelier/products/"
    product = Product.objects.get(title="Tapis hanbel bleu")
    assert product.artisan == page and product.craft == craft and product.weight_grams == 2500
    record = product.stockrecords.get()
    assert record.partner == partner and record.num_in_stock == 3 and str(record.price) == "950.00"
    image = product.images.get()
    with Image.open(image.original.path) as stored:
        assert max(stored.size) == 1600 and stored.format == "JPEG"
    assert "Tapis hanbel bleu" in client.get(page.url).content.decode()
    shop_page = client.get(product.get_absolute_url())
    assert shop_page.status_code == 200 and "Tapis hanbel bleu" in shop_page.content.decode()
    assert "Tapis hanbel bleu" in client.get("/fr/atelier/products/").content.decode()


def test_a_cooperative_member_sells_through_the_cooperatives_partner(client):
    user, page, cooperative_partner = artisan_with_login(cooperative=True)
    client.force_login(user)

    client.post("/fr/atelier/products/new/", product_post(photo=photo_upload()))

    assert Product.objects.get().stockrecords.get().partner == cooperative_partner


def test_a_made_to_order_piece_has_a_lead_time(client):
    user, __, __ = artisan_with_login()
    client.force_login(user)

    client.post("/fr/atelier/products/new/", product_post(stock="0", lead_time_days="21", photo=photo_upload()))

    product = Product.objects.get()
    assert product.is_made_to_order and product.lead_time_days == 21


def test_an_artisan_changes_the_price_and_stock_of_their_product(client):
    user, page, partner = artisan_with_login()
    product = pages.product(title="Plat en terre", partner_obj=partner, artisan_page=page, stock=1)
    client.force_login(user)

    form = client.get(f"/fr/atelier/products/{product.pk}/")
    assert form.status_code == 200 and 'value="Plat en terre"' in form.content.decode()
    response = client.post(f"/fr/atelier/products/{product.pk}/",
                           product_post(title="Plat en terre cuite", price="320", stock="6"))

    assert response.status_code == 302
    product.refresh_from_db()
    record = product.stockrecords.get()
    assert product.title == "Plat en terre cuite" and record.num_in_stock == 6 and str(record.price) == "320.00"
    assert product.stockrecords.count() == 1


def test_another_makers_product_is_not_found(client):
    user, __, __ = artisan_with_login()
    __, other_page, other_partner = artisan_with_login()
    theirs = pages.product(title="Son tapis", partner_obj=other_partner, artisan_page=other_page)
    client.force_login(user)

    assert client.get(f"/fr/atelier/products/{theirs.pk}/").status_code == 404
    assert client.post(f"/fr/atelier/products/{theirs.pk}/", product_post(title="Volé")).status_code == 404
    theirs.refresh_from_db()
    assert theirs.title == "Son tapis"
    assert "Son tapis" not in client.get("/fr/atelier/products/").content.decode()


def test_a_product_of_the_same_cooperative_made_by_another_member_is_not_found(client):
    user, page, partner = artisan_with_login(cooperative=True)
    colleague = pages.artisan(page.get_parent(), title="Collègue")
    theirs = pages.product(title="Tapis de la collègue", partner_obj=partner, artisan_page=colleague)
    client.force_login(user)

    assert client.get(f"/fr/atelier/products/{theirs.pk}/").status_code == 404


@pytest.mark.parametrize("upload, message", [
    (lambda: photo_upload(name="notes.jpg", content_type="image/jpeg").__class__(
        "notes.jpg", b"not a picture at all", "image/jpeg"), "not a photo we can read"),
    (lambda: photo_upload(size=(120, 90)), "too small"),
    (lambda: photo_upload(name="dessin.gif", fmt="GIF", content_type="image/gif"), "JPEG, PNG or WebP"),
])
def test_a_bad_photo_is_refused_and_what_was_typed_is_kept(client, upload, message):
    user, __, __ = artisan_with_login()
    client.force_login(user)

    response = client.post("/en/atelier/products/new/", product_post(title="Mon coussin", photo=upload()))

    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'value="Mon coussin"' in html and 'value="950"' in html
    assert "choose it again" in html
    assert not Product.objects.exists()


def test_a_new_product_needs_a_photo_and_a_sensible_price(client):
    user, __, __ = artisan_with_login()
    client.force_login(user)

    response = client.post("/fr/atelier/products/new/", product_post(price="-5", weight_grams="beaucoup"))

    assert response.status_code == 200
    assert response.content.decode().count('class="workshop-error"') >= 3
    assert not Product.objects.exists()


def test_a_too_large_photo_is_refused(client, monkeypatch):
    from core import photos

    monkeypatch.setattr(photos, "PHOTO_MAX_BYTES", 1000)
    user, __, __ = artisan_with_login()
    client.force_login(user)

    response = client.post("/en/atelier/products/new/", product_post(photo=photo_upload()))

    assert "too large" in response.content.decode()
    assert not Product.objects.exists()


def test_the_product_list_does_not_grow_in_queries_with_the_products(client, django_assert_max_num_queries):
    user, page, partner = artisan_with_login()
    for number in range(8):
        pages.with_image(pages.product(title=f"Pièce {number}", partner_obj=partner, artisan_page=page))
    client.force_login(user)

    with django_assert_max_num_queries(20):  # the layout's own (session, basket, notifications) included
        html = client.get("/fr/atelier/products/").content.decode()

    assert html.count('class="workshop-product"') == 8
