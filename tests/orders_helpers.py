"""Helpers for the payment and order tests: a guest checkout that chooses its payment method, CMI callbacks signed
with the test store key, makers with dashboard accounts."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import Client, TestCase
from django.urls import reverse
from oscar.core.loading import get_model

from shop.payment import cmi
from tests.journeys import GUEST_ADDRESS, add_to_basket  # noqa: F401  (re-exported for the tests)

Order = get_model("order", "Order")
Country = get_model("address", "Country")

FRANCE_ADDRESS = dict(
    GUEST_ADDRESS, line1="5 rue des Tanneurs", line4="Lyon", postcode="69001", country="FR",
    phone_number="+33 6 12 34 56 78",
)


class CommittingClient(Client):
    """A test client whose every request ends as on a real server: its transaction commits, so what waits for the
    commit (the order emails) happens then. Inside a test's rolled-back transaction nothing would commit."""

    def request(self, **request):
        with TestCase.captureOnCommitCallbacks(execute=True):
            return super().request(**request)


@pytest.fixture
def client():
    return CommittingClient()


def france():
    country, __ = Country.objects.get_or_create(
        iso_3166_1_a2="FR",
        defaults={"iso_3166_1_a3": "FRA", "iso_3166_1_numeric": "250", "printable_name": "France", "name": "France",
                  "is_shipping_country": True},
    )
    return country


def checkout_to_payment(client, email="khadija@example.ma", address=None, language="fr"):
    """From a filled basket to the payment step, as a guest. Returns the payment page response."""
    client.get(f"/{language}/shop/checkout/")
    response = client.post(f"/{language}/shop/checkout/", {"username": email, "options": "anonymous"})
    assert response.status_code == 302, response.content[:2000]
    response = client.post(f"/{language}/shop/checkout/shipping-address/", address or GUEST_ADDRESS, follow=True)
    assert response.redirect_chain[-1][0].endswith("/shop/checkout/payment-details/"), response.redirect_chain
    return response


def choose_method(client, method, language="fr"):
    return client.post(f"/{language}/shop/checkout/preview/", {"method": method})


def place_order(client, language="fr", follow=True):
    return client.post(f"/{language}/shop/checkout/preview/", {"action": "place_order"}, follow=follow)


def buy(client, product, method, quantity=1, email="khadija@example.ma", address=None, language="fr"):
    """A guest buys `quantity` of `product` paying with `method`; returns (response of the placement, order)."""
    add_to_basket(client, product, quantity)
    checkout_to_payment(client, email=email, address=address, language=language)
    response = choose_method(client, method, language=language)
    assert response.status_code == 302, response.content[:3000]
    response = place_order(client, language=language)
    return response, Order.objects.filter(guest_email=email).order_by("-pk").first()


def signed_callback(order, code="00", amount=None, trans_id="T0001", currency="504", **extra):
    """The fields CMI posts to CallbackURL for this order, signed with the test store key."""
    fields = {
        "clientid": settings.CMI_CLIENT_ID,
        "oid": order.number,
        "amount": amount if amount is not None else cmi.format_amount(order.total_incl_tax),
        "currency": currency,
        "storetype": "3D_PAY_HOSTING",
        "trantype": "PreAuth",
        "rnd": "0123456789abcdef",
        "lang": "fr",
        "hashAlgorithm": "ver3",
        "encoding": "UTF-8",
        "ProcReturnCode": code,
        "Response": "Approved" if code == "00" else "Declined",
        "TransId": trans_id,
        "AuthCode": "123456",
        "mdStatus": "1",
    }
    fields.update(extra)
    fields["HASH"] = cmi.hash_ver3(fields, settings.CMI_STORE_KEY)
    return fields


def post_callback(client, fields):
    return client.post(reverse("cmi-callback"), fields)


def maker_account(partner, email):
    """A maker's login: a non-staff user of the partner with Oscar's dashboard access."""
    user = get_user_model().objects.create_user(email.split("@")[0], email, "motdepasse-artisan")
    user.user_permissions.add(Permission.objects.get(codename="dashboard_access"))
    partner.users.add(user)
    return user


def form_fields(html, form_id):
    """The hidden fields of one form of the page (what a browser would post), by the form's id."""
    import re

    form = re.search(r'<form id="%s"[^>]*>(.*?)</form>' % re.escape(form_id), html, re.S).group(1)
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', form))


class UnreachableMailServer:
    """An email backend whose server never answers (EMAIL_BACKEND = "tests.orders_helpers.UnreachableMailServer")."""

    attempts = 0

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        UnreachableMailServer.attempts += 1
        raise ConnectionRefusedError("mail server unreachable")


class FlakyMailServer:
    """Fails twice, then delivers to Django's outbox."""

    attempts = 0

    def __init__(self, *args, **kwargs):
        from django.core.mail.backends.locmem import EmailBackend

        self.delivered = EmailBackend()

    def send_messages(self, messages):
        FlakyMailServer.attempts += 1
        if FlakyMailServer.attempts <= 2:
            raise TimeoutError("mail server too slow")
        return self.delivered.send_messages(messages)
