"""An index PostgreSQL can use for the officers' area filter on completion status rows.

The dashboard filters a period's rows by path prefix (``area_path LIKE '58/582/%'``).
PostgreSQL uses a b-tree for a prefix only with the pattern operator class (or the "C"
collation), so the (period, area_path) index of 0003 serves the period alone and every query
reads all the nation's schools of the period. Like the "_like" indexes Django adds for
indexed text columns, this one exists only on PostgreSQL and is not part of the model state.
"""

from django.db import migrations

INDEX = "schools_status_period_path_like"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON schools_schoolperiodstatus "
            "(period_id, area_path varchar_pattern_ops)"
        )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("schools", "0004_period_permissions"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
