"""Shop journeys driven through real HTTP with Django's test client, shared by several tests."""

from django.urls import reverse

GUEST_ADDRESS = {
    "first_name": "Khadija",
    "last_name": "Benali",
    "line1": "12 avenue Mohammed V",
    "line4": "Dakhla",
    "postcode": "73000",
    "country": "MA",
    "phone_number": "+212 661 234 567",
}


def add_to_basket(client, product, quantity=1):
    return client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": quantity})


def guest_checkout(client, email="khadija@example.ma", address=None):
    """From a filled basket to the thank-you page, as a guest paying cash on delivery. Returns the last response."""
    response = client.get(reverse("checkout:index"))
    assert response.status_code == 200, response.status_code
    response = client.post(reverse("checkout:index"), {"username": email, "options": "anonymous"})
    assert response.status_code == 302, response.content[:2000]
    response = client.post(reverse("checkout:shipping-address"), address or GUEST_ADDRESS, follow=True)
    assert response.redirect_chain, response.content[:3000]
    assert response.redirect_chain[-1][0].endswith(reverse("checkout:payment-details")), response.redirect_chain
    response = client.get(reverse("checkout:preview"))
    assert response.status_code == 200
    return client.post(reverse("checkout:preview"), {"action": "place_order"}, follow=True)
