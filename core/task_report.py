"""Reports → "Tác vụ nền": the recent results of the background tasks, failed ones first, for
superusers only (the traceback's last line may quote data). Checked here, not only in the menu.
"""

import datetime
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from core.spreadsheets.writing import SafeSpreadsheetExportMixin
from core.tasks import TASK_ATTEMPTS, task_attempt

RECENT = datetime.timedelta(days=30)
RECENT_LIMIT = 1000


@dataclass
class TaskRow:
    """One stored task result, as the report and its export show it."""

    id: str
    status: str
    status_label: str
    task: str
    attempt: str
    enqueued_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    exception_class: str
    exception_message: str

    @classmethod
    def of(cls, result: DBTaskResult) -> "TaskRow":
        kwargs = (result.args_kwargs or {}).get("kwargs") or {}
        return cls(
            id=str(result.id),
            status=result.status,
            status_label=str(TaskResultStatus(result.status).label),
            task=result.task_path,
            attempt=f"{task_attempt(kwargs)}/{TASK_ATTEMPTS}",
            enqueued_at=result.enqueued_at,
            finished_at=result.finished_at,
            exception_class=result.exception_class_path,
            exception_message=_exception_message(result.traceback),
        )


def _exception_message(traceback: str) -> str:
    """The message of the exception: the traceback's last line without the class."""
    lines = [line for line in (traceback or "").strip().splitlines() if line.strip()]
    if not lines:
        return ""
    _class, sep, message = lines[-1].partition(": ")
    return message.strip() if sep else ""


def task_rows(*, since: datetime.datetime, limit: int = RECENT_LIMIT) -> list[TaskRow]:
    """Results enqueued since ``since``: failed first, then the newest."""
    failed_first = Case(
        When(status=TaskResultStatus.FAILED, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )
    results = (
        DBTaskResult.objects.filter(enqueued_at__gte=since)
        .annotate(failed_first=failed_first)
        .order_by("failed_first", "-enqueued_at")
        .only(
            "id", "status", "task_path", "args_kwargs", "enqueued_at", "finished_at",
            "exception_class_path", "traceback",
        )[:limit]
    )  # fmt: skip
    return [TaskRow.of(result) for result in results]


class TaskResultsReportView(SafeSpreadsheetExportMixin, ReportView):
    page_title = _("Tác vụ nền")
    header_icon = "cogs"
    index_url_name = "task_results_report"
    index_results_url_name = "task_results_report_results"
    list_export = [
        "status_label", "task", "attempt", "enqueued_at", "finished_at", "exception_class",
        "exception_message", "id",
    ]  # fmt: skip
    export_headings = {
        "status_label": _("Trạng thái"),
        "task": _("Tác vụ"),
        "attempt": _("Lần thử"),
        "enqueued_at": _("Xếp hàng lúc"),
        "finished_at": _("Xong lúc"),
        "exception_class": _("Lỗi"),
        "exception_message": _("Thông báo lỗi"),
        "id": _("Mã kết quả"),
    }
    columns = [
        Column("status_label", label=_("Trạng thái")),
        Column("task", label=_("Tác vụ")),
        Column("attempt", label=_("Lần thử")),
        DateColumn("enqueued_at", label=_("Xếp hàng lúc")),
        DateColumn("finished_at", label=_("Xong lúc")),
        Column("exception_class", label=_("Lỗi")),
        Column("exception_message", label=_("Thông báo lỗi")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            # A 403, not Wagtail's redirect to the dashboard: the refusal is plain.
            return permission_denied(request, exception=PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return task_rows(since=timezone.now() - RECENT)

    def get_filename(self):
        return "tac-vu-nen"
