from django.db import migrations

MOVED = ("siteimage", "siterendition", "craft", "sitesettings")


def content_types_follow(apps, schema_editor):
    """Permissions, revisions and reference-index rows point at content types: the moved models keep theirs, renamed
    to the core app, rather than getting new ones (a fresh database has none yet; post_migrate creates them)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        if not ContentType.objects.filter(app_label="core", model=model).exists():
            ContentType.objects.filter(app_label="stories", model=model).update(app_label="core")


def content_types_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        if not ContentType.objects.filter(app_label="stories", model=model).exists():
            ContentType.objects.filter(app_label="core", model=model).update(app_label="stories")


class Migration(migrations.Migration):
    """The tables taken over from the stories app get the core app's names."""

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0001_initial"),
        ("stories", "0007_shared_models_moved_to_core"),
    ]

    operations = [
        migrations.RunPython(content_types_follow, content_types_back),
        migrations.AlterModelTable(name="siteimage", table=None),
        migrations.AlterModelTable(name="siterendition", table=None),
        migrations.AlterModelTable(name="craft", table=None),
        migrations.AlterModelTable(name="sitesettings", table=None),
    ]
