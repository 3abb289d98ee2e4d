"""Product reviews (issue #15): only a signed-in buyer of the product may write one, once, and it shows on the product
page only after staff approve it in Oscar's dashboard."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from oscar.core.loading import get_model

from shop.order import statuses
from tests.journeys import GUEST_ADDRESS, add_to_basket
from tests.orders_helpers import choose_method, place_order

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
ProductReview = get_model("reviews", "ProductReview")

REVIEW = {"title": "Un tapis magnifique", "score": "5", "body": "La laine est douce et les couleurs tiennent."}


def add_url(product):
    return reverse("catalogue:reviews-add", kwargs={"product_slug": product.slug, "product_pk": product.pk})


def member(username="acheteuse"):
    return get_user_model().objects.create_user(username, f"{username}@example.ma", "motdepasse-acheteuse")


def signed_in_purchase(client, user, product):
    client.force_login(user)
    add_to_basket(client, product)
    client.get(reverse("checkout:index"))
    response = client.post(reverse("checkout:shipping-address"), GUEST_ADDRESS, follow=True)
    assert response.redirect_chain[-1][0].endswith(reverse("checkout:payment-details")), response.redirect_chain
    assert choose_method(client, "cash-on-delivery").status_code == 302
    place_order(client)
    return Order.objects.get(user=user)


@pytest.fixture
def buyer(client, carpet, morocco):
    user = member()
    signed_in_purchase(client, user, carpet)
    return user


def test_an_anonymous_visitor_cannot_write_a_review(client, carpet):
    assert 'id="write_review"' not in client.get(carpet.get_absolute_url()).content.decode()

    response = client.post(add_url(carpet), dict(REVIEW, name="Anonyme", email="anonyme@example.ma"))

    assert response.status_code == 302 and response["Location"] == carpet.get_absolute_url()
    assert not ProductReview.objects.exists()


def test_a_signed_in_member_who_did_not_buy_the_product_cannot_review_it(client, carpet):
    client.force_login(member("curieuse"))

    page = client.get(carpet.get_absolute_url()).content.decode()
    assert 'id="write_review"' not in page and add_url(carpet) not in page
    assert client.get(add_url(carpet)).status_code == 302
    client.post(add_url(carpet), REVIEW)

    assert not ProductReview.objects.exists()


def test_a_buyer_whose_order_was_cancelled_cannot_review(client, carpet, morocco):
    user = member()
    order = signed_in_purchase(client, user, carpet)
    Order.objects.filter(pk=order.pk).update(status=statuses.CANCELLED)

    client.post(add_url(carpet), REVIEW)

    assert not ProductReview.objects.exists()


def test_a_buyer_reviews_once_and_the_review_shows_only_after_staff_approve_it(client, carpet, buyer, administrator):
    page = client.get(carpet.get_absolute_url()).content.decode()
    assert add_url(carpet) in page

    response = client.post(add_url(carpet), REVIEW)

    assert response.status_code == 302
    review = ProductReview.objects.get()
    assert review.user == buyer and review.status == ProductReview.FOR_MODERATION
    assert "Un tapis magnifique" not in client.get(carpet.get_absolute_url()).content.decode()
    client.post(add_url(carpet), dict(REVIEW, title="Encore"))
    assert ProductReview.objects.count() == 1
    assert add_url(carpet) not in client.get(carpet.get_absolute_url()).content.decode()

    staff = type(client)()
    staff.force_login(administrator)
    response = staff.post(reverse("dashboard:reviews-update", kwargs={"pk": review.pk}),
                          dict(REVIEW, status=ProductReview.APPROVED))
    assert response.status_code == 302

    assert "Un tapis magnifique" in client.get(carpet.get_absolute_url()).content.decode()
