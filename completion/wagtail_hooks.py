from django.core.cache import cache
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.permissions import register_permission_policy

from completion.demo import demo_periods_build
from completion.models import CompletionStatus, ReportingPeriod
from completion.reminder_views import ReminderListView
from completion.reminders import reminder_window_open, sessions_to_verify
from completion.selectors import (
    completion_public_figure,
    officer_summary,
    period_current,
    school_statuses,
    user_manages_periods,
)
from completion.signoff import ACTION_APPROVE, ACTION_RETURN, ACTION_SUBMIT
from completion.signoff_views import (
    SignOffActionView,
    SignOffDetailView,
    SignOffHistoryView,
    SignOffListView,
)
from completion.views import CompletionDashboardView, CompletionSchoolView
from completion.viewsets import PeriodPermissionPolicy, reporting_period_viewset
from delivery.selectors import PORTAL_PERIOD_HOOK
from home.models import HOME_FIGURE_TEMPLATES, HOME_PAGE_CONTEXT_HOOK
from schools.selectors import user_scope

PUBLIC_FIGURE_SECONDS = 60

# Before the viewset is registered: it and Wagtail's own views look the policy up.
register_permission_policy(ReportingPeriod, PeriodPermissionPolicy(ReportingPeriod))


@hooks.register("register_admin_viewset")
def register_reporting_period_viewset():
    return reporting_period_viewset


@hooks.register("register_admin_urls")
def register_completion_urls():
    return [
        path("completion/", CompletionDashboardView.as_view(), name="completion_dashboard"),
        path(
            "completion/school/<int:school_id>/",
            CompletionSchoolView.as_view(),
            name="completion_school",
        ),
        path("completion/reminders/", ReminderListView.as_view(), name="completion_reminders"),
        path("completion/signoff/", SignOffListView.as_view(), name="completion_signoffs"),
        path(
            "completion/signoff/<int:period_id>/<int:area_id>/",
            SignOffDetailView.as_view(),
            name="completion_signoff",
        ),
        path(
            "completion/signoff/<int:period_id>/<int:area_id>/history/",
            SignOffHistoryView.as_view(),
            name="completion_signoff_history",
        ),
        *[
            path(
                f"completion/signoff/<int:period_id>/<int:area_id>/{action}/",
                SignOffActionView.as_view(action=action),
                name=f"completion_signoff_{action}",
            )
            for action in ("submit", "approve", "return")
        ],
    ]


class OfficerMenuItem(MenuItem):
    def __init__(self, *args, test, **kwargs):
        super().__init__(*args, **kwargs)
        self.test = test

    def is_shown(self, request):
        return self.test(request.user)


@hooks.register("register_reports_menu_item")
def register_completion_menu_items():
    return OfficerMenuItem(
        _("Hoàn thành chương trình"),
        reverse("completion_dashboard"),
        icon_name="tasks",
        order=100,
        test=lambda user: user_scope(user=user).is_officer,
    )


@hooks.register("register_reports_menu_item")
def register_period_menu_item():
    return OfficerMenuItem(
        _("Kỳ báo cáo"),
        reverse("reporting_periods:index"),
        icon_name="date",
        order=110,
        test=lambda user: user_manages_periods(user=user),
    )


@hooks.register(HOME_PAGE_CONTEXT_HOOK)
def add_public_figure(*, request, page):
    """The whole platform's completion figure for the current period (aggregates only),
    computed at most once a minute (every app server shares it through the cache)."""
    today = timezone.localdate()
    figure = cache.get_or_set(
        f"completion:public-figure:{today.isoformat()}",
        lambda: completion_public_figure(today=today),
        PUBLIC_FIGURE_SECONDS,
    )
    return {"province_figure": figure, HOME_FIGURE_TEMPLATES: ["completion/_home_figure.html"]}


@hooks.register(PORTAL_PERIOD_HOOK)
def portal_school_period(*, schools, today):
    period = period_current(periods=list(ReportingPeriod.objects.all()), today=today)
    if period is None:
        return None, {}
    statuses = school_statuses(period=period, schools=schools)
    if reminder_window_open(period=period, today=today):
        # The reminders' banner: what is still missing before the due date.
        incomplete = [row for row in statuses.values() if row.status != CompletionStatus.COMPLETE]
        to_verify = sessions_to_verify(period=period, school_ids=[r.school_id for r in incomplete])
        for row in incomplete:
            row.reminder_due = period.due_date
            row.sessions_to_verify = to_verify.get(row.school_id, 0)
    return period, statuses


@hooks.register("register_demo_content", order=50)
def build_demo_periods(*, home):
    demo_periods_build()


@hooks.register("register_log_actions")
def register_signoff_log_actions(actions):
    actions.register_action(ACTION_SUBMIT, _("Gửi số liệu"), _("Huyện gửi số liệu lên Sở"))
    actions.register_action(ACTION_RETURN, _("Trả lại số liệu"), _("Sở trả lại số liệu"))
    actions.register_action(ACTION_APPROVE, _("Phê duyệt số liệu"), _("Sở phê duyệt số liệu"))


class OfficerCompletionPanel(Component):
    """The admin home of an officer: their area's completion this period and the schools that
    still need action, each linking to the school's drill-down."""

    name = "officer_completion"
    template_name = "completion/admin/home_panel.html"
    order = 50  # above Wagtail's own panels

    def __init__(self, summary):
        self.summary = summary

    def get_context_data(self, parent_context):
        return {"summary": self.summary, "dashboard_url": reverse("completion_dashboard")}


@hooks.register("construct_homepage_panels")
def add_officer_completion_panel(request, panels):
    summary = officer_summary(user=request.user, today=timezone.localdate())
    if summary is not None:
        panels.append(OfficerCompletionPanel(summary))
