"""Let editors and moderators manage age bands and topics."""

from django.db import migrations

GRANTS = {
    "Biên tập viên": ["add", "change", "view"],
    "Kiểm duyệt": ["add", "change", "delete", "view"],
}
MODELS = ["ageband", "topic"]


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for group_name, actions in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for model in MODELS:
            content_type, _ = ContentType.objects.get_or_create(app_label="lessons", model=model)
            for action in actions:
                permission, _ = Permission.objects.get_or_create(
                    content_type=content_type,
                    codename=f"{action}_{model}",
                    defaults={"name": f"Can {action} {model}"},
                )
                group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("lessons", "0001_initial"),
        ("home", "0002_groups"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
