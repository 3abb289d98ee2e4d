"""Give every French page its Arabic and English versions (aliases of the French page until an editor translates
them). wagtail-localize does it for pages created in the admin; this covers pages created by imports or scripts.
Safe to run again."""

from django.core.management.base import BaseCommand

from core.locales import synchronize_trees


class Command(BaseCommand):
    help = "Create the Arabic and English versions (aliases) of French pages that have none yet."

    def handle(self, *args, **options):
        synchronize_trees()
        self.stdout.write(self.style.SUCCESS("Every page has its versions in each language."))
