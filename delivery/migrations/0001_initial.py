"""Sessions and evidence, moved from the schools app with their tables (``db_table``).

The content types move with them, so permissions granted to groups and the admin's history
stay attached; the sessions' log actions are renamed from ``schools.session.*``."""

import delivery.models
import django.core.validators
import django.db.models.deletion
import uuid
from django.conf import settings
from django.db import migrations, models


def _move(apps, models, source, target):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in models:
        # Keep the existing content type (its permissions, group grants and log entries).
        if not ContentType.objects.filter(app_label=target, model=model).exists():
            ContentType.objects.filter(app_label=source, model=model).update(app_label=target)


MODELS = ["deliverysession", "evidence"]


def _log_actions_rename(apps, source, target):
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    for entry in ModelLogEntry.objects.filter(action__startswith=f"{source}.session."):
        entry.action = target + entry.action[len(source) :]
        entry.save(update_fields=["action"])


def content_types_forwards(apps, schema_editor):
    _move(apps, MODELS, "schools", "delivery")
    _log_actions_rename(apps, "schools", "delivery")


def content_types_backwards(apps, schema_editor):
    _move(apps, MODELS, "delivery", "schools")
    _log_actions_rename(apps, "delivery", "schools")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('lessons', '0002_snippet_permissions'),
        ('quizzes', '0002_results_permission'),
        ('schools', '0007_move_sessions_and_completion'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('wagtailcore', '0063_modellogentry'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    # The tables stay where they are: only Django's idea of which app owns them changes.
    state_operations = [
        migrations.CreateModel(
            name='DeliverySession',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('submission_id', models.UUIDField(default=uuid.uuid4, editable=False, unique=True)),
                ('lesson_title', models.CharField(max_length=255, verbose_name='tên bài học')),
                ('date', models.DateField(verbose_name='ngày dạy')),
                ('class_name', models.CharField(max_length=60, verbose_name='lớp')),
                ('audience', models.CharField(choices=[('students', 'Học sinh'), ('parents', 'Cha mẹ và người chăm sóc'), ('teachers', 'Giáo viên')], max_length=20, verbose_name='đối tượng')),
                ('participants', models.PositiveIntegerField(validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(5000)], verbose_name='số người tham gia')),
                ('girls', models.PositiveIntegerField(blank=True, null=True, verbose_name='trong đó nữ')),
                ('ethnic_minority', models.PositiveIntegerField(blank=True, null=True, verbose_name='trong đó người dân tộc thiểu số')),
                ('mode', models.CharField(choices=[('class', 'Trên lớp'), ('extracurricular', 'Hoạt động ngoại khóa'), ('flag_ceremony', 'Sinh hoạt dưới cờ'), ('online', 'Trực tuyến'), ('parents_meeting', 'Họp cha mẹ học sinh')], max_length=20, verbose_name='hình thức')),
                ('duration_minutes', models.PositiveSmallIntegerField(validators=[django.core.validators.MinValueValidator(5), django.core.validators.MaxValueValidator(480)], verbose_name='thời lượng (phút)')),
                ('notes', models.TextField(blank=True, max_length=2000, verbose_name='ghi chú')),
                ('status', models.CharField(choices=[('submitted', 'Chờ xác nhận'), ('verified', 'Đã xác nhận'), ('returned', 'Trả lại để sửa'), ('withdrawn', 'Đã rút')], default='submitted', max_length=12, verbose_name='trạng thái')),
                ('return_reason', models.TextField(blank=True, verbose_name='lý do trả lại')),
                ('reviewed_at', models.DateTimeField(blank=True, null=True, verbose_name='thời điểm xác nhận')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='thời điểm ghi nhận')),
                ('updated_at', models.DateTimeField(auto_now=True, verbose_name='cập nhật')),
                ('age_band', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='lessons.ageband', verbose_name='cấp học')),
                ('lesson', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='delivery_sessions', to='lessons.lessonpage', verbose_name='bài học')),
                ('quiz_run', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='delivery_sessions', to='quizzes.quizrun', verbose_name='lượt chơi câu đố')),
                ('recorded_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='người ghi nhận')),
                ('reviewed_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='người xác nhận')),
                ('school', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='sessions', to='schools.school', verbose_name='trường')),
            ],
            options={
                'verbose_name': 'buổi dạy',
                'verbose_name_plural': 'buổi dạy',
                'db_table': 'schools_deliverysession',
                'ordering': ['-date', '-pk'],
                'permissions': [('verify_deliverysession', 'Xác nhận hoặc trả lại buổi dạy')],
            },
        ),
        migrations.CreateModel(
            name='Evidence',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('file', models.FileField(max_length=200, upload_to=delivery.models.evidence_upload_to, verbose_name='tệp')),
                ('content_type', models.CharField(max_length=40, verbose_name='loại tệp')),
                ('original_name', models.CharField(max_length=255, verbose_name='tên tệp gốc')),
                ('size', models.PositiveIntegerField(verbose_name='dung lượng (byte)')),
                ('shows_children', models.BooleanField(default=False, verbose_name='có hình trẻ em, đã có sự đồng ý')),
                ('consent_recorded_at', models.DateTimeField(blank=True, null=True, verbose_name='thời điểm xác nhận đồng ý')),
                ('uploaded_at', models.DateTimeField(auto_now_add=True, verbose_name='thời điểm tải lên')),
                ('consent_recorded_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='người xác nhận có sự đồng ý')),
                ('session', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='evidence', to='delivery.deliverysession', verbose_name='buổi dạy')),
                ('uploaded_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='người tải lên')),
            ],
            options={
                'verbose_name': 'minh chứng',
                'verbose_name_plural': 'minh chứng',
                'db_table': 'schools_evidence',
                'ordering': ['session', 'pk'],
            },
        ),
        migrations.AddIndex(
            model_name='deliverysession',
            index=models.Index(fields=['school', 'age_band', 'status', 'date'], name='schools_session_completion'),
        ),
        migrations.AddIndex(
            model_name='deliverysession',
            index=models.Index(fields=['status', 'date'], name='schools_session_status_date'),
        ),
        migrations.AddIndex(
            model_name='deliverysession',
            index=models.Index(fields=['date'], name='schools_session_date'),
        ),
        migrations.AddConstraint(
            model_name='deliverysession',
            constraint=models.CheckConstraint(condition=models.Q(('girls__isnull', True), ('girls__lte', models.F('participants')), _connector='OR'), name='schools_session_girls_le_participants'),
        ),
        migrations.AddConstraint(
            model_name='deliverysession',
            constraint=models.CheckConstraint(condition=models.Q(('ethnic_minority__isnull', True), ('ethnic_minority__lte', models.F('participants')), _connector='OR'), name='schools_session_minority_le_participants'),
        ),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=state_operations),
        migrations.RunPython(content_types_forwards, content_types_backwards),
    ]
