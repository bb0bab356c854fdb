"""Reporting periods and each expected school's completion status in a period.

Tables keep the names they had in the ``schools`` app (``db_table``), so the move lost no row.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from schools.models import Area, School, SchoolType


class ReportingPeriod(models.Model):
    """A reporting period and its rule; the programme's periods are data, not code."""

    name = models.CharField(_("tên kỳ báo cáo"), max_length=80, unique=True)
    start = models.DateField(_("từ ngày"))
    end = models.DateField(_("đến ngày"))
    due_date = models.DateField(
        _("hạn ghi nhận"),
        help_text=_("Buổi dạy ghi nhận sau ngày này không được tính là đúng hạn."),
    )
    sessions_required = models.PositiveSmallIntegerField(
        _("số buổi cần cho mỗi cấp học"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
    )
    verified_only = models.BooleanField(
        _("chỉ tính buổi dạy đã xác nhận"),
        default=True,
        help_text=_("Buổi dạy mới gửi thì trường ở trạng thái “chờ xác nhận”."),
    )
    reminder_days = models.CharField(
        _("nhắc trước hạn (số ngày)"),
        max_length=40,
        default="14,3",
        blank=True,
        validators=[
            RegexValidator(
                r"^\s*(\d{1,3}\s*(,\s*\d{1,3}\s*)*)?$",
                _("Các số ngày cách nhau bằng dấu phẩy, ví dụ “14,3”."),
            )
        ],
        help_text=_(
            "Số ngày trước hạn ghi nhận mà giáo viên của các trường chưa hoàn thành được nhắc, "
            "cách nhau bằng dấu phẩy (ví dụ “14,3”). Để trống: không nhắc."
        ),
    )
    # Set when the period is saved; cleared by the worker once it has rebuilt the status rows
    # from the period as it then was, unless the period was saved again meanwhile. While set,
    # the period's figures are being recalculated: the dashboard does not show them.
    rebuild_requested_at = models.DateTimeField(
        _("yêu cầu tính lại lúc"), null=True, blank=True, editable=False
    )

    class Meta:
        db_table = "schools_reportingperiod"
        ordering = ["-start"]
        verbose_name = _("kỳ báo cáo")
        verbose_name_plural = _("kỳ báo cáo")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gte=F("start")), name="schools_period_end_after_start"
            ),
            models.CheckConstraint(
                condition=Q(due_date__gte=F("start")), name="schools_period_due_after_start"
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def rebuild_pending(self) -> bool:
        return self.rebuild_requested_at is not None

    @property
    def reminder_offsets(self) -> list[int]:
        """The days-before offsets of the teachers' reminders, largest first."""
        parts = (part.strip() for part in (self.reminder_days or "").split(","))
        return sorted({int(part) for part in parts if part.isdigit()}, reverse=True)

    def clean(self):
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("Ngày kết thúc phải sau ngày bắt đầu.")})
        if self.start and self.due_date and self.due_date < self.start:
            raise ValidationError({"due_date": _("Hạn ghi nhận phải sau ngày bắt đầu.")})
        if self.start and self.end:
            overlapping = ReportingPeriod.objects.filter(
                start__lte=self.end, end__gte=self.start
            ).exclude(pk=self.pk)
            if overlapping.exists():
                raise ValidationError(
                    _("Kỳ báo cáo trùng thời gian với kỳ “%(name)s”.")
                    % {"name": overlapping.first().name}
                )


class CompletionStatus(models.TextChoices):
    COMPLETE = "complete", _("Hoàn thành")
    PENDING = "pending", _("Chờ xác nhận")
    IN_PROGRESS = "in_progress", _("Đang thực hiện")
    NOT_STARTED = "not_started", _("Chưa bắt đầu")


class SchoolPeriodStatus(models.Model):
    """Where one expected school stands in one period: kept by the session services in the
    same transaction as the session, rebuilt when its period is saved. The dashboard reads
    only these rows, so its cost does not grow with the number of sessions."""

    period = models.ForeignKey(
        ReportingPeriod, on_delete=models.CASCADE, related_name="school_statuses"
    )
    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="period_statuses")
    # Where the school belonged during the period: past reports keep the units of their time.
    area = models.ForeignKey(Area, on_delete=models.PROTECT, related_name="+")
    area_path = models.CharField(max_length=255)
    school_type = models.CharField(max_length=12, choices=SchoolType.choices)
    status = models.CharField(max_length=12, choices=CompletionStatus.choices)
    on_time = models.BooleanField(default=False)
    levels_expected = models.PositiveSmallIntegerField(default=0)
    missing_level_ids = models.JSONField(default=list)
    sessions_counted = models.PositiveIntegerField(default=0)
    participants = models.PositiveIntegerField(default=0)
    enrolment = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "schools_schoolperiodstatus"
        verbose_name = _("tình trạng hoàn thành")
        verbose_name_plural = _("tình trạng hoàn thành")
        constraints = [
            models.UniqueConstraint(
                fields=["period", "school"], name="schools_status_one_per_period"
            )
        ]
        indexes = [
            models.Index(fields=["period", "area_path"], name="schools_status_period_area"),
            models.Index(fields=["period", "status"], name="schools_status_period_status"),
        ]

    def __str__(self):
        return f"{self.school_id} — {self.period_id}: {self.status}"


class ReminderStep(models.TextChoices):
    """What a reminder was: teachers before the due date (``before:N``, N days before), the
    district officers the day after it, the province officers a week later."""

    DISTRICT = "district", _("Danh sách gửi cán bộ huyện sau hạn")
    PROVINCE = "province", _("Danh sách gửi cán bộ Sở một tuần sau hạn")


class ReminderSent(models.Model):
    """One reminder of one step of a period to one recipient, about a school (teachers) or an
    area (officers, with the schools their list named): never sent twice. ``emailed`` is False
    when the recipient had no e-mail address: the officers see those on the school's page and
    in the reminders list."""

    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="+")
    step = models.CharField(_("bước nhắc"), max_length=20)
    school = models.ForeignKey(
        School, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    area = models.ForeignKey(
        Area, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    emailed = models.BooleanField(_("đã gửi e-mail"), default=True)
    sent_at = models.DateTimeField(_("gửi lúc"), auto_now_add=True)
    # The schools an officers' list (district or province step) named, as it was sent: each
    # school's page shows the lists that named it beside its teachers' reminders.
    named_schools = models.ManyToManyField(
        School, blank=True, related_name="+", verbose_name=_("các trường có trong danh sách")
    )

    class Meta:
        ordering = ["-sent_at", "pk"]
        verbose_name = _("lời nhắc đã gửi")
        verbose_name_plural = _("lời nhắc đã gửi")
        constraints = [
            models.CheckConstraint(
                condition=Q(school__isnull=False, area__isnull=True)
                | Q(school__isnull=True, area__isnull=False),
                name="completion_reminder_one_target",
            ),
            models.UniqueConstraint(
                fields=["period", "step", "school", "recipient"],
                condition=Q(school__isnull=False),
                name="completion_reminder_once_per_school",
            ),
            models.UniqueConstraint(
                fields=["period", "step", "area", "recipient"],
                condition=Q(area__isnull=False),
                name="completion_reminder_once_per_area",
            ),
        ]

    def __str__(self):
        return f"{self.period_id} {self.step} → {self.recipient_id}"

    @property
    def step_label(self) -> str:
        if self.step.startswith("before:"):
            return _("Nhắc giáo viên %(days)s ngày trước hạn") % {"days": self.step[7:]}
        try:
            return ReminderStep(self.step).label
        except ValueError:
            return self.step


class SignOffState(models.TextChoices):
    SUBMITTED = "submitted", _("Đã gửi, chờ Sở phê duyệt")
    RETURNED = "returned", _("Sở trả lại")
    APPROVED = "approved", _("Sở đã phê duyệt")


class DistrictSignOff(models.Model):
    """A district's figures for a period: submitted by its officer, then approved or returned
    (with a reason) by the province. Every step is a Wagtail log entry of this row."""

    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="sign_offs")
    area = models.ForeignKey(Area, on_delete=models.PROTECT, related_name="+")
    state = models.CharField(_("trạng thái"), max_length=12, choices=SignOffState.choices)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField(null=True)
    # The district's headline as it stood when submitted (counts only).
    submitted_tally = models.JSONField(default=dict)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True)
    return_reason = models.TextField(_("lý do trả lại"), blank=True)

    class Meta:
        verbose_name = _("phê duyệt số liệu huyện")
        verbose_name_plural = _("phê duyệt số liệu huyện")
        constraints = [
            models.UniqueConstraint(fields=["period", "area"], name="completion_signoff_once")
        ]

    def __str__(self):
        return f"{self.area} — {self.period}"


class ApprovedFigures(models.Model):
    """The district's figures frozen when the province approved them: its tallies and every
    school's row, as JSON. The dashboard, exports, print view and API show these for the
    district instead of the live rows; a later change to a school's figures is flagged
    (``changed_at``, ``changed_school_ids``) for the next review instead of moving them."""

    sign_off = models.OneToOneField(
        DistrictSignOff, on_delete=models.CASCADE, related_name="approved_figures"
    )
    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="+")
    area = models.ForeignKey(Area, on_delete=models.PROTECT, related_name="+")
    area_path = models.CharField(max_length=255)
    approved_at = models.DateTimeField()
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    tally = models.JSONField(default=dict)
    by_type = models.JSONField(default=dict)
    rows = models.JSONField(default=list)
    changed_at = models.DateTimeField(null=True, blank=True)
    changed_school_ids = models.JSONField(default=list)

    class Meta:
        verbose_name = _("số liệu đã phê duyệt")
        verbose_name_plural = _("số liệu đã phê duyệt")
        constraints = [
            models.UniqueConstraint(fields=["period", "area"], name="completion_approved_once")
        ]

    def __str__(self):
        return f"{self.area_id} — {self.period_id} ({self.approved_at:%Y-%m-%d})"


class ApiKey(models.Model):
    """A key to the open data API's school-level figures, for a member of staff (officers and
    superusers; the key sees what its user sees). Only its SHA-256 is stored: the key is shown
    once, by ``manage.py completion_api_key``."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="completion_api_keys"
    )
    name = models.CharField(_("tên"), max_length=80)
    prefix = models.CharField(max_length=8, db_index=True)
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("khoá API")
        verbose_name_plural = _("khoá API")

    def __str__(self):
        return f"{self.prefix}… ({self.name})"
