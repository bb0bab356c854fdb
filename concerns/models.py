"""Reports of a concern about a child online, and their history.

A report is made by anyone without an account. It never holds the child's name. Free text and
contact details are stripped once the report has been closed for ``CONCERN_RETENTION_DAYS``
(``purge_concerns``); category, area, dates and outcome stay for the figures. History entries
are never deleted.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

CODE_LENGTH = 10
WHAT_HAPPENED_MAX = 2000
WHERE_MAX = 300
ENTRY_TEXT_MAX = 2000


class Category(models.TextChoices):
    BULLYING = "bullying", _("Bị bắt nạt, chế giễu, đe doạ trên mạng")
    STRANGER = "stranger", _("Người lạ xin ảnh, rủ gặp mặt")
    THREATS = "threats", _("Bị đe doạ, tống tiền")
    SCAM = "scam", _("Bị lừa đảo")
    HARMFUL_CONTENT = "harmful", _("Nội dung xấu, độc hại")
    PRIVATE_INFO = "private_info", _("Thông tin riêng của trẻ bị đăng lên mạng")
    OTHER = "other", _("Việc khác")


class ReporterRole(models.TextChoices):
    CHILD = "child", _("Em là học sinh, trẻ em")
    PARENT = "parent", _("Cha mẹ, người chăm sóc")
    TEACHER = "teacher", _("Thầy cô giáo")
    OTHER = "other", _("Người khác")


class ContactPreference(models.TextChoices):
    NONE = "none", _("Không cần liên hệ")
    PHONE = "phone", _("Gọi điện thoại")
    EMAIL = "email", _("Gửi thư điện tử")


class Stage(models.TextChoices):
    RECEIVED = "received", _("Đã tiếp nhận")
    TRIAGED = "triaged", _("Đã phân loại")
    IN_PROGRESS = "in_progress", _("Đang hỗ trợ")
    CLOSED = "closed", _("Đã kết thúc")


class Urgency(models.TextChoices):
    URGENT = "urgent", _("Khẩn cấp (xử lý trong 24 giờ)")
    NORMAL = "normal", _("Thông thường (xử lý trong 3 ngày làm việc)")


class Outcome(models.TextChoices):
    SUPPORTED = "supported", _("Đã hỗ trợ")
    NOT_REACHABLE = "not_reachable", _("Không liên lạc được")
    NOT_A_CONCERN = "not_a_concern", _("Không phải vụ việc cần hỗ trợ")
    REFERRED = "referred", _("Đã chuyển cơ quan chức năng")


# Outcomes counted as "the child was supported" in the figures.
SUPPORTED_OUTCOMES = (Outcome.SUPPORTED, Outcome.REFERRED)


class Concern(models.Model):
    code = models.CharField(_("mã tra cứu"), max_length=16, unique=True, editable=False)
    category = models.CharField(_("loại việc"), max_length=20, choices=Category.choices)
    what_happened = models.TextField(_("chuyện gì đã xảy ra"), blank=True)
    where = models.CharField(_("ở đâu trên mạng"), max_length=WHERE_MAX, blank=True)
    school = models.ForeignKey(
        "schools.School",
        verbose_name=_("trường"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="concerns",
    )
    school_named = models.CharField(_("tên trường người báo cáo ghi"), max_length=200, blank=True)
    # The school's area when the report was placed; none: only province officers see it.
    area = models.ForeignKey(
        "schools.Area",
        verbose_name=_("địa bàn"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="concerns",
    )
    reporter_role = models.CharField(
        _("người báo cáo"), max_length=10, choices=ReporterRole.choices
    )
    contact_preference = models.CharField(
        _("cách liên hệ"),
        max_length=10,
        choices=ContactPreference.choices,
        default=ContactPreference.NONE,
    )
    contact = models.CharField(_("số điện thoại hoặc thư điện tử"), max_length=200, blank=True)
    stage = models.CharField(
        _("tình trạng"), max_length=12, choices=Stage.choices, default=Stage.RECEIVED
    )
    urgency = models.CharField(
        _("mức độ"), max_length=10, choices=Urgency.choices, default=Urgency.NORMAL
    )
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người xử lý"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="handled_concerns",
    )
    created_at = models.DateTimeField(_("tiếp nhận lúc"), auto_now_add=True, db_index=True)
    first_action_due = models.DateTimeField(_("hạn xử lý đầu tiên"))
    first_action_at = models.DateTimeField(_("xử lý đầu tiên lúc"), null=True, blank=True)
    closed_at = models.DateTimeField(_("kết thúc lúc"), null=True, blank=True)
    outcome = models.CharField(_("kết quả"), max_length=16, choices=Outcome.choices, blank=True)
    last_reminded_on = models.DateField(null=True, blank=True, editable=False)
    purged_at = models.DateTimeField(_("đã xoá nội dung lúc"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("báo cáo lo ngại")
        verbose_name_plural = _("báo cáo lo ngại")
        permissions = [("handle_concern", _("Tiếp nhận và xử lý báo cáo lo ngại"))]
        indexes = [
            models.Index(fields=["stage", "urgency", "first_action_due"], name="concerns_queue"),
            models.Index(fields=["closed_at"], name="concerns_closed_at"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(stage="closed", closed_at__isnull=False)
                | (~Q(stage="closed") & Q(closed_at__isnull=True)),
                name="concerns_closed_has_date",
            )
        ]

    def __str__(self):
        return _("Báo cáo #%(id)s") % {"id": self.pk}

    def queue_title(self) -> str:
        return f"#{self.pk} · {self.get_category_display()}"

    queue_title.short_description = _("Báo cáo")

    # For the exports: empty where nothing is set.
    def area_name(self) -> str:
        return self.area.name if self.area_id else ""

    def school_name(self) -> str:
        return self.school.name if self.school_id else ""

    def handler_name(self) -> str:
        return self.handler.get_username() if self.handler_id else ""

    @property
    def is_open(self) -> bool:
        return self.stage != Stage.CLOSED


class EntryKind(models.TextChoices):
    SUBMITTED = "submitted", _("Người báo cáo gửi báo cáo")
    REPORTER_ADDED = "reporter_added", _("Người báo cáo bổ sung thông tin")
    TRIAGED = "triaged", _("Phân loại")
    CONTACTED = "contacted", _("Đã liên hệ với trẻ hoặc gia đình")
    REFERRED = "referred", _("Đã chuyển đến nơi hỗ trợ")
    SUPPORT = "support", _("Đã hỗ trợ")
    MESSAGE = "message", _("Tin nhắn gửi người báo cáo")
    NOTE = "note", _("Ghi chú nội bộ")
    CLOSED = "closed", _("Kết thúc")


# Entries that count as the first action on a report (triage and notes do not).
FIRST_ACTION_KINDS = (
    EntryKind.CONTACTED,
    EntryKind.REFERRED,
    EntryKind.SUPPORT,
    EntryKind.MESSAGE,
    EntryKind.CLOSED,
)


class ReferredTo(models.TextChoices):
    HOTLINE_111 = "111", _("Tổng đài 111")
    POLICE = "police", _("Công an")
    HEALTH = "health", _("Cơ sở y tế")
    SOCIAL = "social", _("Cơ quan lao động – xã hội, bảo vệ trẻ em")


class ConcernEntry(models.Model):
    """One step of a report's history: who, when, what. Never edited or deleted."""

    concern = models.ForeignKey(Concern, on_delete=models.PROTECT, related_name="entries")
    kind = models.CharField(_("việc"), max_length=16, choices=EntryKind.choices)
    text = models.TextField(_("nội dung"), blank=True)
    referred_to = models.CharField(
        _("chuyển đến"), max_length=10, choices=ReferredTo.choices, blank=True
    )
    # Shown on the reporter's status page: what the reporter wrote, and messages meant for them.
    for_reporter = models.BooleanField(default=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người thực hiện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("lúc"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("diễn biến")
        verbose_name_plural = _("diễn biến")

    def __str__(self):
        return f"{self.get_kind_display()} ({self.created_at:%d/%m/%Y %H:%M})"
