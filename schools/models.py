"""Areas, schools, and who works where.

The area tree is never rearranged: a reform retires units and creates new ones, and a school
that changes area gets a new placement. A past period is therefore still reported by the units
of its time (``SchoolPlacement``), while scope and today's lists use ``School.area``.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Upper
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

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
    TEACHER = "teacher", pgettext_lazy("role", "Giáo viên")
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
    # A teacher who is also the school's counsellor may be named handler of a report of
    # concern about their school, and handles it in the teacher portal.
    is_counsellor = models.BooleanField(
        _("tư vấn học đường"),
        default=False,
        help_text=_("Giáo viên làm công tác tư vấn học đường của trường."),
    )
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
            models.CheckConstraint(
                condition=Q(is_counsellor=False) | Q(role="teacher"),
                name="schools_membership_counsellor_teacher",
                violation_error_message=_("Chỉ giáo viên của một trường làm tư vấn học đường."),
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


class ImportJobStatus(models.TextChoices):
    QUEUED = "queued", _("Đang xử lý")
    DONE = "done", _("Đã nhập")
    REFUSED = "refused", _("Không nhập: tệp có lỗi")
    FAILED = "failed", _("Không nhập: lỗi hệ thống")


class ImportJob(models.Model):
    """A large school import confirmed in the admin and applied by the worker: what it is
    waiting for, then what it did (counts) or why it did nothing (the rows' errors). Never
    used for teacher accounts, whose passwords are shown once and stored nowhere."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(_("loại"), max_length=20)
    file_name = models.CharField(_("tệp"), max_length=255)
    stored_path = models.CharField(max_length=255)  # in default_storage, deleted once applied
    rows = models.PositiveIntegerField(_("số dòng"), default=0)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(
        _("trạng thái"),
        max_length=10,
        choices=ImportJobStatus.choices,
        default=ImportJobStatus.QUEUED,
    )
    created_at = models.DateTimeField(_("gửi lúc"), auto_now_add=True)
    finished_at = models.DateTimeField(_("xong lúc"), null=True, blank=True)
    created = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list)  # [{"line", "field", "message"}]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("lần nhập tệp")
        verbose_name_plural = _("lần nhập tệp")

    def __str__(self):
        return f"{self.kind} {self.file_name} ({self.get_status_display()})"

    @property
    def finished(self) -> bool:
        return self.status != ImportJobStatus.QUEUED
