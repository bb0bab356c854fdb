"""Officers may manage reporting periods; the views narrow it to the province's officers."""

from django.db import migrations


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="schools", model="reportingperiod"
    )
    officers, _ = Group.objects.get_or_create(name="Cán bộ quản lý")
    for action in ("add", "change", "delete", "view"):
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_reportingperiod",
            defaults={"name": f"Can {action} reporting period"},
        )
        officers.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("schools", "0003_completion")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
