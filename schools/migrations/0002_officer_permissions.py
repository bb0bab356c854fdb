"""Give education officers the admin permissions for areas, schools, teacher accounts and
session verification. What each officer sees is limited by their Membership, not by this."""

from django.db import migrations

OFFICERS = "Cán bộ quản lý"
GRANTS = {
    "area": ["add", "change", "view"],
    "school": ["add", "change", "view"],
    "membership": ["add", "change", "view"],
    "deliverysession": ["view", "verify"],
}
# As declared in DeliverySession.Meta.permissions, in case this runs before post_migrate.
NAMES = {"verify_deliverysession": "Xác nhận hoặc trả lại buổi dạy"}


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    officers, _ = Group.objects.get_or_create(name=OFFICERS)
    for model, actions in GRANTS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="schools", model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": NAMES.get(f"{action}_{model}", f"Can {action} {model}")},
            )
            officers.permissions.add(permission)


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    officers = Group.objects.filter(name=OFFICERS).first()
    if officers is not None:
        officers.permissions.remove(
            *Permission.objects.filter(content_type__app_label="schools")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("schools", "0001_initial"),
        ("home", "0002_groups"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
