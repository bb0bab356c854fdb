"""Reporting periods and status rows, moved from the schools app with their tables
(``db_table``). The content types move with them, so group permissions stay attached."""

import django.core.validators
import django.db.models.deletion
from django.db import migrations, models


def _move(apps, models, source, target):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in models:
        # Keep the existing content type (its permissions, group grants and log entries).
        if not ContentType.objects.filter(app_label=target, model=model).exists():
            ContentType.objects.filter(app_label=source, model=model).update(app_label=target)


MODELS = ["reportingperiod", "schoolperiodstatus"]


def content_types_forwards(apps, schema_editor):
    _move(apps, MODELS, "schools", "completion")


def content_types_backwards(apps, schema_editor):
    _move(apps, MODELS, "completion", "schools")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('schools', '0007_move_sessions_and_completion'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    # The tables stay where they are: only Django's idea of which app owns them changes.
    state_operations = [
        migrations.CreateModel(
            name='ReportingPeriod',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=80, unique=True, verbose_name='tên kỳ báo cáo')),
                ('start', models.DateField(verbose_name='từ ngày')),
                ('end', models.DateField(verbose_name='đến ngày')),
                ('due_date', models.DateField(help_text='Buổi dạy ghi nhận sau ngày này không được tính là đúng hạn.', verbose_name='hạn ghi nhận')),
                ('sessions_required', models.PositiveSmallIntegerField(default=1, validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(50)], verbose_name='số buổi cần cho mỗi cấp học')),
                ('verified_only', models.BooleanField(default=True, help_text='Buổi dạy mới gửi thì trường ở trạng thái “chờ xác nhận”.', verbose_name='chỉ tính buổi dạy đã xác nhận')),
            ],
            options={
                'verbose_name': 'kỳ báo cáo',
                'verbose_name_plural': 'kỳ báo cáo',
                'db_table': 'schools_reportingperiod',
                'ordering': ['-start'],
                'constraints': [models.CheckConstraint(condition=models.Q(('end__gte', models.F('start'))), name='schools_period_end_after_start'), models.CheckConstraint(condition=models.Q(('due_date__gte', models.F('start'))), name='schools_period_due_after_start')],
            },
        ),
        migrations.CreateModel(
            name='SchoolPeriodStatus',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('area_path', models.CharField(max_length=255)),
                ('school_type', models.CharField(choices=[('TH', 'Tiểu học (TH)'), ('THCS', 'Trung học cơ sở (THCS)'), ('THPT', 'Trung học phổ thông (THPT)'), ('TH&THCS', 'Tiểu học và trung học cơ sở (TH&THCS)'), ('THCS&THPT', 'Trung học cơ sở và trung học phổ thông (THCS&THPT)'), ('PTDTNT', 'Phổ thông dân tộc nội trú (PTDTNT)'), ('PTDTBT', 'Phổ thông dân tộc bán trú (PTDTBT)'), ('care', 'Cơ sở trợ giúp, chăm sóc trẻ em')], max_length=12)),
                ('status', models.CharField(choices=[('complete', 'Hoàn thành'), ('pending', 'Chờ xác nhận'), ('in_progress', 'Đang thực hiện'), ('not_started', 'Chưa bắt đầu')], max_length=12)),
                ('on_time', models.BooleanField(default=False)),
                ('levels_expected', models.PositiveSmallIntegerField(default=0)),
                ('missing_level_ids', models.JSONField(default=list)),
                ('sessions_counted', models.PositiveIntegerField(default=0)),
                ('participants', models.PositiveIntegerField(default=0)),
                ('enrolment', models.PositiveIntegerField(default=0)),
                ('updated_at', models.DateTimeField(auto_now=True)),
                ('area', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='schools.area')),
                ('period', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='school_statuses', to='completion.reportingperiod')),
                ('school', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='period_statuses', to='schools.school')),
            ],
            options={
                'verbose_name': 'tình trạng hoàn thành',
                'verbose_name_plural': 'tình trạng hoàn thành',
                'db_table': 'schools_schoolperiodstatus',
                'indexes': [models.Index(fields=['period', 'area_path'], name='schools_status_period_area'), models.Index(fields=['period', 'status'], name='schools_status_period_status')],
                'constraints': [models.UniqueConstraint(fields=('period', 'school'), name='schools_status_one_per_period')],
            },
        ),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=state_operations),
        migrations.RunPython(content_types_forwards, content_types_backwards),
    ]
