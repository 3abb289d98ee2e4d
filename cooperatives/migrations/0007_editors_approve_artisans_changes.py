"""The regional tourism office's editors publish any page and approve or reject artisans' page changes.

Wagtail's default Editors may only add and change pages: give them publish (and lock/unlock, which moderation uses)
on the whole tree, and add them to the group approval task(s) of the default moderation workflow, which Wagtail
created for the Moderators group."""

from django.db import migrations


PAGE_PERMISSIONS = ["publish_page", "lock_page", "unlock_page"]


def editors_approve(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Page = apps.get_model("wagtailcore.Page")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    editors = Group.objects.filter(name="Editors").first()
    root = Page.objects.filter(depth=1).first()
    if editors is None or root is None:
        return
    for codename in PAGE_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=editors, page=root, permission=permission)
    for task in GroupApprovalTask.objects.filter(groups__name="Moderators"):
        task.groups.add(editors)


def editors_stop_approving(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    editors = Group.objects.filter(name="Editors").first()
    if editors is None:
        return
    for task in GroupApprovalTask.objects.filter(groups__name="Moderators"):
        task.groups.remove(editors)
    apps.get_model("wagtailcore.GroupPagePermission").objects.filter(
        group=editors, permission__codename__in=PAGE_PERMISSIONS
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cooperatives", "0006_editors_review_applications"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(editors_approve, editors_stop_approving)]
