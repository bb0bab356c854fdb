"""Editors, moderators and officers may read quiz results (aggregates, no personal data)."""

from django.db import migrations

GROUPS = ["Biên tập viên", "Kiểm duyệt", "Cán bộ quản lý"]


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="quizzes", model="attempt")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="view_quiz_results",
        defaults={"name": "Xem kết quả câu đố"},
    )
    for name in GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0001_initial"),
        ("home", "0002_groups"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
