"""Demo editorial content and the sites: the home page's French text, Wagtail's and Django's site records,
and an editor of the regional tourism office."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.sites.models import Site as DjangoSite
from wagtail.models import Site

from stories.models import HomePage

HOME_INTRODUCTION = (
    "Tapis, melhfas, cuirs et huiles : les savoir-faire de Dakhla-Oued Eddahab et des régions du Maroc, "
    "vendus directement par les artisanes, artisans et coopératives qui les font vivre."
)


def configure_sites(hostname, port):
    site = Site.objects.get(is_default_site=True)
    if (site.hostname, site.port, site.site_name) != (hostname, port, settings.SITE_NAME):
        site.hostname, site.port, site.site_name = hostname, port, settings.SITE_NAME
        site.save()
    domain = hostname if port in (80, 443) else f"{hostname}:{port}"
    DjangoSite.objects.update_or_create(pk=settings.SITE_ID, defaults={"domain": domain, "name": settings.SITE_NAME})


def load_home():
    home = HomePage.objects.first()
    if home.introduction:
        return home
    home.introduction = HOME_INTRODUCTION
    home.save_revision().publish()
    return home


def ensure_editor(username, email, password, first_name, last_name):
    """An editor: creates and publishes pages in /cms/ and, as staff of the office, manages the shop's dashboard."""
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=username,
        defaults={"email": email, "first_name": first_name, "last_name": last_name, "is_staff": True},
    )
    if created:
        user.set_password(password)
        user.save(update_fields=["password"])
        user.groups.add(Group.objects.get(name="Editors"))
    return user, created
