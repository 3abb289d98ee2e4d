"""Wagtail's Editors review artisan applications in /cms/ (view and change = approve or decline)."""

from django.db import migrations


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, __ = ContentType.objects.get_or_create(app_label="cooperatives", model="artisanapplication")
    permissions = []
    for action, label in (("view", "Can view artisan application"), ("change", "Can change artisan application")):
        permission, __ = Permission.objects.get_or_create(
            content_type=content_type, codename=f"{action}_artisanapplication", defaults={"name": label}
        )
        permissions.append(permission)
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="cooperatives",
                                                            content_type__model="artisanapplication"))


class Migration(migrations.Migration):
    dependencies = [
        ("cooperatives", "0005_artisan_application"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
