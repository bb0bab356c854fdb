"""Name Wagtail's default moderation workflow and its task in Vietnamese.

Wagtail creates both as "Moderators approval" ("Kiểm duyệt approval" when the group was
renamed first); the names appear in the admin and in the moderation e-mails. Names an
administrator has changed are left alone.
"""

from django.db import migrations

DEFAULT_NAMES = ["Moderators approval", "Kiểm duyệt approval"]
TASK_NAME = "Kiểm duyệt"
WORKFLOW_NAME = "Duyệt nội dung"


def forwards(apps, schema_editor):
    apps.get_model("wagtailcore", "Task").objects.filter(name__in=DEFAULT_NAMES).update(
        name=TASK_NAME
    )
    apps.get_model("wagtailcore", "Workflow").objects.filter(name__in=DEFAULT_NAMES).update(
        name=WORKFLOW_NAME
    )


def backwards(apps, schema_editor):
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK_NAME).update(
        name=DEFAULT_NAMES[0]
    )
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW_NAME).update(
        name=DEFAULT_NAMES[0]
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_privacy_page"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
