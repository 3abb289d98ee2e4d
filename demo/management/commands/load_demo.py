"""python manage.py load_demo: the demo site in French (crafts, regions, cooperatives, artisans, stories, the
catalogue), the demo logins (an administrator, an editor, two makers) and a month of earnings (demo/earnings.py).
Idempotent: a second run changes nothing."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from core.locales import synchronize_trees
from demo.cooperatives import (
    DEMO_MAKER_ARTISAN,
    DEMO_MEMBER_ARTISAN,
    ensure_maker,
    load_artisans,
    load_cooperatives,
    load_regions,
)
from demo.earnings import load_earnings
from demo.shipping import load_shipping
from demo.shop import load_catalogue
from demo.stories import configure_sites, ensure_editor, feature_on_home, load_crafts, load_home, load_stories

DEMO_LOGINS = [
    # role, username, email, development password, first name, last name
    ("administrator", "admin", "admin@dakhla-market.ma", "admin-dakhla", "Amina", "Admin"),
    ("editor", "editeur", "editeur@dakhla-market.ma", "editeur-dakhla", "Youssef", "El Idrissi"),
    ("artisan+manager", "artisan", "fatimetou@dakhla-market.ma", "artisan-dakhla", "Fatimetou", "Mint Ahmed"),
    ("artisan", "membre", "salka@dakhla-market.ma", "membre-dakhla", "Salka", "Mint Brahim"),
]


class Command(BaseCommand):
    help = (
        "Load the demo content: crafts, regions, cooperatives, artisans, stories, the catalogue and the demo logins "
        "(safe to run again)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--hostname", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)

    def password(self, development_password):
        # Fixed, documented passwords only where the settings allow them (development and tests).
        return development_password if settings.DEMO_PASSWORDS_ALLOWED else secrets.token_urlsafe(16)

    @transaction.atomic
    def handle(self, *args, **options):
        configure_sites(options["hostname"], options["port"])
        home = load_home()
        crafts = load_crafts()
        regions = load_regions(home, crafts)
        cooperatives = load_cooperatives(regions, crafts)
        artisans = load_artisans(regions, cooperatives, crafts)
        products = load_catalogue(artisans, crafts)
        load_shipping()
        __, stories = load_stories(home, regions, artisans, crafts)
        feature_on_home(home, stories, regions)
        synchronize_trees()  # every page in Arabic and English too (aliases of the French until translated)

        created = {}
        (__, admin_user, admin_email, admin_password, first, last) = DEMO_LOGINS[0]
        User = get_user_model()
        if not User.objects.filter(username=admin_user).exists():
            password = self.password(admin_password)
            User.objects.create_superuser(admin_user, admin_email, password, first_name=first, last_name=last)
            created["admin"] = password
        (__, username, email, dev_password, first, last) = DEMO_LOGINS[1]
        password = self.password(dev_password)
        if ensure_editor(username, email, password, first, last)[1]:
            created[username] = password
        for (__, username, email, dev_password, first, last), (slug, manages) in zip(
            DEMO_LOGINS[2:], ((DEMO_MAKER_ARTISAN, True), (DEMO_MEMBER_ARTISAN, False))
        ):
            password = self.password(dev_password)
            if ensure_maker(slug, username, email, password, first, last, manages=manages)[1]:
                created[username] = password
        # A month of earnings: delivered orders, a cash remittance, a payout (the earnings screens are not empty).
        load_earnings(products, user=User.objects.filter(username=admin_user).first())

        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
        self.stdout.write("Demo logins (Wagtail admin /cms/ by username, shop and /dashboard/ by email):")
        for role, username, email, dev_password, __, __ in DEMO_LOGINS:
            if username in created:
                shown = created[username]
            elif settings.DEMO_PASSWORDS_ALLOWED:
                shown = dev_password
            else:
                shown = "(unchanged)"
            self.stdout.write(f"  {role:<14} {username:<8} {email:<28} password: {shown}")
