"""Name the staff groups in Vietnamese and create the officers' and teachers' groups.

Wagtail's own migrations create "Editors" and "Moderators" with page permissions on the
root page and the default moderation workflow; renaming keeps those links.
"""

from django.db import migrations

RENAMES = {"Editors": "Biên tập viên", "Moderators": "Kiểm duyệt"}
NEW_GROUPS = ["Cán bộ quản lý", "Giáo viên"]


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")

    for old, new in RENAMES.items():
        if not Group.objects.filter(name=new).exists():
            Group.objects.filter(name=old).update(name=new)
        Group.objects.get_or_create(name=new)

    admin_ct, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_ct, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    officers, _ = Group.objects.get_or_create(name="Cán bộ quản lý")
    officers.permissions.add(access_admin)
    Group.objects.get_or_create(name="Giáo viên")


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for old, new in RENAMES.items():
        Group.objects.filter(name=new).update(name=old)
    Group.objects.filter(name__in=NEW_GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
