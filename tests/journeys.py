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


def browser_guest_to_payment(page, base, product, email="khadija@example.ma"):
    """In a real browser: put the product in the basket, check out as a guest, give a Moroccan address; ends on the
    payment step. Needs at least two shipping countries (with one, Oscar's address form has no country field)."""
    page.goto(f"{base}{product.get_absolute_url()}")
    page.get_by_role("button", name="Ajouter au panier").click()
    page.wait_for_load_state()
    assert page.locator(".basket-summary").get_attribute("data-basket-count") == "1"

    page.goto(f"{base}/fr/shop/basket/")
    page.get_by_role("link", name="Procéder au paiement").click()

    page.fill("#id_username", email)
    page.check("input[name=options][value=anonymous]")
    page.get_by_role("button", name="Continuer").click()

    for field in ("first_name", "last_name", "line1", "line4", "postcode", "phone_number"):
        page.fill(f"#id_{field}", GUEST_ADDRESS[field])
    page.select_option("#id_country", "MA")
    page.get_by_role("button", name="Continuer").click()
