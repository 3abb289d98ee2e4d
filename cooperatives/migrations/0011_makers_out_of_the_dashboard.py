"""Makers work in the workshop only: the Artisans group and makers' own logins lose `partner.dashboard_access`, and
makers stop being users of an Oscar partner (Oscar's dashboard scopes by that membership, and a cooperative's
partner is shared by all its members). Editors and moderators assign cooperative managers in /cms/."""

from django.db import migrations

MANAGER_PERMISSIONS = ("view", "add", "change", "delete")


def forward(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    ArtisanAccount = apps.get_model("cooperatives", "ArtisanAccount")
    Partner = apps.get_model("partner", "Partner")

    dashboard = Permission.objects.filter(content_type__app_label="partner", codename="dashboard_access")
    makers = list(ArtisanAccount.objects.values_list("user_id", flat=True))
    for group in Group.objects.filter(name="Artisans"):
        group.permissions.remove(*dashboard)
    for permission in dashboard:
        permission.user_set.remove(*makers)
    for partner in Partner.objects.filter(users__in=makers).distinct():
        partner.users.remove(*makers)

    content_type, __ = ContentType.objects.get_or_create(app_label="cooperatives", model="cooperativemanager")
    permissions = []
    for action in MANAGER_PERMISSIONS:
        permission, __ = Permission.objects.get_or_create(
            content_type=content_type, codename=f"{action}_cooperativemanager",
            defaults={"name": f"Can {action} cooperative manager"},
        )
        permissions.append(permission)
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("cooperatives", "0010_makers_roles"),
        ("partner", "0008_vatrate"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
