"""Officers' admin views of delivery sessions: list, inspect, verify or return, one or many.
Every lookup goes through ``session_scope``: an id from another area is a 404."""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView, View
from wagtail.admin import messages
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, StatusTagColumn, TitleColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton

from delivery.forms import SessionReturnForm
from delivery.models import DeliverySession, SessionStatus
from delivery.selectors import session_scope
from delivery.services import session_return, session_verify
from schools.admin_views import ScopedIndexView, ScopedInspectView

VERIFY_PERMISSION = "delivery.verify_deliverysession"


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

    @cached_property
    def header_buttons(self):
        """The exports as buttons beside the title (Excel first), not in the "…" menu."""
        buttons = list(super().header_buttons)
        if self.show_export_buttons:
            buttons += [
                HeaderButton(
                    gettext_lazy("Tải xuống Excel (XLSX)"),
                    url=self.xlsx_export_url,
                    icon_name="download",
                    priority=90,
                ),
                HeaderButton(
                    gettext_lazy("Tải xuống CSV"),
                    url=self.csv_export_url,
                    icon_name="download",
                    priority=100,
                ),
            ]
        return buttons

    @cached_property
    def header_more_buttons(self):
        exports = {self.xlsx_export_url, self.csv_export_url}
        return [button for button in super().header_more_buttons if button.url not in exports]


class SessionInspectView(ScopedInspectView):
    template_name = "delivery/admin/session_inspect.html"
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

    def done_url(self):
        """Where the officer came from (e.g. a school's completion page), else the session."""
        return get_valid_next_url_from_request(self.request) or self.inspect_url()

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
        return redirect(self.done_url())


class SessionReturnView(SessionReviewMixin, FormView):
    form_class = SessionReturnForm
    template_name = "delivery/admin/session_return.html"
    page_title = gettext_lazy("Trả lại buổi dạy")

    def get_context_data(self, **kwargs):
        return super().get_context_data(session=self.session, cancel_url=self.done_url(), **kwargs)

    def form_valid(self, form):
        count = session_return(
            sessions=[self.session], user=self.request.user, reason=form.cleaned_data["reason"]
        )
        if count:
            messages.success(self.request, _("Đã trả lại buổi dạy cho nhà trường."))
        else:
            messages.warning(self.request, _("Buổi dạy này không thể trả lại."))
        return redirect(self.done_url())


class SessionBulkAction(BulkAction):
    """Bulk actions on the sessions an officer may verify, limited to their area."""

    models = [DeliverySession]
    template_name = "delivery/admin/session_bulk_confirm.html"

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
