"""Card payment through CMI, the Moroccan interbank gateway: hosted payment page, "3D Pay Hosting", hash version 3.

The journey:
1. The order is placed "Awaiting payment" (stock is reserved) and the browser is sent to a page of ours whose form
   posts itself to the gateway (`payment_form`): the order number as `oid`, the amount, currency 504 (MAD), the
   return and callback addresses, the buyer's details, signed with the store key (`hash_ver3`).
2. The gateway calls CallbackURL server to server (`handle_callback`): the hash, the order, the amount and the
   currency are checked; ProcReturnCode 00 marks the order paid and answers ACTION=POSTAUTH (capture); another code
   answers APPROVED and leaves the order as it is; a bad hash or any mismatch answers FAILURE. Callbacks may repeat:
   the same approved transaction again changes nothing. This callback is the only thing that marks a card order paid.
3. The browser comes back to okUrl or failUrl: those pages only display the order's state (shop/checkout/views.py).

Client id, store key and gateway address come from the environment (CMI_CLIENT_ID, CMI_STORE_KEY, CMI_GATEWAY_URL).
In development and tests a local stand-in plays the gateway (shop/payment/stand_in.py).
"""

import base64
import hashlib
import hmac
import logging
import re
import secrets
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from shop.order import statuses
from shop.order.processing import mark_paid
from shop.payment.methods import CARD, PaymentMethod

logger = logging.getLogger("dakhla.payment.cmi")

CURRENCY_MAD = "504"
APPROVED_CODE = "00"
ANSWER_CAPTURE = "ACTION=POSTAUTH"
ANSWER_ACKNOWLEDGED = "APPROVED"
ANSWER_REFUSED = "FAILURE"
TOKEN_SALT = "shop.payment.cmi.order"
GATEWAY_LANGUAGES = {"ar", "fr", "en"}


# The hash, version 3
# -------------------

def _natural_key(name):
    """Case-insensitive natural order: digit runs compare as numbers ("a2" before "a10")."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", name.lower()) if part]


def _escape(value):
    return str(value).replace("\\", "\\\\").replace("|", "\\|")


def hash_plaintext(params, store_key):
    """The string that is hashed: every parameter's trimmed, escaped value except `hash` and `encoding`, in the
    case-insensitive natural order of the names, joined with `|`, then the escaped store key."""
    names = sorted((name for name in params if name.lower() not in ("hash", "encoding")), key=_natural_key)
    return "|".join(_escape(str(params[name]).strip()) for name in names) + "|" + _escape(store_key)


def hash_ver3(params, store_key):
    """SHA-512 of `hash_plaintext`, raw bytes, base64."""
    digest = hashlib.sha512(hash_plaintext(params, store_key).encode("utf-8")).digest()
    return base64.b64encode(digest).decode("ascii")


def hash_is_valid(params, store_key):
    received = params.get("HASH") or params.get("hash") or ""
    return bool(received) and hmac.compare_digest(hash_ver3(params, store_key), str(received))


def format_amount(amount):
    return f"{Decimal(amount).quantize(Decimal('0.01'))}"


# The method
# ----------

def order_token(order):
    return signing.dumps(order.number, salt=TOKEN_SALT)


def order_from_token(token):
    Order = get_model("order", "Order")
    try:
        number = signing.loads(token, salt=TOKEN_SALT)
    except signing.BadSignature:
        return None
    return Order.objects.filter(number=number, payment_method=CARD).first()


class CardThroughCMI(PaymentMethod):
    code = CARD
    name = _("Bank card")
    name_en = "Bank card (CMI)"
    description = _(
        "You pay by card (CB, Visa, Mastercard) on the secure payment page of the CMI, the Moroccan interbank "
        "centre. Your card details are never sent to us."
    )
    initial_status = statuses.AWAITING_PAYMENT
    # The buyer hears from us once the bank has confirmed the payment (the "payment received" email).
    sends_order_received_email = False

    def is_enabled(self):
        return bool(
            settings.CARD_PAYMENT_ENABLED
            and settings.CMI_CLIENT_ID
            and settings.CMI_STORE_KEY
            and (settings.CMI_GATEWAY_URL or settings.CMI_STAND_IN_GATEWAY)
        )

    def after_placement_url(self, order, request):
        return reverse("checkout:card-pay", kwargs={"token": order_token(order)})


def gateway_url(request):
    if settings.CMI_GATEWAY_URL:
        return settings.CMI_GATEWAY_URL
    return request.build_absolute_uri(reverse("cmi-stand-in"))


def payment_form(order, request):
    """The fields of the form the browser posts to the gateway, signed."""
    address = order.billing_address or order.shipping_address
    token = order_token(order)
    language = (order.language or translation.get_language() or "fr")[:2]
    with translation.override(order.language or translation.get_language()):
        ok_url = request.build_absolute_uri(reverse("checkout:card-return", kwargs={"token": token, "outcome": "ok"}))
        fail_url = request.build_absolute_uri(
            reverse("checkout:card-return", kwargs={"token": token, "outcome": "fail"})
        )
        shop_url = request.build_absolute_uri(reverse("basket:summary"))
    fields = {
        "clientid": settings.CMI_CLIENT_ID,
        "oid": order.number,
        "amount": format_amount(order.total_incl_tax),
        "currency": CURRENCY_MAD,
        "storetype": "3D_PAY_HOSTING",
        "trantype": "PreAuth",
        "rnd": secrets.token_hex(10),
        "lang": language if language in GATEWAY_LANGUAGES else "fr",
        "hashAlgorithm": "ver3",
        "encoding": "UTF-8",
        "okUrl": ok_url,
        "failUrl": fail_url,
        "shopurl": shop_url,
        "CallbackURL": request.build_absolute_uri(reverse("cmi-callback")),
        "email": order.email,
        "BillToName": address.name if address else "",
        "BillToStreet12": address.line1 if address else "",
        "BillToCity": address.line4 if address else "",
        "BillToPostalCode": address.postcode if address else "",
        "BillToCountry": address.country_id if address else "",
        "tel": str(order.shipping_address.phone_number or "") if order.shipping_address else "",
    }
    fields["hash"] = hash_ver3(fields, settings.CMI_STORE_KEY)
    return fields


# The callback
# ------------

def handle_callback(fields):
    """The answer to one server-to-server callback (a dict of the posted fields). Never raises on bad input."""
    oid = str(fields.get("oid", ""))[:128]
    if not hash_is_valid(fields, settings.CMI_STORE_KEY):
        logger.warning("CMI callback refused for order %r: the hash does not match", oid)
        return ANSWER_REFUSED
    Order = get_model("order", "Order")
    try:
        amount = Decimal(str(fields.get("amount", "")).strip())
    except InvalidOperation:
        logger.warning("CMI callback refused for order %r: unreadable amount %r", oid, fields.get("amount"))
        return ANSWER_REFUSED

    with transaction.atomic():
        order = Order.objects.select_for_update().filter(number=oid).first()
        if order is None or order.payment_method != CARD:
            logger.warning("CMI callback refused: no card order numbered %r", oid)
            return ANSWER_REFUSED
        if str(fields.get("currency", "")).strip() != CURRENCY_MAD or order.currency != "MAD":
            logger.warning("CMI callback refused for order %s: currency %r", oid, fields.get("currency"))
            return ANSWER_REFUSED
        if amount != order.total_incl_tax:
            logger.warning(
                "CMI callback refused for order %s: amount %s, the order's total is %s", oid, amount,
                order.total_incl_tax,
            )
            return ANSWER_REFUSED

        code = str(fields.get("ProcReturnCode", "")).strip()
        transaction_id = str(fields.get("TransId", "")).strip()[:255]
        if code != APPROVED_CODE:
            logger.info("CMI callback for order %s: payment declined (code %r); the order is unchanged", oid, code)
            return ANSWER_ACKNOWLEDGED

        source = order.sources.filter(source_type__code=CARD).first()
        if order.is_paid:
            if source is not None and source.reference == transaction_id:
                logger.info("CMI callback for order %s repeated (transaction %s): nothing changes", oid, transaction_id)
                return ANSWER_CAPTURE
            logger.error(
                "CMI callback refused for order %s: already paid (transaction %s), another approval %r arrived",
                oid, source.reference if source else "?", transaction_id,
            )
            return ANSWER_REFUSED
        if order.status != statuses.AWAITING_PAYMENT:
            logger.error(
                "CMI callback refused for order %s: approval %r arrived while the order is %r", oid, transaction_id,
                order.status,
            )
            return ANSWER_REFUSED

        mark_paid(order, amount, reference=transaction_id, via="CMI callback")
    logger.info("CMI callback for order %s: paid (transaction %s)", oid, transaction_id)
    return ANSWER_CAPTURE
