from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy

from schools.admin_views import ReturnSessionsBulkAction, VerifySessionsBulkAction
from schools.models import Area, DeliverySession, Membership, School
from schools.viewsets import (
    NoDeletePermissionPolicy,
    ReviewOnlyPermissionPolicy,
    schools_viewset_group,
)

# Policies first: the viewsets look them up when they are registered.
register_permission_policy(Area, NoDeletePermissionPolicy(Area))
register_permission_policy(School, NoDeletePermissionPolicy(School))
register_permission_policy(Membership, NoDeletePermissionPolicy(Membership))
register_permission_policy(DeliverySession, ReviewOnlyPermissionPolicy(DeliverySession))


@hooks.register("register_admin_viewset")
def register_schools_viewsets():
    return schools_viewset_group


hooks.register("register_bulk_action", VerifySessionsBulkAction)
hooks.register("register_bulk_action", ReturnSessionsBulkAction)


@hooks.register("register_log_actions")
def register_schools_log_actions(actions):
    actions.register_action(
        "schools.session.record", _("Ghi nhận buổi dạy"), _("Ghi nhận buổi dạy")
    )
    actions.register_action("schools.session.withdraw", _("Rút buổi dạy"), _("Rút buổi dạy"))
    actions.register_action("schools.session.verify", _("Xác nhận"), _("Xác nhận buổi dạy"))
    actions.register_action(
        "schools.school.import", _("Nhập từ tệp"), _("Cập nhật từ tệp danh sách trường")
    )
    actions.register_action(
        "schools.membership.deactivate", _("Ngừng"), _("Ngừng tài khoản ở trường/địa bàn này")
    )
    actions.register_action(
        "schools.membership.activate", _("Kích hoạt lại"), _("Kích hoạt lại tài khoản")
    )

    @actions.register_action("schools.session.edit")
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

    @actions.register_action("schools.session.return")
    class SessionReturnFormatter(LogFormatter):
        label = _("Trả lại")
        message = _("Trả lại cho nhà trường")

        def format_comment(self, log_entry):
            return log_entry.data.get("reason", "")


@hooks.register("register_admin_viewset")
def register_reporting_period_viewset():
    from schools.period_views import reporting_period_viewset

    return reporting_period_viewset


@hooks.register("register_admin_urls")
def register_completion_urls():
    from django.urls import path

    from schools.completion_views import CompletionDashboardView, CompletionSchoolView

    return [
        path("completion/", CompletionDashboardView.as_view(), name="completion_dashboard"),
        path(
            "completion/school/<int:school_id>/",
            CompletionSchoolView.as_view(),
            name="completion_school",
        ),
    ]


class OfficerMenuItem(MenuItem):
    def __init__(self, *args, test, **kwargs):
        super().__init__(*args, **kwargs)
        self.test = test

    def is_shown(self, request):
        return self.test(request.user)


@hooks.register("register_reports_menu_item")
def register_completion_menu_items():
    from schools.selectors import user_scope

    return OfficerMenuItem(
        _("Hoàn thành chương trình"),
        reverse("completion_dashboard"),
        icon_name="tasks",
        order=100,
        test=lambda user: user_scope(user=user).is_officer,
    )


@hooks.register("register_reports_menu_item")
def register_period_menu_item():
    from schools.completion import user_manages_periods

    return OfficerMenuItem(
        _("Kỳ báo cáo"),
        reverse("reporting_periods:index"),
        icon_name="date",
        order=110,
        test=lambda user: user_manages_periods(user=user),
    )
