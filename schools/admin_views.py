"""Officers' admin views. Every object lookup goes through the viewset's ``scope`` selector, so
an id from another area is a 404, whatever the URL: edit, history, usage, inspect, export."""

from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, View
from wagtail.admin import messages
from wagtail.admin.views.generic import (
    CreateView,
    DeleteView,
    EditView,
    IndexView,
    InspectView,
)
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.history import ActionColumn, HistoryView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.widgets.button import HeaderButton

from core.spreadsheets.writing import SafeSpreadsheetExportMixin
from schools.forms import TeacherAccountForm
from schools.models import Membership
from schools.selectors import school_scope
from schools.services.accounts import (
    membership_activate,
    membership_counsellor_set,
    membership_deactivate,
    officer_scope_create,
    teacher_account_create,
)
from schools.services.registry import school_save

# ---------------------------------------------------------------------------------------------
# Generic views limited to the officer's scope


class ScopedIndexView(SafeSpreadsheetExportMixin, IndexView):
    """Lists and their CSV/XLSX exports (every cell through ``core.spreadsheets``)."""

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
# Teacher accounts and officer scopes


class MembershipIndexView(ScopedIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user", "school", "area")


class TeacherAccountCreateView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """Create a teacher account for a school in the officer's area; show its password once.

    The teacher accounts viewset's add view: it passes the permission policy and the URL names.
    """

    model = Membership
    permission_required = "add"
    template_name = "schools/admin/teacher_account_form.html"
    page_title = gettext_lazy("Tạo tài khoản giáo viên")
    header_icon = "user"
    index_url_name = None

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": _("Tài khoản giáo viên")},
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


class MembershipStatusView(PermissionCheckedMixin, WagtailAdminTemplateMixin, View):
    """Deactivate or reactivate a membership (the edit view of the teacher accounts and the
    officer scopes viewsets): an account with no active membership left cannot sign in.

    The viewset passes the permission policy (checked first: "change"), the ``scope`` the
    membership is looked up in, and the URL names."""

    model = Membership
    permission_required = "change"
    scope = None
    template_name = "schools/admin/membership_status.html"
    index_url_name = None
    history_url_name = None
    page_title = gettext_lazy("Tài khoản")
    header_icon = "user"

    @cached_property
    def membership(self) -> Membership:
        return get_object_or_404(
            self.scope(user=self.request.user).select_related("user", "school", "area"),
            pk=self.kwargs["pk"],
        )

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
        if not request.user.is_superuser:  # an officer sees the account's schools in scope only
            other = other.filter(pk__in=self.scope(user=request.user).values("pk"))
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
        elif request.POST.get("action") in ("counsellor", "not_counsellor"):
            is_counsellor = request.POST["action"] == "counsellor"
            try:
                membership_counsellor_set(
                    membership=self.membership, is_counsellor=is_counsellor, user=request.user
                )
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                done = (
                    _("“%(m)s” làm tư vấn học đường của trường.")
                    if is_counsellor
                    else _("“%(m)s” thôi làm tư vấn học đường.")
                )
                messages.success(request, done % {"m": self.membership})
            return redirect(self.request.path)
        elif request.POST.get("action") == "activate" and not self.membership.is_active:
            try:
                membership_activate(membership=self.membership, user=request.user)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, _("Đã kích hoạt lại “%(m)s”.") % {"m": self.membership})
        return redirect(self.index_url_name)


class OfficerScopeCreateView(CreateView):
    def save_instance(self):
        return officer_scope_create(
            user=self.form.cleaned_data["user"],
            area=self.form.cleaned_data["area"],
            created_by=self.request.user,
        )
