from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy

from delivery.admin_views import ReturnSessionsBulkAction, VerifySessionsBulkAction
from delivery.demo import demo_sessions_build
from delivery.gain_views import LessonGainReportView, gain_dashboard_panel
from delivery.models import DeliverySession
from delivery.selectors import gain_report_sessions
from delivery.viewsets import ReviewOnlyPermissionPolicy, session_viewset
from lessons.models import LESSON_PAGE_CONTEXT_HOOK
from schools.selectors import user_is_teacher

register_permission_policy(DeliverySession, ReviewOnlyPermissionPolicy(DeliverySession))


@hooks.register("register_admin_viewset")
def register_session_viewset():
    return session_viewset


hooks.register("register_bulk_action", VerifySessionsBulkAction)
hooks.register("register_bulk_action", ReturnSessionsBulkAction)


@hooks.register("register_log_actions")
def register_session_log_actions(actions):
    actions.register_action(
        "delivery.session.record", _("Ghi nhận buổi dạy"), _("Ghi nhận buổi dạy")
    )
    actions.register_action("delivery.session.withdraw", _("Rút buổi dạy"), _("Rút buổi dạy"))
    actions.register_action("delivery.session.verify", _("Xác nhận"), _("Xác nhận buổi dạy"))

    @actions.register_action("delivery.session.edit")
    class SessionEditFormatter(LogFormatter):
        label = _("Sửa buổi dạy")

        def format_message(self, log_entry):
            if log_entry.data.get("resubmitted"):
                return _("Sửa và gửi lại buổi dạy")
            return _("Sửa buổi dạy")

        def format_comment(self, log_entry):
            data = log_entry.data
            parts = []
            if data.get("changed"):
                parts.append(_("Thay đổi: %(fields)s") % {"fields": ", ".join(data["changed"])})
            if data.get("files_added"):
                parts.append(_("Thêm %(count)s minh chứng") % {"count": data["files_added"]})
            if data.get("files_removed"):
                parts.append(
                    _("Xóa minh chứng: %(names)s") % {"names": ", ".join(data["files_removed"])}
                )
            return "; ".join(parts)

    @actions.register_action("delivery.session.return")
    class SessionReturnFormatter(LogFormatter):
        label = _("Trả lại")
        message = _("Trả lại cho nhà trường")

        def format_comment(self, log_entry):
            return log_entry.data.get("reason", "")


@hooks.register(LESSON_PAGE_CONTEXT_HOOK)
def add_record_session_link(*, request, page):
    """Teachers see "Tôi đã dạy bài này" on a lesson, which opens the session form with it."""
    user = getattr(request, "user", None)
    if user is None or not user_is_teacher(user=user):
        return {}
    return {"record_session_url": f"{reverse('portal:session_create')}?lesson={page.pk}"}


@hooks.register("register_demo_content", order=40)
def build_demo_sessions(*, home):
    demo_sessions_build()


@hooks.register("register_admin_urls")
def register_gain_report_urls():
    return [
        path("reports/lesson-gain/", LessonGainReportView.as_view(), name="lesson_gain_report"),
        path(
            "reports/lesson-gain/results/",
            LessonGainReportView.as_view(results_only=True),
            name="lesson_gain_report_results",
        ),
    ]


class GainReportMenuItem(MenuItem):
    def is_shown(self, request):
        return gain_report_sessions(user=request.user) is not None


@hooks.register("register_reports_menu_item")
def register_gain_report_menu_item():
    return GainReportMenuItem(
        _("Tiến bộ sau bài học"), reverse("lesson_gain_report"), icon_name="doc-full", order=710
    )


# completion.views.COMPLETION_DASHBOARD_PANELS_HOOK, named here: completion sits above delivery
# (.importlinter), so delivery cannot import the constant.
hooks.register("completion_dashboard_panels", gain_dashboard_panel)
