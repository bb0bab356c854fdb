from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from schools.demo import demo_schools_build
from schools.models import Area, Membership, School
from schools.permissions import NoDeletePermissionPolicy
from schools.site_history import may_read_site_history
from schools.viewsets import SchoolsViewSetGroup

# Policies first: the viewsets look them up when they are registered.
register_permission_policy(Area, NoDeletePermissionPolicy(Area))
register_permission_policy(School, NoDeletePermissionPolicy(School))
register_permission_policy(Membership, NoDeletePermissionPolicy(Membership))


@hooks.register("register_admin_viewset")
def register_schools_viewsets():
    return SchoolsViewSetGroup()


@hooks.register("register_log_actions")
def register_schools_log_actions(actions):
    actions.register_action(
        "schools.school.import", _("Nhập từ tệp"), _("Cập nhật từ tệp danh sách trường")
    )
    actions.register_action(
        "schools.membership.deactivate", _("Ngừng"), _("Ngừng tài khoản ở trường/địa bàn này")
    )
    actions.register_action(
        "schools.membership.activate", _("Kích hoạt lại"), _("Kích hoạt lại tài khoản")
    )
    actions.register_action(
        "schools.membership.counsellor",
        _("Giao tư vấn học đường"),
        _("Giao công tác tư vấn học đường của trường"),
    )
    actions.register_action(
        "schools.membership.not_counsellor",
        _("Thôi tư vấn học đường"),
        _("Thôi công tác tư vấn học đường của trường"),
    )


@hooks.register("register_demo_content", order=30)
def build_demo_schools(*, home):
    demo_schools_build()


@hooks.register("construct_reports_menu")
def hide_site_history_from_officers(request, menu_items):
    """The report refuses officers (schools/site_history.py): no menu item leads there."""
    if not may_read_site_history(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "site-history"]
