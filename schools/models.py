"""Areas, schools, who works where, and the sessions teachers record.

The area tree is never rearranged: a reform retires units and creates new ones, and a school
that changes area gets a new placement. A past period is therefore still reported by the units
of its time (``SchoolPlacement``), while scope and today's lists use ``School.area``.
"""

import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Upper
from django.utils.translation import gettext_lazy as _

from lessons.models import Audience

CODE_VALIDATOR = RegexValidator(
    r"^[A-Za-z0-9._-]+$",
    _("Mã chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới."),
)


class AreaLevel(models.TextChoices):
    PROVINCE = "province", _("Tỉnh, thành phố")
    DISTRICT = "district", _("Huyện, thị xã, thành phố thuộc tỉnh")
    COMMUNE = "commune", _("Xã, phường, thị trấn, đặc khu")


# Which level may sit under which: communes hang directly under the province since July 2025.
ALLOWED_PARENT_LEVELS = {
    AreaLevel.PROVINCE: set(),
    AreaLevel.DISTRICT: {AreaLevel.PROVINCE},
    AreaLevel.COMMUNE: {AreaLevel.PROVINCE, AreaLevel.DISTRICT},
}


class Area(models.Model):
    code = models.CharField(
        _("mã"),
        max_length=20,
        unique=True,
        validators=[CODE_VALIDATOR],
        help_text=_("Mã đơn vị hành chính; không đổi sau khi tạo."),
    )
    name = models.CharField(_("tên"), max_length=120)
    level = models.CharField(_("cấp"), max_length=10, choices=AreaLevel.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("thuộc"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text=_("Không đổi sau khi tạo: khi sắp xếp lại, hãy cho đơn vị cũ ngừng hoạt động."),
    )
    # Codes of the ancestors and the unit, e.g. "58/582/22819/": a roll-up is one prefix query.
    path = models.CharField(max_length=255, unique=True, editable=False)
    retired_on = models.DateField(
        _("ngừng hoạt động từ ngày"),
        null=True,
        blank=True,
        help_text=_(
            "Ngày đơn vị bị giải thể hoặc sáp nhập. Báo cáo các kỳ trước vẫn dùng đơn vị này."
        ),
    )

    class Meta:
        ordering = ["path"]
        verbose_name = _("địa bàn")
        verbose_name_plural = _("địa bàn")
        constraints = [
            models.UniqueConstraint(
                Upper("code"),
                name="schools_area_code_upper_unique",
                violation_error_message=_("Đã có địa bàn với mã này."),
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # Code and parent never change after creation, so the path is set once.
        if not self.path:
            self.path = f"{self.parent.path if self.parent else ''}{self.code}/"
        super().save(*args, **kwargs)

    def clean(self):
        allowed = ALLOWED_PARENT_LEVELS.get(self.level, set())
        if self.parent is None and allowed:
            raise ValidationError({"parent": _("Đơn vị cấp này phải thuộc một đơn vị cấp trên.")})
        if self.parent is not None:
            if self.parent.level not in allowed:
                raise ValidationError(
                    {
                        "parent": _(
                            "Đơn vị cấp này không thể thuộc một đơn vị cùng cấp hoặc thấp hơn."
                        )
                    }
                )
            if self.parent.retired_on and not self.pk:
                raise ValidationError(
                    {"parent": _("Không thể thêm đơn vị vào một địa bàn đã ngừng hoạt động.")}
                )


class SchoolType(models.TextChoices):
    TH = "TH", _("Tiểu học (TH)")
    THCS = "THCS", _("Trung học cơ sở (THCS)")
    THPT = "THPT", _("Trung học phổ thông (THPT)")
    TH_THCS = "TH&THCS", _("Tiểu học và trung học cơ sở (TH&THCS)")
    THCS_THPT = "THCS&THPT", _("Trung học cơ sở và trung học phổ thông (THCS&THPT)")
    PTDTNT = "PTDTNT", _("Phổ thông dân tộc nội trú (PTDTNT)")
    PTDTBT = "PTDTBT", _("Phổ thông dân tộc bán trú (PTDTBT)")
    CARE = "care", _("Cơ sở trợ giúp, chăm sóc trẻ em")


class School(models.Model):
    code = models.CharField(
        _("mã trường"),
        max_length=20,
        unique=True,
        validators=[CODE_VALIDATOR],
        help_text=_("Mã định danh do Bộ GD&ĐT cấp; không đổi sau khi tạo."),
    )
    name = models.CharField(_("tên trường"), max_length=200)
    school_type = models.CharField(_("loại hình"), max_length=12, choices=SchoolType.choices)
    levels = models.ManyToManyField(
        "lessons.AgeBand", verbose_name=_("cấp học"), related_name="schools"
    )
    area = models.ForeignKey(
        Area, verbose_name=_("địa bàn"), on_delete=models.PROTECT, related_name="schools"
    )
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    enrolment = models.PositiveIntegerField(_("số học sinh"), default=0)
    is_active = models.BooleanField(_("đang hoạt động"), default=True)
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật"), auto_now=True)

    class Meta:
        ordering = ["name", "code"]
        verbose_name = _("trường học")
        verbose_name_plural = _("trường học")
        indexes = [models.Index(fields=["area", "is_active"], name="schools_school_area_active")]
        constraints = [
            models.UniqueConstraint(
                Upper("code"),
                name="schools_school_code_upper_unique",
                violation_error_message=_("Đã có trường với mã này."),
            )
        ]

    def __str__(self):
        return self.name

    def level_names(self) -> str:
        return ", ".join(band.name for band in self.levels.all())

    level_names.short_description = _("cấp học")


class SchoolPlacement(models.Model):
    """Where a school belonged from ``start`` (inclusive) to ``end`` (exclusive)."""

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="placements")
    area = models.ForeignKey(Area, on_delete=models.PROTECT, related_name="placements")
    # None: since before the platform kept records.
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["school", "start"]
        verbose_name = _("địa bàn theo thời gian")
        verbose_name_plural = _("địa bàn theo thời gian")
        constraints = [
            models.UniqueConstraint(
                fields=["school"],
                condition=Q(end__isnull=True),
                name="schools_one_current_placement",
            )
        ]
        indexes = [models.Index(fields=["area", "start", "end"], name="schools_placement_area")]

    def __str__(self):
        return f"{self.school} — {self.area} ({self.start or '…'} – {self.end or '…'})"


class Role(models.TextChoices):
    TEACHER = "teacher", _("Giáo viên")
    OFFICER = "officer", _("Cán bộ quản lý")


class Membership(models.Model):
    """A user's role and scope: teacher of a school, or officer of an area."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("tài khoản"),
        on_delete=models.CASCADE,
        related_name="school_memberships",
    )
    role = models.CharField(_("vai trò"), max_length=10, choices=Role.choices)
    school = models.ForeignKey(
        School,
        verbose_name=_("trường"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="memberships",
    )
    area = models.ForeignKey(
        Area,
        verbose_name=_("địa bàn phụ trách"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="memberships",
    )
    is_active = models.BooleanField(_("đang hoạt động"), default=True)
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người tạo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["user__username"]
        verbose_name = _("thành viên")
        verbose_name_plural = _("thành viên")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(role="teacher", school__isnull=False, area__isnull=True)
                    | Q(role="officer", area__isnull=False, school__isnull=True)
                ),
                name="schools_membership_role_scope",
                violation_error_message=_(
                    "Giáo viên thuộc một trường; cán bộ quản lý phụ trách một địa bàn."
                ),
            ),
            models.UniqueConstraint(
                fields=["user", "school"],
                condition=Q(role="teacher"),
                name="schools_membership_teacher_unique",
                violation_error_message=_("Tài khoản này đã là giáo viên của trường này."),
            ),
            models.UniqueConstraint(
                fields=["user", "area"],
                condition=Q(role="officer"),
                name="schools_membership_officer_unique",
                violation_error_message=_("Tài khoản này đã phụ trách địa bàn này."),
            ),
        ]

    def __str__(self):
        place = self.school if self.role == Role.TEACHER else self.area
        return f"{self.user.get_username()} — {place}"


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
        ordering = ["session", "pk"]
        verbose_name = _("minh chứng")
        verbose_name_plural = _("minh chứng")

    def __str__(self):
        return self.original_name

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")


# ---------------------------------------------------------------------------------------------
# Reporting periods and completion


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

    class Meta:
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
    same transaction as the session, rebuilt by ``rebuild_completion``. The dashboard reads
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
