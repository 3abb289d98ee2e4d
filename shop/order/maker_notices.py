"""A notice to the maker for each parcel that opens to them (a new cash-on-delivery order, or a paid one), in the
language they work in, sent in the background once the order's transaction commits (the "shop" task backend, as the
buyer's emails).

Who is told: the artisan whose lines the parcel holds (their login, if they have one), the managers of the
cooperative that sells them, and an independent artisan for their own shop's parcels.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task
from oscar.core.loading import get_model

from cooperatives.models import ArtisanAccount, CooperativeManager

logger = logging.getLogger("dakhla.orders.makers")


def queue_parcel_notice(group):
    group_id = group.pk
    transaction.on_commit(lambda: _enqueue(group_id))


def _enqueue(group_id):
    try:
        send_parcel_notice.enqueue(group_id)
    except Exception:  # the order stands whatever happens to the notice
        logger.exception("Parcel %s: could not queue the maker's notice", group_id)


def recipients(group):
    """{email: language} of the people who answer for this parcel."""
    artisans = Q(artisan__partner_id=group.partner_id) if group.partner_id else Q(pk__in=[])
    if group.artisan_id:
        artisans |= Q(artisan__translation_key=group.artisan.translation_key)
    found = {}
    for email, language in ArtisanAccount.objects.filter(artisans).values_list("user__email", "language"):
        found.setdefault(email, language)
    if group.partner_id:
        managers = CooperativeManager.objects.filter(cooperative__partner_id=group.partner_id)
        for email, language in managers.values_list("user__email", "language"):
            found.setdefault(email, language)
    return {email: language for email, language in found.items() if email}


def render_notice(group, language):
    with translation.override(language or settings.LANGUAGE_CODE):
        context = {
            "group": group,
            "order": group.order,
            "lines": group.lines,
            "parcel_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("workshop:parcel", args=[group.pk]),
            "shop_name": settings.OSCAR_SHOP_NAME,
        }
        subject = render_to_string("shop/emails/parcel_notice_subject.txt", context).strip()
        body = render_to_string("shop/emails/parcel_notice_body.txt", context)
    return subject, body


@task(backend="shop")
def send_parcel_notice(group_id):
    group = get_model("order", "FulfilmentGroup").objects.select_related("order", "artisan").filter(pk=group_id).first()
    if group is None:
        return "parcel gone"
    sent = 0
    for email, language in recipients(group).items():
        subject, body = render_notice(group, language)
        send_mail(subject, body, settings.OSCAR_FROM_EMAIL, [email])
        sent += 1
    return f"sent {sent}"
