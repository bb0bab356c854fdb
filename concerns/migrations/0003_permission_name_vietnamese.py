"""The custom permission's name, shown on the admin's group page, in Vietnamese (it was the
only English one there). Django creates a permission's name once: the row is renamed here."""

from django.db import migrations

CODENAME = "handle_concern"
NAME_VI = "Tiếp nhận và xử lý báo cáo lo ngại"
NAME_EN = "Can triage and act on reports of concern"


def _rename(apps, name):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(content_type__app_label="concerns", codename=CODENAME).update(
        name=name
    )


def forwards(apps, schema_editor):
    _rename(apps, NAME_VI)


def backwards(apps, schema_editor):
    _rename(apps, NAME_EN)


class Migration(migrations.Migration):
    dependencies = [
        ("concerns", "0002_officer_permissions"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="concern",
            options={
                "ordering": ["-created_at"],
                "permissions": [(CODENAME, NAME_VI)],
                "verbose_name": "báo cáo lo ngại",
                "verbose_name_plural": "báo cáo lo ngại",
            },
        ),
        migrations.RunPython(forwards, backwards),
    ]
