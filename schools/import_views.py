"""Officers' spreadsheet imports in the admin: upload, preview every change, confirm; and the
empty templates to fill in."""

import datetime
import uuid
from pathlib import PurePosixPath

from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.spreadsheets.writing import Sheet, spreadsheet_response
from core.tasks import enqueue_on_commit
from lessons.models import AgeBand
from schools.forms import SpreadsheetUploadForm
from schools.importing import SCHOOL_COLUMNS
from schools.models import ImportJob, SchoolType
from schools.selectors import area_scope
from schools.services.accounts import (
    TEACHER_COLUMNS,
    teacher_accounts_import,
)
from schools.services.registry import school_import
from schools.tasks import school_import_apply

# ---------------------------------------------------------------------------------------------
# Spreadsheet imports: upload, preview, confirm


IMPORTS_DIR = "imports"
IMPORT_SESSION_KEY = "schools_imports"
STALE_IMPORT_AGE = datetime.timedelta(days=1)
# A confirmed file with more rows than this is applied by the worker (schools/tasks.py): the
# officer gets a page to come back to for the result, instead of a request that times out.
IMPORT_QUEUE_ROWS = 300


def _stale_imports_delete() -> None:
    """Remove previews that were never confirmed (their files hold schools' or people's data)."""
    try:
        _dirs, files = default_storage.listdir(IMPORTS_DIR)
    except FileNotFoundError:
        return
    cutoff = timezone.now() - STALE_IMPORT_AGE
    for name in files:
        path = f"{IMPORTS_DIR}/{name}"
        if default_storage.get_modified_time(path) < cutoff:
            default_storage.delete(path)


class SpreadsheetImportView(WagtailAdminTemplateMixin, View):
    """Upload a table, see every change (or every error) it would make, then confirm."""

    template_name = "schools/admin/import.html"
    header_icon = "upload"
    permission = ""
    index_url_name = ""
    template_url_name = ""
    columns = []
    kind = ""
    # More rows than this: the worker applies the file (None: always in the request).
    queue_above_rows: int | None = None
    job_url_name = ""  # the page of a queued import

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def run(self, *, name: str, content: bytes, dry_run: bool):
        raise NotImplementedError

    def rows_of(self, result) -> int:
        return 0

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": self.list_label},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            columns=self.columns,
            template_xlsx_url=reverse(self.template_url_name) + "?format=xlsx",
            template_csv_url=reverse(self.template_url_name) + "?format=csv",
            kind=self.kind,
            **kwargs,
        )

    def get(self, request):
        return self.render_to_response(self.get_context_data(form=SpreadsheetUploadForm()))

    def post(self, request):
        if "token" in request.POST:
            return self.confirm(request)
        form = SpreadsheetUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        upload = form.cleaned_data["file"]
        content = upload.read()
        name = PurePosixPath(upload.name).name
        result = self.run(name=name, content=content, dry_run=True)
        if result.errors:
            return self.render_to_response(
                self.get_context_data(form=SpreadsheetUploadForm(), result=result, file_name=name),
                status=400,
            )
        _stale_imports_delete()
        token = uuid.uuid4().hex
        suffix = ".xlsx" if name.lower().endswith(".xlsx") else ".csv"
        stored = default_storage.save(f"{IMPORTS_DIR}/{token}{suffix}", ContentFile(content))
        pending = request.session.get(IMPORT_SESSION_KEY, {})
        pending[token] = {
            "path": stored,
            "name": name,
            "kind": self.kind,
            "rows": self.rows_of(result),
        }
        request.session[IMPORT_SESSION_KEY] = pending
        return self.render_to_response(
            self.get_context_data(result=result, token=token, file_name=name)
        )

    def confirm(self, request):
        pending = request.session.get(IMPORT_SESSION_KEY, {})
        entry = pending.pop(request.POST["token"], None)
        request.session[IMPORT_SESSION_KEY] = pending
        if entry is None or entry["kind"] != self.kind:
            messages.warning(request, _("Lần nhập này đã được xác nhận hoặc đã hết hạn."))
            return redirect(self.index_url_name)
        if self.queue_above_rows is not None and entry.get("rows", 0) > self.queue_above_rows:
            return self.enqueue(request, entry)
        try:
            with default_storage.open(entry["path"], "rb") as stored:
                content = stored.read()
        except FileNotFoundError:
            messages.warning(request, _("Lần nhập này đã hết hạn; hãy tải tệp lên lại."))
            return redirect(request.path)
        default_storage.delete(entry["path"])
        result = self.run(name=entry["name"], content=content, dry_run=False)
        if result.errors:
            # The data changed since the preview: nothing was written; say why.
            return self.render_to_response(
                self.get_context_data(
                    form=SpreadsheetUploadForm(), result=result, file_name=entry["name"]
                ),
                status=400,
            )
        return self.imported(request, result)

    def enqueue(self, request, entry):
        """Leave the stored file to the worker; its page says when it is done."""
        if not default_storage.exists(entry["path"]):
            messages.warning(request, _("Lần nhập này đã hết hạn; hãy tải tệp lên lại."))
            return redirect(request.path)
        job = ImportJob.objects.create(
            kind=self.kind,
            file_name=entry["name"],
            stored_path=entry["path"],
            rows=entry["rows"],
            user=request.user,
        )
        enqueue_on_commit(school_import_apply, str(job.pk))
        return redirect(self.job_url_name, job.pk)


class SchoolImportView(SpreadsheetImportView):
    page_title = gettext_lazy("Nhập danh sách trường")
    list_label = gettext_lazy("Trường học")
    permission = "schools.add_school"
    index_url_name = "schools:index"
    template_url_name = "schools:import_template"
    columns = SCHOOL_COLUMNS
    kind = "schools"
    queue_above_rows = IMPORT_QUEUE_ROWS
    job_url_name = "schools:import_job"

    def run(self, *, name, content, dry_run):
        return school_import(name=name, content=content, user=self.request.user, dry_run=dry_run)

    def rows_of(self, result) -> int:
        return len(result.changes)

    def get_context_data(self, **kwargs):
        recent = ImportJob.objects.filter(kind=self.kind, user=self.request.user)[:5]
        return super().get_context_data(recent_jobs=recent, **kwargs)

    def imported(self, request, result):
        messages.success(
            request,
            _(
                "Đã nhập: %(created)s trường mới, %(updated)s trường cập nhật, "
                "%(unchanged)s không đổi."
            )
            % {"created": result.created, "updated": result.updated, "unchanged": result.unchanged},
        )
        return redirect(self.index_url_name)


class TeacherImportView(SpreadsheetImportView):
    page_title = gettext_lazy("Nhập tài khoản giáo viên")
    list_label = gettext_lazy("Tài khoản giáo viên")
    permission = "schools.add_membership"
    index_url_name = "teachers:index"
    template_url_name = "teachers:import_template"
    columns = TEACHER_COLUMNS
    kind = "teachers"
    # Always applied in the request, whatever the size: the new accounts' passwords are shown
    # on the answer page, once, and must never be stored for a later page or a worker.
    queue_above_rows = None

    def run(self, *, name, content, dry_run):
        return teacher_accounts_import(
            name=name, content=content, created_by=self.request.user, dry_run=dry_run
        )

    def imported(self, request, result):
        # Rendered, not redirected: the passwords are shown this once and never stored.
        return TemplateResponse(
            request,
            "schools/admin/teacher_accounts_created.html",
            {**self.get_context_data(), "accounts": result.accounts},
        )


class SchoolImportJobView(WagtailAdminTemplateMixin, TemplateView):
    """A queued school import: still processing, or what it did. Only for whoever sent it
    (and superusers); anyone else gets a 404, as for an import that does not exist."""

    template_name = "schools/admin/import_job.html"
    header_icon = "upload"
    page_title = gettext_lazy("Kết quả nhập danh sách trường")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("schools.add_school"):
            raise PermissionDenied
        self.job = get_object_or_404(ImportJob, pk=kwargs["pk"], kind="schools")
        if self.job.user_id != request.user.pk and not request.user.is_superuser:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("schools:index"), "label": _("Trường học")},
            {"url": reverse("schools:import"), "label": _("Nhập danh sách trường")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(job=self.job, **kwargs)


class ImportTemplateView(View):
    """An empty table with the headings the import reads, a sample row and valid values."""

    permission = ""
    columns = []
    sample = []
    file_name = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        headings = [column.headings[1] for column in self.columns]
        file_format = "csv" if request.GET.get("format") == "csv" else "xlsx"
        more_sheets = []
        if file_format == "xlsx":  # CSV holds one table: the guide is for the workbook only
            guide = self.guide_rows(request)
            more_sheets.append(Sheet(_("Hướng dẫn"), guide[0], guide[1:], column_widths=[30, 60]))
        return spreadsheet_response(
            headings=headings,
            rows=[self.sample],
            file_format=file_format,
            filename=self.file_name,
            sheet_title=_("Dữ liệu"),
            column_widths=[24] * len(headings),
            more_sheets=more_sheets,
        )

    def guide_rows(self, request):
        rows = [[_("Cột"), _("Ý nghĩa")]]
        rows += [
            [f"{column.headings[1]} / {column.key}", "" if column.required else _("không bắt buộc")]
            for column in self.columns
        ]
        return rows


class SchoolImportTemplateView(ImportTemplateView):
    permission = "schools.add_school"
    columns = SCHOOL_COLUMNS
    file_name = "mau-danh-sach-truong"
    sample = ["58000101", "Trường Tiểu học Phước Đại", "TH", "Xã Phước Đại", "Tiểu học", "420"]

    def guide_rows(self, request):
        rows = super().guide_rows(request)
        rows.append([])
        rows.append([_("Loại hình"), ", ".join(SchoolType.values)])
        rows.append(
            [_("Cấp học"), "; ".join(band.name for band in AgeBand.objects.order_by("sort_order"))]
        )
        rows.append([_("Đang hoạt động"), _("1 (có) hoặc 0 (không); để trống là có")])
        rows.append([])
        rows.append([_("Địa bàn (mã)"), _("Tên địa bàn")])
        areas = area_scope(user=request.user).filter(retired_on__isnull=True).order_by("path")
        rows += [[area.code, area.name] for area in areas]
        return rows


class TeacherImportTemplateView(ImportTemplateView):
    permission = "schools.add_membership"
    columns = TEACHER_COLUMNS
    file_name = "mau-tai-khoan-giao-vien"
    sample = ["lan.nt", "Nguyễn Thị Lan", "58000101", ""]
