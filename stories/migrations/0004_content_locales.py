"""Arabic and English content locales, both synchronised from French (wagtail-localize): every French page gets an
Arabic and an English version, an alias of the French page until an editor translates it (stories/locales.py)."""

from django.db import migrations

LANGUAGES = ("ar", "en")


def add_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    french, __ = Locale.objects.get_or_create(language_code="fr")
    for language in LANGUAGES:
        locale, __ = Locale.objects.get_or_create(language_code=language)
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": french})


def remove_locales(apps, schema_editor):
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    LocaleSynchronization.objects.filter(locale__language_code__in=LANGUAGES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0003_craft_storyindexpage_homepage_featured_siteimage_and_more"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(add_locales, remove_locales)]
