"""The sessions teachers record, and the evidence files attached to them.

Tables keep the names they had in the ``schools`` app (``db_table``), so the move lost no row.
"""

import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lessons.models import Audience
from schools.models import School


class SessionMode(models.TextChoices):
    CLASS = "class", _("Trên lớp")
    EXTRACURRICULAR = "extracurricular", _("Hoạt động ngoại khóa")
    FLAG_CEREMONY = "flag_ceremony", _("Sinh hoạt dưới cờ")
    ONLINE = "online", _("Trực tuyến")
    PARENTS_MEETING = "parents_meeting", _("Họp cha mẹ học sinh")


class SessionStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Chờ xác nhận")
    VERIFIED = "verified", _("Đã xác nhận")
    RETURNED = "returned", _("Trả lại để sửa")
    WITHDRAWN = "withdrawn", _("Đã rút")


class DeliverySession(models.Model):
    # Generated when the form is shown: a double-clicked submit carries the same id twice.
    submission_id = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    school = models.ForeignKey(
        School, verbose_name=_("trường"), on_delete=models.PROTECT, related_name="sessions"
    )
    # Deleting or unpublishing a lesson keeps the session: the title is copied when recorded.
    lesson = models.ForeignKey(
        "lessons.LessonPage",
        verbose_name=_("bài học"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="delivery_sessions",
    )
    lesson_title = models.CharField(_("tên bài học"), max_length=255)
    date = models.DateField(_("ngày dạy"))
    class_name = models.CharField(_("lớp"), max_length=60)
    age_band = models.ForeignKey(
        "lessons.AgeBand", verbose_name=_("cấp học"), on_delete=models.PROTECT, related_name="+"
    )
    audience = models.CharField(_("đối tượng"), max_length=20, choices=Audience.choices)
    participants = models.PositiveIntegerField(
        _("số người tham gia"), validators=[MinValueValidator(1), MaxValueValidator(5000)]
    )
    girls = models.PositiveIntegerField(_("trong đó nữ"), null=True, blank=True)
    ethnic_minority = models.PositiveIntegerField(
        _("trong đó người dân tộc thiểu số"), null=True, blank=True
    )
    mode = models.CharField(_("hình thức"), max_length=20, choices=SessionMode.choices)
    duration_minutes = models.PositiveSmallIntegerField(
        _("thời lượng (phút)"), validators=[MinValueValidator(5), MaxValueValidator(480)]
    )
    notes = models.TextField(_("ghi chú"), blank=True, max_length=2000)
    quiz_run = models.ForeignKey(
        "quizzes.QuizRun",
        verbose_name=_("lượt chơi câu đố"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="delivery_sessions",
    )
    status = models.CharField(
        _("trạng thái"),
        max_length=12,
        choices=SessionStatus.choices,
        default=SessionStatus.SUBMITTED,
    )
    return_reason = models.TextField(_("lý do trả lại"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người ghi nhận"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người xác nhận"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("thời điểm xác nhận"), null=True, blank=True)
    created_at = models.DateTimeField(_("thời điểm ghi nhận"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật"), auto_now=True)

    class Meta:
        db_table = "schools_deliverysession"
        ordering = ["-date", "-pk"]
        verbose_name = _("buổi dạy")
        verbose_name_plural = _("buổi dạy")
        permissions = [("verify_deliverysession", _("Xác nhận hoặc trả lại buổi dạy"))]
        indexes = [
            # Completion: per school, per age band, the sessions of a status in a date range.
            models.Index(
                fields=["school", "age_band", "status", "date"], name="schools_session_completion"
            ),
            models.Index(fields=["status", "date"], name="schools_session_status_date"),
            models.Index(fields=["date"], name="schools_session_date"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(girls__isnull=True) | Q(girls__lte=models.F("participants")),
                name="schools_session_girls_le_participants",
            ),
            models.CheckConstraint(
                condition=Q(ethnic_minority__isnull=True)
                | Q(ethnic_minority__lte=models.F("participants")),
                name="schools_session_minority_le_participants",
            ),
        ]

    def __str__(self):
        return f"{self.lesson_title} — {self.class_name}, {self.date:%d/%m/%Y}"

    @property
    def is_editable(self) -> bool:
        return self.status in {SessionStatus.SUBMITTED, SessionStatus.RETURNED}


def evidence_upload_to(instance, filename: str) -> str:
    # A random name: the teacher's file name (often a child's name) is kept only in the database.
    suffix = PurePosixPath(filename).suffix.lower()
    return f"evidence/{uuid.uuid4().hex}{suffix}"


class Evidence(models.Model):
    session = models.ForeignKey(
        DeliverySession,
        verbose_name=_("buổi dạy"),
        on_delete=models.CASCADE,
        related_name="evidence",
    )
    file = models.FileField(_("tệp"), upload_to=evidence_upload_to, max_length=200)
    content_type = models.CharField(_("loại tệp"), max_length=40)
    original_name = models.CharField(_("tên tệp gốc"), max_length=255)
    size = models.PositiveIntegerField(_("dung lượng (byte)"))
    shows_children = models.BooleanField(_("có hình trẻ em, đã có sự đồng ý"), default=False)
    consent_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người xác nhận có sự đồng ý"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    consent_recorded_at = models.DateTimeField(
        _("thời điểm xác nhận đồng ý"), null=True, blank=True
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người tải lên"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("thời điểm tải lên"), auto_now_add=True)

    class Meta:
        db_table = "schools_evidence"
        ordering = ["session", "pk"]
        verbose_name = _("minh chứng")
        verbose_name_plural = _("minh chứng")

    def __str__(self):
        return self.original_name

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")
