"""Joining the site: a maker applies ("Devenir artisan partenaire"); an editor approves or declines in /cms/.

Approving creates, in one transaction, the maker's login (no usable password: an invitation email carries a link to
choose one, Django's password reset token), their Oscar partner and a draft ArtisanPage under the region. Emails go
out once the transaction has committed, in the applicant's language.
"""

import itertools

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify
from oscar.core.loading import get_model

from cooperatives.accounts import link_artisan
from cooperatives.models import ArtisanApplication, ArtisanPage
from core.locales import add_versions_in_other_languages, source_page

Partner = get_model("partner", "Partner")


class ApplicationAlreadyDecided(Exception):
    pass


class ApplicationWithoutRegion(Exception):
    """The region the applicant chose was deleted since: an editor must set one before approving."""


def _unique_username(email):
    User = get_user_model()
    base = email.lower()[:140]
    for number in itertools.count(1):
        candidate = base if number == 1 else f"{base}-{number}"
        if not User.objects.filter(username=candidate).exists():
            return candidate


def _unique_slug(parent, title):
    base = slugify(title)[:60] or "artisan"
    taken = set(parent.get_children().values_list("slug", flat=True))
    for number in itertools.count(1):
        candidate = base if number == 1 else f"{base}-{number}"
        if candidate not in taken:
            return candidate


def _decide(application_pk):
    application = ArtisanApplication.objects.select_for_update().get(pk=application_pk)
    if application.status != ArtisanApplication.Status.PENDING:
        raise ApplicationAlreadyDecided
    return application


def invitation_link(user, language):
    with translation.override(language):
        path = reverse("password-reset-confirm", kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)), "token": default_token_generator.make_token(user),
        })
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _email(application, template, context):
    with translation.override(application.language):
        subject = render_to_string(f"cooperatives/joining/emails/{template}_subject.txt", context).strip()
        body = render_to_string(f"cooperatives/joining/emails/{template}.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [application.email])


@transaction.atomic
def approve(application, reviewer):
    """Create the login, the partner and the draft page; email the invitation after commit. Returns the page."""
    application = _decide(application.pk)
    if application.region is None:
        raise ApplicationWithoutRegion
    User = get_user_model()
    first_name, __, last_name = application.name.partition(" ")
    user = User(username=_unique_username(application.email), email=application.email,
                first_name=first_name[:150], last_name=last_name[:150], is_staff=False)
    user.set_unusable_password()
    user.save()
    partner = Partner.objects.create(name=application.name[:128])
    region = source_page(application.region).specific  # the French tree: products and logins point there
    page = ArtisanPage(title=application.name, slug=_unique_slug(region, application.name), live=False,
                       partner=partner, technique=application.presentation[:2000], owner=reviewer)
    if application.craft_id:
        page.crafts = [application.craft]
    region.add_child(instance=page)
    page.save_revision(user=reviewer)
    add_versions_in_other_languages(page)
    link_artisan(user, page)
    application.status = ArtisanApplication.Status.APPROVED
    application.decided_at, application.decided_by, application.artisan_page = timezone.now(), reviewer, page
    application.save()
    context = {"application": application, "link": invitation_link(user, application.language), "user": user}
    transaction.on_commit(lambda: _email(application, "approved", context))
    return page


@transaction.atomic
def reject(application, reviewer):
    application = _decide(application.pk)
    application.status = ArtisanApplication.Status.REJECTED
    application.decided_at, application.decided_by = timezone.now(), reviewer
    application.save()
    transaction.on_commit(lambda: _email(application, "rejected", {"application": application}))
    return application
