"""Officers' completion dashboard in the Wagtail admin: the province's periodic figure."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from completion.figures import (
    approval_notes,
    approved_row,
    completion_figures,
    completion_trend,
)
from completion.models import CompletionStatus, ReportingPeriod
from completion.reminders import reminders_for_school
from completion.selectors import completion_rows, period_current
from completion.viewsets import REBUILD_PENDING_MESSAGE
from core.spreadsheets.writing import spreadsheet_response
from delivery.admin_views import VERIFY_PERMISSION
from delivery.models import DeliverySession
from delivery.viewsets import session_viewset
from home.models import ReportSettings
from lessons.models import AgeBand
from schools.models import AreaLevel, SchoolType
from schools.selectors import area_scope, user_scope

SCHOOLS_PER_PAGE = 50
# Apps above completion add a figure beside the programme completion: functions taking
# ``request=``, ``officer_paths=`` (None: everything), ``area=`` and ``period=`` (either may be
# None), returning HTML (e.g. concerns: children who needed support and got it).
COMPLETION_DASHBOARD_PANELS_HOOK = "completion_dashboard_panels"
PRINT_LIMIT = 2000
CHART_ROW_HEIGHT = 28


def _chart_height(groups) -> int:
    return CHART_ROW_HEIGHT * max(len(groups), 1) + 8


def _officer_paths(user):
    scope = user_scope(user=user)
    if not scope.is_officer:
        raise PermissionDenied
    return None if scope.everything else scope.officer_paths


class CompletionFilters:
    """Period, area and school type from the query string, each checked against the scope."""

    def __init__(self, request):
        self.officer_paths = _officer_paths(request.user)
        scoped = area_scope(user=request.user)
        self.periods = list(ReportingPeriod.objects.all())
        params = request.GET
        self.period = self._pick(self.periods, params.get("period")) or period_current(
            periods=self.periods, today=timezone.localdate()
        )
        self.area = None
        raw_area = params.get("area", "")
        if raw_area:
            if raw_area.isdigit():
                self.area = scoped.filter(pk=raw_area).first()
            if self.area is None:
                raise Http404  # another officer's area, or none
        else:
            # The officer's top units: those whose parent lies outside the scope.
            roots = list(scoped.exclude(parent__in=scoped.values("pk")).order_by("path")[:2])
            if len(roots) == 1:
                self.area = roots[0]
        # The list offers units down to districts (a nation has thousands of communes);
        # communes are reached by drilling down from the table.
        self.areas = list(scoped.exclude(level=AreaLevel.COMMUNE).order_by("path"))
        if self.area is not None and self.area not in self.areas:
            self.areas.append(self.area)
        school_type = params.get("type", "")
        self.school_type = school_type if school_type in SchoolType.values else ""

    @staticmethod
    def _pick(items, raw):
        if not raw or not str(raw).isdigit():
            return None
        return next((item for item in items if item.pk == int(raw)), None)

    def query(self, **changes):
        values = {
            "period": self.period.pk if self.period else "",
            "area": self.area.pk if self.area else "",
            "type": self.school_type,
        }
        values.update(changes)
        return "&".join(f"{key}={value}" for key, value in values.items() if value != "")


def _missing_names(rows, bands: dict[int, str]) -> None:
    for row in rows:
        row.missing_levels = [bands.get(band_id, "?") for band_id in row.missing_level_ids]


def _print_heading(request) -> dict:
    """The parts of the administrative layout (Decree 30/2020/NĐ-CP): issuer, date, signers."""
    today = timezone.localdate()
    user = request.user
    return {
        "report_settings": ReportSettings.for_request(request),
        "report_date": _("ngày %(day)d tháng %(month)d năm %(year)d")
        % {"day": today.day, "month": today.month, "year": today.year},
        "report_preparer": user.get_full_name() or user.get_username(),
    }


class CompletionSubpageMixin:
    """An admin page under the dashboard: its breadcrumbs, and the dashboard's filters."""

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("completion_dashboard"), "label": _("Hoàn thành chương trình")},
            {"url": "", "label": self.get_page_title()},
        ]

    def dispatch(self, request, *args, **kwargs):
        self.filters = CompletionFilters(request)
        return super().dispatch(request, *args, **kwargs)


class CompletionDashboardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "completion/dashboard.html"
    header_icon = "tasks"

    def get_page_title(self):
        return _("Hoàn thành chương trình")

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def dispatch(self, request, *args, **kwargs):
        self.filters = CompletionFilters(request)
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        export = request.GET.get("export")
        period = self.filters.period
        if export in ("xlsx", "csv") and period and period.rebuild_pending:
            # No file of figures the worker is still recalculating: back to the dashboard.
            messages.warning(
                request,
                f"{REBUILD_PENDING_MESSAGE} {_('Hãy tải tệp lại khi số liệu đã tính xong.')}",
            )
            return redirect(f"{reverse('completion_dashboard')}?{self.filters.query()}")
        if export in ("xlsx", "csv") and period:
            return self.export(export, request.GET.get("table", "schools"))
        if request.GET.get("print") == "1":
            self.template_name = "completion/print.html"
        return super().get(request, *args, **kwargs)

    def _rows(self):
        f = self.filters
        return completion_rows(
            period=f.period, area=f.area, school_type=f.school_type, officer_paths=f.officer_paths
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        f = self.filters
        context.update(
            completion_filters=f, school_types=SchoolType.choices, statuses=CompletionStatus
        )
        context["dashboard_panels"] = [
            panel(request=self.request, officer_paths=f.officer_paths, area=f.area, period=f.period)
            for panel in hooks.get_hooks(COMPLETION_DASHBOARD_PANELS_HOOK)
        ]
        if self.request.GET.get("print") == "1":
            context.update(_print_heading(self.request))
        if f.period is None:
            return context
        if f.period.rebuild_pending:
            # The rows are being rebuilt: no stale figures, the pages say so instead.
            context["rebuild_pending"] = True
            return context
        # Approved districts show their frozen figures (completion/figures.py).
        figures = self._figures()
        bands = dict(AgeBand.objects.values_list("pk", "name"))
        incomplete = figures.incomplete()
        page = Paginator(incomplete, SCHOOLS_PER_PAGE).get_page(self.request.GET.get("p"))
        _missing_names(page.object_list, bands)
        by_area = figures.by_area(parent=f.area)
        by_type = [(SchoolType(value).label, t) for value, t in figures.by_type()]
        trend = completion_trend(
            period=f.period, area=f.area, school_type=f.school_type, officer_paths=f.officer_paths
        )
        context.update(
            headline=figures.headline(),
            approvals=figures.approvals,
            by_area=by_area,
            by_area_labels=[(area.name if area else _("Khác"), t) for area, t in by_area],
            by_area_height=_chart_height(by_area),
            by_type=by_type,
            by_type_height=_chart_height(by_type),
            trend=trend,
            trend_labels=[(period.name, t) for period, t in trend],
            trend_height=_chart_height(trend),
            incomplete=page,
            dashboard_url=reverse("completion_dashboard"),
        )
        if self.request.GET.get("print") == "1":
            everything = list(incomplete[:PRINT_LIMIT])
            _missing_names(everything, bands)
            context["incomplete_all"] = everything
        return context

    def _figures(self):
        f = self.filters
        return completion_figures(
            period=f.period, area=f.area, school_type=f.school_type, officer_paths=f.officer_paths
        )

    def export(self, kind: str, table: str):
        f = self.filters
        figures = self._figures()
        if table == "rollup":
            headings, data, name = ROLLUP_HEADINGS(), _rollup_rows(figures, f), "tong-hop"
        else:
            headings, data, name = SCHOOL_HEADINGS(), _school_rows(figures), "theo-truong"
        for note in approval_notes(figures):
            data.append([_("Ghi chú"), note])
        return spreadsheet_response(
            headings=headings,
            rows=data,
            file_format=kind,
            filename=f"hoan-thanh-{name}-{f.period.start:%Y%m%d}-{f.period.end:%Y%m%d}",
            sheet_title=f.period.name,
        )


def ROLLUP_HEADINGS():  # noqa: N802 - translated at call time, in the request's language
    return [
        _("Nhóm"), _("Đơn vị / loại hình"), _("Số trường phải thực hiện"), _("Hoàn thành"),
        _("Tỉ lệ hoàn thành (%)"), _("Đúng hạn"), _("Chờ xác nhận"), _("Đang thực hiện"),
        _("Chưa bắt đầu"), _("Học sinh tham gia"), _("Sĩ số"),
    ]  # fmt: skip


def SCHOOL_HEADINGS():  # noqa: N802
    return [
        _("Mã trường"), _("Tên trường"), _("Loại hình"), _("Địa bàn"), _("Tình trạng"),
        _("Đúng hạn"), _("Cấp học còn thiếu"), _("Số buổi được tính"), _("Học sinh tham gia"),
        _("Sĩ số"),
    ]  # fmt: skip


def _tally_cells(tally) -> list:
    return [
        tally.expected, tally.complete, tally.complete_percent, tally.on_time, tally.pending,
        tally.in_progress, tally.not_started, tally.participants, tally.enrolment,
    ]  # fmt: skip


def _rollup_rows(figures, filters) -> list[list]:
    data = []
    for area, tally in figures.by_area(parent=filters.area):
        data.append([_("Địa bàn"), area.name if area else _("Khác"), *_tally_cells(tally)])
    for value, tally in figures.by_type():
        data.append([_("Loại hình"), str(SchoolType(value).label), *_tally_cells(tally)])
    total = figures.headline()
    scope_name = filters.area.name if filters.area else _("Tất cả")
    data.append([_("Tổng"), scope_name, *_tally_cells(total)])
    return data


def _school_rows(figures) -> list[list]:
    bands = dict(AgeBand.objects.values_list("pk", "name"))
    return [
        [
            row.school.code,
            row.school.name,
            str(SchoolType(row.school_type).label),
            row.area.name,
            str(CompletionStatus(row.status).label),
            _("Có") if row.on_time else _("Không"),
            ", ".join(bands.get(band, "?") for band in row.missing_level_ids),
            row.sessions_counted,
            row.participants,
            row.enrolment,
        ]
        for row in figures.all_rows()
    ]


class CompletionSchoolView(WagtailAdminTemplateMixin, TemplateView):
    """One school in one period: its levels, status and the sessions that count."""

    template_name = "completion/school.html"
    header_icon = "home"

    def dispatch(self, request, *args, **kwargs):
        self.filters = CompletionFilters(request)
        if self.filters.period is None:
            raise Http404
        rows = completion_rows(
            period=self.filters.period,
            area=None,
            school_type=None,
            officer_paths=self.filters.officer_paths,
        )
        self.status = get_object_or_404(
            rows.select_related("school", "area"), school_id=kwargs["school_id"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return self.status.school.name

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": f"{reverse('completion_dashboard')}?{self.filters.query()}",
                "label": _("Hoàn thành chương trình"),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        period = self.filters.period
        bands = dict(AgeBand.objects.values_list("pk", "name"))
        _missing_names([self.status], bands)
        user = self.request.user
        context.update(
            # Each session links to its admin page; verify and return come back here.
            can_view_sessions=session_viewset.permission_policy.user_has_permission(user, "view"),
            can_verify=user.has_perm(VERIFY_PERMISSION),
            back_url=self.request.get_full_path(),
            completion_filters=self.filters,
            status=self.status,
            levels=self.status.school.levels.order_by("sort_order"),
            sessions=DeliverySession.objects.filter(
                school=self.status.school, date__gte=period.start, date__lte=period.end
            )
            .select_related("age_band")
            .order_by("-date"),
            dashboard_url=reverse("completion_dashboard"),
            reminders=reminders_for_school(school_id=self.status.school_id, period=period),
            approved_row=approved_row(period=period, row=self.status),
        )
        return context
