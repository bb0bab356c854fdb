"""The officers' queue of reports: list, details (each view logged), triage, actions and
figures. Every lookup goes through ``concern_scope``: another area's report is a 404."""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from concerns.forms import ActionForm, TriageForm
from concerns.models import Category, Stage, Urgency
from concerns.selectors import (
    FIGURE_GROUPS,
    concern_figures,
    concern_handler_choices,
    concern_queue,
    concern_scope,
)
from concerns.services import concern_action_record, concern_triage, concern_viewed
from core.spreadsheets.writing import spreadsheet_response
from schools.admin_views import ScopedIndexView, ScopedInspectView
from schools.selectors import school_scope, user_scope

HANDLE_PERMISSION = "concerns.handle_concern"


def _local(value):
    return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT") if value else ""


def _due_label(concern):
    label = _local(concern.first_action_due)
    if getattr(concern, "overdue", False):
        return _("%(due)s — QUÁ HẠN") % {"due": label}
    if concern.first_action_at:
        return _("đã xử lý %(at)s") % {"at": _local(concern.first_action_at)}
    return label


class ConcernIndexView(ScopedIndexView):
    """Open reports first: urgent, then overdue, then the oldest."""

    def get_base_queryset(self):
        return concern_queue(
            concerns=super().get_base_queryset().select_related("area", "school", "handler"),
            now=timezone.now(),
        )

    def get_valid_orderings(self):
        return ["created_at", "-created_at"]

    def order_queryset(self, queryset):
        if self.request.GET.get("ordering") in self.get_valid_orderings():
            return queryset.order_by(self.request.GET["ordering"], "pk")
        return queryset

    @cached_property
    def columns(self):
        return [
            self._get_title_column("queue_title", column_class=TitleColumn),
            Column(
                "created_at",
                label=gettext_lazy("Tiếp nhận"),
                accessor=lambda c: _local(c.created_at),
                sort_key="created_at",
            ),
            Column(
                "place",
                label=gettext_lazy("Địa bàn / trường"),
                accessor=lambda c: " · ".join(
                    name
                    for name in (
                        c.area.name if c.area else str(_("Chưa rõ địa bàn")),
                        c.school.name if c.school else "",
                    )
                    if name
                ),
            ),
            StatusTagColumn(
                "urgency",
                label=gettext_lazy("Mức độ"),
                accessor=lambda c: _("Khẩn cấp") if c.urgency == Urgency.URGENT else _("Thường"),
                primary=lambda c: c.urgency == Urgency.URGENT,
            ),
            Column("due", label=gettext_lazy("Hạn xử lý đầu tiên"), accessor=_due_label),
            Column("stage", label=gettext_lazy("Tình trạng"), accessor="get_stage_display"),
            Column(
                "handler",
                label=gettext_lazy("Người xử lý"),
                accessor=lambda c: c.handler.get_username() if c.handler else "—",
            ),
        ]


class ConcernInspectView(ScopedInspectView):
    template_name = "concerns/admin/concern_inspect.html"
    page_title = gettext_lazy("Báo cáo lo ngại")

    def get_object(self, queryset=None):
        concern = get_object_or_404(
            self.scope(user=self.request.user).select_related("area", "school", "handler"),
            pk=unquote(str(self.pk)),
        )
        concern_viewed(concern=concern, user=self.request.user)
        return concern

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        concern = self.object
        may_handle = self.request.user.has_perm(HANDLE_PERMISSION)
        context.update(
            concern=concern,
            entries=list(concern.entries.select_related("user")),
            overdue=concern.stage != Stage.CLOSED
            and concern.first_action_at is None
            and concern.first_action_due < timezone.now(),
            may_handle=may_handle and concern.stage != Stage.CLOSED,
            triage_url=reverse("concern_queue:triage", args=[concern.pk]),
            action_url=reverse("concern_queue:action", args=[concern.pk]),
        )
        if context["may_handle"]:
            context["triage_form"] = _triage_form(self.request, concern)
            context["action_form"] = ActionForm()
        return context


def _triage_form(request, concern, data=None):
    form = TriageForm(
        data,
        handlers=concern_handler_choices(concern=concern),
        schools=school_scope(user=request.user).filter(is_active=True).order_by("name"),
        initial={"urgency": concern.urgency, "handler": concern.handler_id},
    )
    if concern.school_id is not None:
        del form.fields["school"]  # placed already: the school is what the reporter said
    return form


class ConcernHandleMixin(WagtailAdminTemplateMixin):
    """One report in the officer's scope, for a user allowed to handle reports."""

    header_icon = "warning"
    http_method_names = ["post"]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(HANDLE_PERMISSION):
            raise PermissionDenied
        self.concern = get_object_or_404(
            concern_scope(user=request.user).select_related("area", "school", "handler"),
            pk=kwargs["pk"],
        )
        return super().dispatch(request, *args, **kwargs)

    def inspect_url(self):
        return reverse("concern_queue:inspect", args=[self.concern.pk])

    def refused(self, errors):
        for error in errors:
            messages.error(self.request, error)
        return redirect(self.inspect_url())


class ConcernTriageView(ConcernHandleMixin, View):
    def post(self, request, pk):
        if self.concern.stage == Stage.CLOSED:
            return self.refused([_("Báo cáo đã kết thúc.")])
        form = _triage_form(request, self.concern, request.POST)
        if not form.is_valid():
            return self.refused([e for errors in form.errors.values() for e in errors])
        concern_triage(
            concern=self.concern,
            user=request.user,
            urgency=form.cleaned_data["urgency"],
            handler=form.cleaned_data["handler"],
            school=form.cleaned_data.get("school"),
        )
        messages.success(request, _("Đã lưu phân loại."))
        return redirect(self.inspect_url())


class ConcernActionView(ConcernHandleMixin, View):
    def post(self, request, pk):
        form = ActionForm(request.POST)
        if not form.is_valid():
            return self.refused([e for errors in form.errors.values() for e in errors])
        data = form.cleaned_data
        try:
            concern_action_record(
                concern=self.concern,
                user=request.user,
                kind=data["kind"],
                text=data["text"].strip(),
                referred_to=data["referred_to"],
                outcome=data["outcome"],
            )
        except ValidationError as error:
            return self.refused(error.messages)
        messages.success(request, _("Đã ghi lại việc đã làm."))
        return redirect(self.inspect_url())


def FIGURE_HEADINGS():  # noqa: N802 - translated at call time
    return [
        _("Nhóm"),
        _("Tiếp nhận"),
        _("Xử lý đầu tiên đúng hạn"),
        _("Đã hỗ trợ"),
        _("Đã kết thúc"),
    ]


class ConcernFiguresView(WagtailAdminTemplateMixin, TemplateView):
    """Received, first action on time, supported and closed by category, area and month,
    within the officer's scope; CSV/XLSX through ``core.spreadsheets``."""

    template_name = "concerns/admin/figures.html"
    header_icon = "table"
    page_title = gettext_lazy("Số liệu báo cáo lo ngại")

    def dispatch(self, request, *args, **kwargs):
        if not user_scope(user=request.user).is_officer or not request.user.has_perm(
            "concerns.view_concern"
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def tables(self):
        concerns = concern_scope(user=self.request.user)
        categories = dict(Category.choices)
        tables = []
        for group in FIGURE_GROUPS:
            rows = concern_figures(concerns=concerns, group=group)
            for row in rows:
                key = row["group_key"]
                if group == "category":
                    row["label"] = str(categories.get(key, key))
                elif group == "area":
                    row["label"] = key or str(_("Chưa rõ địa bàn"))
                else:
                    row["label"] = timezone.localtime(key).strftime("%m/%Y") if key else ""
            tables.append((group, rows))
        return tables

    def get(self, request, *args, **kwargs):
        export = request.GET.get("export")
        if export in ("csv", "xlsx"):
            names = {"category": _("Loại việc"), "area": _("Địa bàn"), "month": _("Tháng")}
            data = [
                [f"{names[group]}: {row['label']}", row["received"], row["on_time"],
                 row["supported"], row["closed"]]
                for group, rows in self.tables()
                for row in rows
            ]  # fmt: skip
            return spreadsheet_response(
                headings=FIGURE_HEADINGS(),
                rows=data,
                file_format=export,
                filename="bao-cao-lo-ngai-so-lieu",
                sheet_title=str(_("Số liệu")),
            )
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        titles = {
            "category": _("Theo loại việc"),
            "area": _("Theo địa bàn"),
            "month": _("Theo tháng"),
        }
        context["tables"] = [(titles[group], rows) for group, rows in self.tables()]
        return context
