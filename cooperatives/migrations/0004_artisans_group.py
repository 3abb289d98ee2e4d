"""The "Artisans" role: makers run their own workshop pages (/<lang>/atelier/) and see their own orders in Oscar's
dashboard through partner membership. Makers are never staff; the group gives no Wagtail admin access."""

from django.db import migrations

ARTISANS = "Artisans"


def create_artisans_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, __ = ContentType.objects.get_or_create(app_label="partner", model="partner")
    permission, __ = Permission.objects.get_or_create(
        content_type=content_type, codename="dashboard_access", defaults={"name": "Can access dashboard"}
    )
    group, __ = Group.objects.get_or_create(name=ARTISANS)
    group.permissions.add(permission)


def remove_artisans_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=ARTISANS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cooperatives", "0003_artisan_account"),
        ("partner", "0008_vatrate"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_artisans_group, remove_artisans_group)]
