"""Learning gain per lesson, across classes and areas: the admin report (with exports) and the
panel on the officers' completion dashboard. Scoped like every officer view: an officer reads
the sessions of their areas, editors and superusers every session. Class-level only: each
figure comes from the class means of linked pre/post quiz runs (quizzes.gain)."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from core.spreadsheets.writing import SafeSpreadsheetExportMixin
from delivery.models import DeliverySession
from delivery.selectors import gain_report_areas, gain_report_sessions, lesson_gains
from schools.filters import AreaFilter
from schools.models import AreaLevel
from schools.selectors import paths_under

CLASS_LEVEL_NOTE = _(
    "Tiến bộ chỉ tính theo lớp: điểm trung bình của cả lớp trước và sau bài học; bài làm của "
    "từng em không được nối giữa hai lần, kể cả theo biệt danh."
)


class GainReportFilterSet(WagtailFilterSet):
    date = django_filters.DateFromToRangeFilter(
        label=_("Ngày dạy (từ ngày – đến ngày)"), widget=DateRangePickerWidget
    )
    area = AreaFilter(label=_("Địa bàn"), path_lookup="school__area__path")

    class Meta:
        model = DeliverySession
        fields = []

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        self.filters["area"].queryset = (
            gain_report_areas(user=request.user).exclude(level=AreaLevel.COMMUNE).order_by("path")
        )


def _number(value):
    return "—" if value is None else value


class LessonGainReportView(SafeSpreadsheetExportMixin, ReportView):
    page_title = _("Tiến bộ sau bài học")
    header_icon = "doc-full"
    index_url_name = "lesson_gain_report"
    index_results_url_name = "lesson_gain_report_results"
    filterset_class = GainReportFilterSet
    template_name = "delivery/admin/gain_report.html"
    list_export = [
        "lesson_title", "classes", "schools", "pre_attempts", "post_attempts", "pre_mean",
        "post_mean", "gain", "normalised",
    ]  # fmt: skip
    export_headings = {
        "lesson_title": _("Bài học"),
        "classes": _("Số lớp"),
        "schools": _("Số trường"),
        "pre_attempts": _("Bài làm trước bài học"),
        "post_attempts": _("Bài làm sau bài học"),
        "pre_mean": _("Điểm trung bình trước (%)"),
        "post_mean": _("Điểm trung bình sau (%)"),
        "gain": _("Chênh lệch (điểm %)"),
        "normalised": _("Tiến bộ chuẩn hóa g"),
    }
    columns = [
        Column("lesson_title", label=_("Bài học")),
        Column("classes", label=_("Số lớp")),
        Column("schools", label=_("Số trường")),
        Column("pre_mean", label=_("Trước (%)")),
        Column("post_mean", label=_("Sau (%)")),
        Column("gain", label=_("Chênh lệch (điểm %)")),
        Column("normalised", label=_("g"), accessor=lambda row: _number(row.normalised)),
    ]

    def dispatch(self, request, *args, **kwargs):
        self.sessions = gain_report_sessions(user=request.user)
        if self.sessions is None:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return self.sessions

    def get_filtered_queryset(self):
        return lesson_gains(sessions=self.filter_queryset(self.get_queryset()))

    def get_filename(self):
        return "tien-bo-sau-bai-hoc"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["class_level_note"] = CLASS_LEVEL_NOTE
        return context


def gain_dashboard_panel(*, request, officer_paths, area, period):
    """Mean gain per lesson beside the programme completion: the sessions of the officer's
    areas (None: everything), the dashboard's area and its period."""
    sessions = DeliverySession.objects.all()
    if officer_paths is not None:
        sessions = sessions.filter(paths_under(officer_paths, "school__area__path"))
    if area is not None:
        sessions = sessions.filter(school__area__path__startswith=area.path)
    if period is not None:
        sessions = sessions.filter(date__range=(period.start, period.end))
    return render_to_string(
        "delivery/admin/gain_dashboard_panel.html",
        {"rows": lesson_gains(sessions=sessions), "period": period, "note": CLASS_LEVEL_NOTE},
        request=request,
    )
