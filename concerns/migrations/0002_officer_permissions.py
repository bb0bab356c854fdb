"""Education officers read reports of concern and handle them; what each officer sees is
limited by their area (concerns/selectors.py), not by this."""

from django.db import migrations

OFFICERS = "Cán bộ quản lý"


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="concerns", model="concern")
    officers, _ = Group.objects.get_or_create(name=OFFICERS)
    for codename, name in (
        ("view_concern", "Can view report of concern"),
        ("handle_concern", "Can triage and act on reports of concern"),
    ):
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        officers.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("concerns", "0001_initial"),
        ("home", "0002_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
