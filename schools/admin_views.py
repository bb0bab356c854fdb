"""Officers' admin views. Every object lookup goes through the viewset's ``scope`` selector, so
an id from another area is a 404, whatever the URL: edit, history, usage, inspect, export."""

import csv
import datetime
import io
import uuid
from pathlib import PurePosixPath

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView, View
from openpyxl import Workbook
from wagtail.admin import messages
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, StatusTagColumn, TitleColumn
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic import (
    CreateView,
    DeleteView,
    EditView,
    IndexView,
    InspectView,
)
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.history import ActionColumn, HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.widgets.button import HeaderButton

from lessons.models import AgeBand
from schools.forms import SessionReturnForm, SpreadsheetUploadForm, TeacherAccountForm
from schools.models import DeliverySession, SchoolType, SessionStatus
from schools.selectors import area_scope, school_scope, session_scope
from schools.services import (
    SCHOOL_COLUMNS,
    TEACHER_COLUMNS,
    membership_activate,
    membership_deactivate,
    officer_scope_create,
    school_import,
    school_save,
    session_return,
    session_verify,
    teacher_account_create,
    teacher_accounts_import,
)

VERIFY_PERMISSION = "schools.verify_deliverysession"

# ---------------------------------------------------------------------------------------------
# Generic views limited to the officer's scope


class ScopedIndexView(IndexView):
    scope = None  # a selector taking ``user=`` and returning what the user may see
    import_url_name = None

    def get_base_queryset(self):
        return self.scope(user=self.request.user)

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.import_url_name and self.user_has_permission("add"):
            buttons.append(
                HeaderButton(
                    _("Nhập từ tệp"), url=reverse(self.import_url_name), icon_name="upload"
                )
            )
        return buttons


class ScopedEditView(EditView):
    scope = None

    def get_queryset(self):
        return self.scope(user=self.request.user)


class ScopedDeleteView(DeleteView):
    scope = None

    def get_queryset(self):
        return self.scope(user=self.request.user)


class CommentedActionColumn(ActionColumn):
    # Wagtail shows a log entry's comment (a return's reason, what an edit changed) only for
    # models with revisions; these models have none, so use that cell everywhere.
    cell_template_name = "wagtailadmin/generic/history/action_cell.html"


class ScopedHistoryView(HistoryView):
    scope = None
    # Whoever may list the objects may read their history; the scope limits which.
    any_permission_required = ["add", "change", "delete", "view"]

    @cached_property
    def columns(self):
        action, *others = super().columns
        commented = CommentedActionColumn(
            action.name,
            label=action.label,
            object=self.object,
            url_names=action.url_names,
            user_can_unschedule=action.user_can_unschedule,
        )
        return [commented, *others]

    def get_base_object_queryset(self):
        return self.scope(user=self.request.user)

    @cached_property
    def header_buttons(self):
        if self.user_has_permission("change"):
            return super().header_buttons
        return []


class ScopedUsageView(UsageView):
    scope = None

    def get_base_object_queryset(self):
        return self.scope(user=self.request.user)


class ScopedInspectView(InspectView):
    scope = None
    any_permission_required = ["add", "change", "delete", "view"]

    def get_object(self, queryset=None):
        return get_object_or_404(self.scope(user=self.request.user), pk=unquote(str(self.pk)))


# ---------------------------------------------------------------------------------------------
# Schools and areas


class SchoolIndexView(ScopedIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("area").prefetch_related("levels")


class SchoolCreateView(CreateView):
    def save_instance(self):
        return school_save(
            school=self.form.save(commit=False),
            levels=self.form.cleaned_data["levels"],
            user=self.request.user,
        )


class SchoolEditView(ScopedEditView):
    def save_instance(self):
        return school_save(
            school=self.form.save(commit=False),
            levels=self.form.cleaned_data["levels"],
            user=self.request.user,
        )


class AreaIndexView(ScopedIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("parent")


# ---------------------------------------------------------------------------------------------
# Delivery sessions


def _session_title_id(session):
    return f"session_{session.pk}_title"


class SessionIndexView(ScopedIndexView):
    """Sessions in the officer's area, with filters, exports and bulk verify/return."""

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("school__area", "age_band")
            .annotate(evidence_count=Count("evidence"))
        )

    @cached_property
    def columns(self):
        return [
            BulkActionsCheckboxColumn("bulk_actions", obj_type="session"),
            self._get_title_column(
                "lesson_title", column_class=TitleColumn, get_title_id=_session_title_id
            ),
            Column("school", label=gettext_lazy("Trường"), accessor="school.name"),
            Column("area", label=gettext_lazy("Địa bàn"), accessor="school.area.name"),
            Column(
                "date",
                label=gettext_lazy("Ngày dạy"),
                accessor=lambda session: date_format(session.date, "SHORT_DATE_FORMAT"),
                sort_key="date",
            ),
            Column("class_name", label=gettext_lazy("Lớp")),
            Column("age_band", label=gettext_lazy("Cấp học"), accessor="age_band.name"),
            Column("participants", label=gettext_lazy("Số người"), sort_key="participants"),
            Column("evidence_count", label=gettext_lazy("Minh chứng")),
            StatusTagColumn(
                "status",
                label=gettext_lazy("Trạng thái"),
                accessor="get_status_display",
                primary=lambda session: session.status == SessionStatus.VERIFIED,
                sort_key="status",
            ),
        ]

    def get_valid_orderings(self):
        return ["date", "-date", "participants", "-participants", "status", "-status"]


class SessionInspectView(ScopedInspectView):
    template_name = "schools/admin/session_inspect.html"
    page_title = gettext_lazy("Buổi dạy")

    def get_object(self, queryset=None):
        return get_object_or_404(
            self.scope(user=self.request.user)
            .select_related("school__area", "age_band", "lesson", "recorded_by", "reviewed_by")
            .prefetch_related("evidence__consent_recorded_by"),
            pk=unquote(str(self.pk)),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context.update(
            session=self.object,
            evidence=list(self.object.evidence.all()),
            can_verify=user.has_perm(VERIFY_PERMISSION),
            history_url=reverse("sessions:history", args=[self.object.pk]),
            verify_url=reverse("sessions:verify", args=[self.object.pk]),
            return_url=reverse("sessions:return", args=[self.object.pk]),
        )
        return context


class SessionReviewMixin(WagtailAdminTemplateMixin):
    """A single session in the officer's scope, for a user allowed to verify."""

    header_icon = "tasks"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VERIFY_PERMISSION):
            raise PermissionDenied
        self.session = get_object_or_404(
            session_scope(user=request.user).select_related("school"), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)

    def inspect_url(self):
        return reverse("sessions:inspect", args=[self.session.pk])

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("sessions:index"), "label": _("Buổi dạy")},
            {"url": self.inspect_url(), "label": str(self.session)},
            {"url": "", "label": self.get_page_title()},
        ]


class SessionVerifyView(SessionReviewMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk):
        if session_verify(sessions=[self.session], user=request.user):
            messages.success(request, _("Đã xác nhận buổi dạy “%(s)s”.") % {"s": self.session})
        else:
            messages.warning(
                request, _("Chỉ xác nhận được buổi dạy đang chờ xác nhận; không có gì thay đổi.")
            )
        return redirect(self.inspect_url())


class SessionReturnView(SessionReviewMixin, FormView):
    form_class = SessionReturnForm
    template_name = "schools/admin/session_return.html"
    page_title = gettext_lazy("Trả lại buổi dạy")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            session=self.session, cancel_url=self.inspect_url(), **kwargs
        )

    def form_valid(self, form):
        count = session_return(
            sessions=[self.session], user=self.request.user, reason=form.cleaned_data["reason"]
        )
        if count:
            messages.success(self.request, _("Đã trả lại buổi dạy cho nhà trường."))
        else:
            messages.warning(self.request, _("Buổi dạy này không thể trả lại."))
        return redirect(self.inspect_url())


class SessionBulkAction(BulkAction):
    """Bulk actions on the sessions an officer may verify, limited to their area."""

    models = [DeliverySession]
    template_name = "schools/admin/session_bulk_confirm.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VERIFY_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_all_objects_in_listing_query(self, parent_id):
        return session_scope(user=self.request.user).values_list("pk", flat=True)

    def get_actionable_objects(self):
        object_ids = self.request.GET.getlist("id")
        if "all" in object_ids:
            object_ids = self.get_all_objects_in_listing_query(None)
        sessions = list(
            session_scope(user=self.request.user)
            .filter(pk__in=[pk for pk in object_ids if str(pk).isdigit()])
            .select_related("school")
        )
        if not sessions:
            raise Http404
        actionable = [session for session in sessions if session.status in self.from_statuses]
        skipped = [session for session in sessions if session.status not in self.from_statuses]
        return actionable, {"items_with_no_access": skipped}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            heading=self.display_name,
            skipped_message=self.skipped_message,
            action_button_text=self.button_text,
            **kwargs,
        )


class VerifySessionsBulkAction(SessionBulkAction):
    display_name = gettext_lazy("Xác nhận")
    action_type = "verify"
    aria_label = gettext_lazy("Xác nhận các buổi dạy đã chọn")
    action_priority = 10
    from_statuses = {SessionStatus.SUBMITTED}
    skipped_message = gettext_lazy("Các buổi sau không ở trạng thái chờ xác nhận, sẽ bỏ qua:")
    button_text = gettext_lazy("Xác nhận các buổi dạy này")

    def get_execution_context(self):
        return {"user": self.request.user}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        return session_verify(sessions=objects, user=user), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "Đã xác nhận %(count)d buổi dạy.", "Đã xác nhận %(count)d buổi dạy.", num_parent_objects
        ) % {"count": num_parent_objects}


class ReturnSessionsBulkAction(SessionBulkAction):
    display_name = gettext_lazy("Trả lại")
    action_type = "return"
    aria_label = gettext_lazy("Trả lại các buổi dạy đã chọn cho nhà trường")
    action_priority = 20
    form_class = SessionReturnForm
    from_statuses = {SessionStatus.SUBMITTED, SessionStatus.VERIFIED}
    skipped_message = gettext_lazy("Các buổi sau đã rút hoặc đã trả lại, sẽ bỏ qua:")
    button_text = gettext_lazy("Trả lại các buổi dạy này")

    def get_execution_context(self):
        return {"user": self.request.user, "reason": self.cleaned_form.cleaned_data["reason"]}

    @classmethod
    def execute_action(cls, objects, user=None, reason="", **kwargs):
        return session_return(sessions=objects, user=user, reason=reason), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "Đã trả lại %(count)d buổi dạy.", "Đã trả lại %(count)d buổi dạy.", num_parent_objects
        ) % {"count": num_parent_objects}


# ---------------------------------------------------------------------------------------------
# Teacher accounts and officer scopes


class MembershipIndexView(ScopedIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user", "school", "area")


class TeacherAccountCreateView(WagtailAdminTemplateMixin, FormView):
    """Create a teacher account for a school in the officer's area; show its password once."""

    template_name = "schools/admin/teacher_account_form.html"
    page_title = gettext_lazy("Tạo tài khoản giáo viên")
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("schools.add_membership"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("teachers:index"), "label": _("Tài khoản giáo viên")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_form(self, form_class=None):
        return TeacherAccountForm(
            **self.get_form_kwargs(), schools=school_scope(user=self.request.user)
        )

    def form_valid(self, form):
        try:
            account = teacher_account_create(**form.cleaned_data, created_by=self.request.user)
        except ValidationError as error:
            for name, messages_ in error.message_dict.items():
                form.add_error(name, messages_)
            return self.form_invalid(form)
        return TemplateResponse(
            self.request,
            "schools/admin/teacher_accounts_created.html",
            {**self.get_context_data(), "accounts": [account]},
        )


class MembershipStatusView(WagtailAdminTemplateMixin, View):
    """Deactivate or reactivate a membership (the "edit" of a teacher account or an officer
    scope): an account with no active membership left cannot sign in."""

    scope = None
    template_name = "schools/admin/membership_status.html"
    index_url_name = None
    history_url_name = None
    page_title = gettext_lazy("Tài khoản")
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("schools.change_membership"):
            raise PermissionDenied
        self.membership = get_object_or_404(
            self.scope(user=request.user).select_related("user", "school", "area"),
            pk=kwargs["pk"],
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.membership.user.get_username()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": _("Danh sách")},
            {"url": "", "label": self.get_page_subtitle()},
        ]

    def get(self, request, *args, **kwargs):
        other = (
            self.membership.user.school_memberships.exclude(pk=self.membership.pk)
            .select_related("school", "area")
            .order_by("pk")
        )
        return self.render_to_response(
            self.get_context_data(
                membership=self.membership,
                other_memberships=list(other),
                history_url=reverse(self.history_url_name, args=[self.membership.pk]),
            )
        )

    def post(self, request, *args, **kwargs):
        if request.POST.get("action") == "deactivate" and self.membership.is_active:
            membership_deactivate(membership=self.membership, user=request.user)
            messages.success(request, _("Đã ngừng “%(m)s”.") % {"m": self.membership})
        elif request.POST.get("action") == "activate" and not self.membership.is_active:
            membership_activate(membership=self.membership, user=request.user)
            messages.success(request, _("Đã kích hoạt lại “%(m)s”.") % {"m": self.membership})
        return redirect(self.index_url_name)


class OfficerScopeCreateView(CreateView):
    def save_instance(self):
        return officer_scope_create(
            user=self.form.cleaned_data["user"],
            area=self.form.cleaned_data["area"],
            created_by=self.request.user,
        )


class SuperuserOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


# ---------------------------------------------------------------------------------------------
# Spreadsheet imports: upload, preview, confirm


IMPORTS_DIR = "imports"
IMPORT_SESSION_KEY = "schools_imports"
STALE_IMPORT_AGE = datetime.timedelta(days=1)


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

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def run(self, *, name: str, content: bytes, dry_run: bool):
        raise NotImplementedError

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
        pending[token] = {"path": stored, "name": name, "kind": self.kind}
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


class SchoolImportView(SpreadsheetImportView):
    page_title = gettext_lazy("Nhập danh sách trường")
    list_label = gettext_lazy("Trường học")
    permission = "schools.add_school"
    index_url_name = "schools:index"
    template_url_name = "schools:import_template"
    columns = SCHOOL_COLUMNS
    kind = "schools"

    def run(self, *, name, content, dry_run):
        return school_import(name=name, content=content, user=self.request.user, dry_run=dry_run)

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
        if request.GET.get("format") == "csv":
            output = io.StringIO()
            writer = csv.writer(output)
            writer.writerow(headings)
            writer.writerow(self.sample)
            response = HttpResponse(
                "\ufeff" + output.getvalue(), content_type="text/csv; charset=utf-8"
            )
            response["Content-Disposition"] = f'attachment; filename="{self.file_name}.csv"'
            return response
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = _("Dữ liệu")
        sheet.append(headings)
        sheet.append(self.sample)
        for index, _heading in enumerate(headings, start=1):
            sheet.column_dimensions[sheet.cell(1, index).column_letter].width = 24
        guide = workbook.create_sheet(_("Hướng dẫn"))
        for row in self.guide_rows(request):
            guide.append(row)
        guide.column_dimensions["A"].width = 30
        guide.column_dimensions["B"].width = 60
        output = io.BytesIO()
        workbook.save(output)
        response = HttpResponse(
            output.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = f'attachment; filename="{self.file_name}.xlsx"'
        return response

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
