"""Admin views of reporting periods: saving one has the worker rebuild its completion figures."""

from django.core.exceptions import PermissionDenied
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from completion.models import ReportingPeriod
from completion.selectors import user_manages_periods
from completion.services import period_save


class PeriodPermissionPolicy(ModelPermissionPolicy):
    """Periods are the province's: only those who manage them hold any permission on them, so
    Wagtail's own views (the editing-session ping, history) follow the same rule as ours."""

    def user_has_permission(self, user, action):
        return super().user_has_permission(user, action) and user_manages_periods(user=user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class ProvinceOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not user_manages_periods(user=request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


# Said wherever a period's figures would show while the worker rebuilds them.
REBUILD_PENDING_MESSAGE = _("Đang tính lại số liệu của kỳ này…")


class PeriodCreateView(ProvinceOnlyMixin, generic.CreateView):
    success_message = _("Đã lưu kỳ báo cáo “%(object)s”; số liệu của kỳ đang được tính lại.")

    def save_instance(self):
        return period_save(period=self.form.save(commit=False))


class PeriodEditView(ProvinceOnlyMixin, generic.EditView):
    success_message = _("Đã lưu kỳ báo cáo “%(object)s”; số liệu của kỳ đang được tính lại.")

    def save_instance(self):
        return period_save(period=self.form.save(commit=False))


class PeriodIndexView(ProvinceOnlyMixin, generic.IndexView):
    pass


class PeriodDeleteView(ProvinceOnlyMixin, generic.DeleteView):
    pass


class PeriodHistoryView(ProvinceOnlyMixin, generic.HistoryView):
    pass


class PeriodUsageView(ProvinceOnlyMixin, generic.UsageView):
    pass


class ReportingPeriodViewSet(ModelViewSet):
    model = ReportingPeriod
    icon = "date"
    menu_label = _("Kỳ báo cáo")
    name = "reporting_periods"
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = False
    form_fields = [
        "name", "start", "end", "due_date", "sessions_required", "verified_only",
        "reminder_days",
    ]  # fmt: skip
    list_display = [
        "name", "start", "end", "due_date", "sessions_required",
        BooleanColumn(
            "verified_only",
            label=capfirst(ReportingPeriod._meta.get_field("verified_only").verbose_name),
        ),
        Column(
            "figures",
            label=_("Số liệu"),
            accessor=lambda period: (
                REBUILD_PENDING_MESSAGE if period.rebuild_pending else _("Đã cập nhật")
            ),
        ),
    ]  # fmt: skip
    index_view_class = PeriodIndexView
    add_view_class = PeriodCreateView
    edit_view_class = PeriodEditView
    delete_view_class = PeriodDeleteView
    history_view_class = PeriodHistoryView
    usage_view_class = PeriodUsageView

    @property
    def permission_policy(self):
        return PeriodPermissionPolicy(self.model)


reporting_period_viewset = ReportingPeriodViewSet()
