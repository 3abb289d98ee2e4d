"""Wagtail's Editors and Moderators keep the exchange rates (Snippets > Exchange rates): view, add, change."""

from django.db import migrations

ACTIONS = (("view", "Can view exchange rate"), ("add", "Can add exchange rate"), ("change", "Can change exchange rate"))


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, __ = ContentType.objects.get_or_create(app_label="shop", model="exchangerate")
    permissions = [
        Permission.objects.get_or_create(content_type=content_type, codename=f"{action}_exchangerate",
                                         defaults={"name": label})[0]
        for action, label in ACTIONS
    ]
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="shop",
                                                            content_type__model="exchangerate"))


class Migration(migrations.Migration):
    dependencies = [
        ("shop", "0001_exchange_rates"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
