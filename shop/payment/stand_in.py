"""A local stand-in for CMI's hosted payment page, so the card journey runs offline (development and tests only).

It plays the gateway's side of the protocol: it checks the shop's signed form, shows the order with three buttons
(approve, decline, send a tampered callback), signs a callback with the store key as the bank does, delivers it to
the shop's CallbackURL in-process (the same view the bank's server would reach), and sends the browser back to okUrl
or failUrl with an auto-submitted form, as the bank does. Served only when CMI_STAND_IN_GATEWAY is on (never in
production: config/settings/production.py turns it off); otherwise every address here answers 404.
"""

import logging
import secrets
from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.urls import Resolver404, resolve
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from shop.payment import cmi

logger = logging.getLogger("dakhla.payment.stand_in")

OUTCOMES = ("approve", "decline", "tamper")


def _enabled():
    if not settings.CMI_STAND_IN_GATEWAY:
        raise Http404


def _shop_fields(request):
    return {name: value for name, value in request.POST.dict().items() if name not in ("outcome", "csrfmiddlewaretoken")}


def _language(fields):
    language = fields.get("lang", "fr")
    return language if language in cmi.GATEWAY_LANGUAGES else "fr"


def _refuse(request, fields):
    with translation.override(_language(fields)):
        return render(request, "shop/payment/stand_in_gateway.html", {"invalid": True}, status=400)


@csrf_exempt
@never_cache
@require_POST
def gateway_page(request):
    _enabled()
    fields = _shop_fields(request)
    if not cmi.hash_is_valid(fields, settings.CMI_STORE_KEY):
        return _refuse(request, fields)
    with translation.override(_language(fields)):
        return render(request, "shop/payment/stand_in_gateway.html", {
            "fields": sorted(fields.items()), "oid": fields.get("oid"), "amount": fields.get("amount"),
            "email": fields.get("email"),
        })


def callback_fields(fields, outcome):
    """What the bank posts to CallbackURL: the shop's fields, the outcome, signed with the store key; for "tamper" the
    amount is changed after signing, as by someone between the bank and the shop."""
    approved = outcome in ("approve", "tamper")
    callback = {name: value for name, value in fields.items() if name.lower() != "hash"}
    callback.update({
        "ProcReturnCode": "00" if approved else "05",
        "Response": "Approved" if approved else "Declined",
        "mdStatus": "1",
        "AuthCode": f"{secrets.randbelow(10 ** 6):06d}" if approved else "",
        "TransId": f"SI{secrets.token_hex(6).upper()}",
        "ErrMsg": "" if approved else "Declined",
    })
    callback["HASH"] = cmi.hash_ver3(callback, settings.CMI_STORE_KEY)
    if outcome == "tamper":
        try:
            callback["amount"] = cmi.format_amount(Decimal(callback.get("amount", "0")) - Decimal("1.00"))
        except InvalidOperation:
            callback["amount"] = "1.00"
    return callback


def deliver_callback(url, fields):
    """POST the callback to the shop's CallbackURL in-process, through the same view the bank's server reaches."""
    from django.test import RequestFactory  # development and tests only

    path = urlsplit(url).path
    try:
        match = resolve(path)
    except Resolver404:
        logger.warning("Stand-in gateway: the CallbackURL %r is not one of the shop's addresses", url)
        return "(no answer)"
    request = RequestFactory().post(path, fields)
    response = match.func(request, *match.args, **match.kwargs)
    return response.content.decode()


@csrf_exempt
@never_cache
@require_POST
def decide(request):
    _enabled()
    fields = _shop_fields(request)
    outcome = request.POST.get("outcome")
    if outcome not in OUTCOMES or not cmi.hash_is_valid(fields, settings.CMI_STORE_KEY):
        return _refuse(request, fields)
    callback = callback_fields(fields, outcome)
    answer = deliver_callback(fields.get("CallbackURL", ""), callback)
    logger.info("Stand-in gateway: %s for order %s, the shop answered %r", outcome, fields.get("oid"), answer)
    back_to = fields.get("okUrl") if outcome in ("approve", "tamper") else fields.get("failUrl")
    with translation.override(_language(fields)):
        return render(request, "shop/payment/stand_in_result.html", {
            "outcome": outcome, "answer": answer, "back_to": back_to, "fields": sorted(callback.items()),
        })
