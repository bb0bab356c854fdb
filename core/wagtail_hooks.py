from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.task_report import TaskResultsReportView


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    # Enrolment, or (once enrolled) the recovery codes page: EnrolView sends them on.
    return {
        "url": reverse("two_factor_admin:enrol"),
        "label": _("Xác thực hai bước"),
        "help_text": _(
            "Đăng nhập bằng mật khẩu và một mã trên điện thoại; tạo bộ mã dự phòng mới."
        ),
    }


@hooks.register("register_admin_urls")
def register_task_report_urls():
    return [
        path("reports/tasks/", TaskResultsReportView.as_view(), name="task_results_report"),
        path(
            "reports/tasks/results/",
            TaskResultsReportView.as_view(results_only=True),
            name="task_results_report_results",
        ),
    ]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_reports_menu_item")
def register_task_report_menu_item():
    return SuperuserMenuItem(
        gettext_lazy("Tác vụ nền"), reverse("task_results_report"), icon_name="cogs", order=900
    )
