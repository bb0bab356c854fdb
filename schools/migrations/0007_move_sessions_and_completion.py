"""Delivery sessions and evidence move to the delivery app, periods and status rows to the
completion app. Their tables keep their names, so no row moves."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('schools', '0006_session_quiz_run'),
    ]

    # The tables stay where they are: only Django's idea of which app owns them changes.
    state_operations = [
        migrations.RemoveField(
            model_name='evidence',
            name='session',
        ),
        migrations.RemoveField(
            model_name='evidence',
            name='consent_recorded_by',
        ),
        migrations.RemoveField(
            model_name='evidence',
            name='uploaded_by',
        ),
        migrations.RemoveField(
            model_name='schoolperiodstatus',
            name='period',
        ),
        migrations.RemoveField(
            model_name='schoolperiodstatus',
            name='area',
        ),
        migrations.RemoveField(
            model_name='schoolperiodstatus',
            name='school',
        ),
        migrations.DeleteModel(
            name='DeliverySession',
        ),
        migrations.DeleteModel(
            name='Evidence',
        ),
        migrations.DeleteModel(
            name='ReportingPeriod',
        ),
        migrations.DeleteModel(
            name='SchoolPeriodStatus',
        ),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=state_operations),
    ]
