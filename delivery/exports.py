"""The columns of a delivery session in every export: the officers' admin list and (less three)
the teacher portal's."""

from django.utils.translation import gettext_lazy as _

SESSION_EXPORT_FIELDS = [
    "school.code",
    "school.name",
    "school.area.name",
    "school.get_school_type_display",
    "date",
    "lesson_title",
    "class_name",
    "age_band.name",
    "get_audience_display",
    "get_mode_display",
    "participants",
    "girls",
    "ethnic_minority",
    "duration_minutes",
    "evidence_count",
    "get_status_display",
    "return_reason",
]

SESSION_EXPORT_HEADINGS = {
    "school.code": _("Mã trường"),
    "school.name": _("Trường"),
    "school.area.name": _("Địa bàn"),
    "school.get_school_type_display": _("Loại hình"),
    "date": _("Ngày dạy"),
    "lesson_title": _("Bài học"),
    "class_name": _("Lớp"),
    "age_band.name": _("Cấp học"),
    "get_audience_display": _("Đối tượng"),
    "get_mode_display": _("Hình thức"),
    "participants": _("Số người tham gia"),
    "girls": _("Nữ"),
    "ethnic_minority": _("Dân tộc thiểu số"),
    "duration_minutes": _("Thời lượng (phút)"),
    "evidence_count": _("Số minh chứng"),
    "get_status_display": _("Trạng thái"),
    "return_reason": _("Lý do trả lại"),
}
