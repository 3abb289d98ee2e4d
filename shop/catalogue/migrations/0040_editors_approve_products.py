"""Wagtail's Editors and Moderators approve makers' products in /cms/ ("Products to approve")."""

from django.db import migrations


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, __ = ContentType.objects.get_or_create(app_label="catalogue", model="product")
    permission, __ = Permission.objects.get_or_create(
        content_type=content_type, codename="approve_product",
        defaults={"name": "Can approve makers' products for sale"},
    )
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="catalogue",
                                                            codename="approve_product"))


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0039_going_live_approval"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
