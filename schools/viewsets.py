"""The officers' admin: schools, areas, teacher accounts and (for superusers) officer
scopes, as Wagtail ModelViewSets limited to what each officer covers."""

from django.contrib.admin.utils import quote
from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permissions import policy_registry

from schools import admin_views, import_views
from schools.filters import AreaListFilterSet, MembershipFilterSet, SchoolFilterSet
from schools.forms import AreaAdminForm, OfficerScopeForm, SchoolAdminForm
from schools.models import Area, Membership, Role, School
from schools.permissions import SuperuserOnlyPermissionPolicy
from schools.selectors import (
    area_scope,
    officer_membership_scope,
    school_scope,
    teacher_membership_scope,
)

SCHOOLS_MENU_HOOK = "register_schools_menu_item"

# ---------------------------------------------------------------------------------------------
# Viewsets


class ScopedModelViewSet(ModelViewSet):
    """A ModelViewSet whose every view looks objects up through ``scope``."""

    scope = None  # staticmethod(selector taking user=)
    copy_view_enabled = False
    index_view_class = admin_views.ScopedIndexView
    edit_view_class = admin_views.ScopedEditView
    delete_view_class = admin_views.ScopedDeleteView
    history_view_class = admin_views.ScopedHistoryView
    usage_view_class = admin_views.ScopedUsageView
    inspect_view_class = admin_views.ScopedInspectView

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(scope=self.scope, **kwargs)

    def get_delete_view_kwargs(self, **kwargs):
        return super().get_delete_view_kwargs(scope=self.scope, **kwargs)

    def get_history_view_kwargs(self, **kwargs):
        return super().get_history_view_kwargs(scope=self.scope, **kwargs)

    def get_usage_view_kwargs(self, **kwargs):
        return super().get_usage_view_kwargs(scope=self.scope, **kwargs)

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(scope=self.scope, **kwargs)

    def get_index_view_kwargs(self, **kwargs):
        if "import" in {pattern.name for pattern in self.extra_urlpatterns()}:
            kwargs["import_url_name"] = self.get_url_name("import")
        return super().get_index_view_kwargs(scope=self.scope, **kwargs)

    def extra_urlpatterns(self):
        return []

    def get_urlpatterns(self):
        return super().get_urlpatterns() + self.extra_urlpatterns()


class SchoolViewSet(ScopedModelViewSet):
    model = School
    name = "schools"
    icon = "home"
    menu_label = _("Trường học")
    menu_order = 200
    scope = staticmethod(school_scope)
    index_view_class = admin_views.SchoolIndexView
    add_view_class = admin_views.SchoolCreateView
    edit_view_class = admin_views.SchoolEditView
    filterset_class = SchoolFilterSet
    search_fields = ["name", "code"]
    ordering = ["name"]
    list_per_page = 50
    list_display = [
        "name",
        "code",
        "school_type",
        Column("area", label=_("Địa bàn"), accessor="area.name"),
        Column("levels", label=_("Cấp học"), accessor="level_names"),
        "enrolment",
        BooleanColumn("is_active", label=pgettext_lazy("status", "Hoạt động")),
    ]
    export_filename = "truong-hoc"
    list_export = [
        "code",
        "name",
        "school_type",
        "area.code",
        "area.name",
        "level_names",
        "enrolment",
        "address",
        "is_active",
    ]
    export_headings = {
        "code": _("Mã trường"),
        "name": _("Tên trường"),
        "school_type": _("Loại hình"),
        "area.code": _("Mã địa bàn"),
        "area.name": _("Địa bàn"),
        "level_names": _("Cấp học"),
        "enrolment": _("Số học sinh"),
        "address": _("Địa chỉ"),
        "is_active": pgettext_lazy("status", "Hoạt động"),
    }

    def get_form_class(self, for_update=False):
        return SchoolAdminForm

    def extra_urlpatterns(self):
        return [
            path("import/", import_views.SchoolImportView.as_view(), name="import"),
            path(
                "import/<uuid:pk>/",
                import_views.SchoolImportJobView.as_view(),
                name="import_job",
            ),
            path(
                "import/template/",
                import_views.SchoolImportTemplateView.as_view(),
                name="import_template",
            ),
        ]


class AreaViewSet(ScopedModelViewSet):
    model = Area
    name = "areas"
    icon = "site"
    menu_label = _("Địa bàn")
    menu_order = 300
    scope = staticmethod(area_scope)
    index_view_class = admin_views.AreaIndexView
    filterset_class = AreaListFilterSet
    search_fields = ["name", "code"]
    ordering = ["path"]
    list_per_page = 100
    list_display = [
        "name",
        "code",
        "level",
        Column("parent", label=_("Thuộc"), accessor="parent.name"),
        "retired_on",
    ]

    def get_form_class(self, for_update=False):
        return AreaAdminForm


class MembershipAdminURLFinder(ModelAdminURLFinder):
    """A membership's admin URL is the edit view of the viewset of its role (a teacher account
    or an officer scope), for a user that viewset's permission policy lets change it."""

    viewsets = {}  # role → its MembershipViewSet, filled in as they are registered

    def construct_edit_url(self, instance):
        viewset = self.viewsets.get(instance.role)
        if viewset is None:
            return None
        return reverse(viewset.get_url_name("edit"), args=(quote(instance.pk),))

    def get_edit_url(self, instance):
        viewset = self.viewsets.get(instance.role)
        if self.user and not (
            viewset
            and viewset.permission_policy.user_has_permission_for_instance(
                self.user, "change", instance
            )
        ):
            return None
        return self.construct_edit_url(instance)


class MembershipViewSet(ScopedModelViewSet):
    """The memberships of one ``role``. Their edit view is the status view (deactivate or
    reactivate); ``permission_policy`` is what the views, the menu item and the admin URL
    finder check: Membership's registered policy, unless a viewset narrows it."""

    model = Membership
    role = None
    index_view_class = admin_views.MembershipIndexView
    edit_view_class = admin_views.MembershipStatusView

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(self.model)

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(permission_policy=self.permission_policy, **kwargs)

    def get_edit_view_kwargs(self, **kwargs):
        # The status view is no model form: no panel, form class or edit template; only the
        # scope to look the membership up in (the URL names come with the common kwargs).
        return {"scope": self.scope, **kwargs}

    @cached_property
    def menu_item_class(self):
        viewset = self

        class MembershipMenuItem(MenuItem):
            def is_shown(self, request):
                return viewset.permission_policy.user_has_any_permission(
                    request.user, viewset.index_view_class.any_permission_required
                )

        return MembershipMenuItem

    url_finder_class = MembershipAdminURLFinder

    def register_admin_url_finder(self):
        MembershipAdminURLFinder.viewsets[self.role] = self
        super().register_admin_url_finder()


class TeacherAccountViewSet(MembershipViewSet):
    role = Role.TEACHER
    name = "teachers"
    icon = "user"
    menu_label = _("Tài khoản giáo viên")
    menu_order = 400
    scope = staticmethod(teacher_membership_scope)
    add_view_class = admin_views.TeacherAccountCreateView
    filterset_class = MembershipFilterSet
    search_fields = ["user__username", "user__first_name", "school__name", "school__code"]
    ordering = ["user__username"]
    list_per_page = 50
    list_display = [
        Column("user", label=_("Tên đăng nhập"), accessor="user.username"),
        Column("full_name", label=_("Họ và tên"), accessor="user.get_full_name"),
        Column("school", label=_("Trường"), accessor="school.name"),
        BooleanColumn("is_active", label=pgettext_lazy("status", "Hoạt động")),
        Column("last_login", label=_("Đăng nhập gần nhất"), accessor="user.last_login"),
    ]
    export_filename = "tai-khoan-giao-vien"
    list_export = [
        "user.username",
        "user.get_full_name",
        "user.email",
        "school.code",
        "school.name",
        "is_active",
        "user.last_login",
    ]
    export_headings = {
        "user.username": _("Tên đăng nhập"),
        "user.get_full_name": _("Họ và tên"),
        "user.email": _("Thư điện tử"),
        "school.code": _("Mã trường"),
        "school.name": _("Trường"),
        "is_active": pgettext_lazy("status", "Hoạt động"),
        "user.last_login": _("Đăng nhập gần nhất"),
    }

    def get_add_view_kwargs(self, **kwargs):
        # The account form is no model form: no panel, form class or create template.
        return kwargs

    def extra_urlpatterns(self):
        return [
            path("import/", import_views.TeacherImportView.as_view(), name="import"),
            path(
                "import/template/",
                import_views.TeacherImportTemplateView.as_view(),
                name="import_template",
            ),
        ]


class OfficerScopeViewSet(MembershipViewSet):
    """Superusers give accounts an area to cover (officers never grant scopes): its permission
    policy grants nothing to anyone else, so every view, the menu item and the edit URLs of
    officers' memberships are for superusers only."""

    role = Role.OFFICER
    name = "officer_scopes"
    icon = "key"
    menu_label = _("Phạm vi cán bộ quản lý")
    menu_order = 500
    scope = staticmethod(officer_membership_scope)
    add_view_class = admin_views.OfficerScopeCreateView
    ordering = ["user__username"]
    list_display = [
        Column("user", label=_("Tên đăng nhập"), accessor="user.username"),
        Column("full_name", label=_("Họ và tên"), accessor="user.get_full_name"),
        Column("area", label=_("Địa bàn phụ trách"), accessor="area.name"),
        BooleanColumn("is_active", label=pgettext_lazy("status", "Hoạt động")),
    ]
    search_fields = ["user__username", "area__name"]

    @cached_property
    def permission_policy(self):
        return SuperuserOnlyPermissionPolicy(self.model)

    def get_form_class(self, for_update=False):
        return OfficerScopeForm

    def get_permissions_to_register(self):
        # The teacher accounts viewset registers the same model's permissions already.
        return Permission.objects.none()


class SchoolsViewSetGroup(ModelViewSetGroup):
    """The "Trường học" menu. Apps above the registry add their viewsets to it through
    ``SCHOOLS_MENU_HOOK`` (delivery adds the sessions)."""

    submenu_hook = SCHOOLS_MENU_HOOK
    items = (
        SchoolViewSet,
        AreaViewSet,
        TeacherAccountViewSet,
        OfficerScopeViewSet,
    )
    menu_label = _("Trường học")
    menu_icon = "group"
    menu_name = "schools"
    menu_order = 150


schools_viewset_group = SchoolsViewSetGroup()
