"""The officers' queue of reports: a Wagtail ModelViewSet limited to what each officer
covers. Nothing is added, edited or deleted through the generic views: reports come from the
public form, and officers triage and act on them from the report's page."""

import django_filters
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import BooleanRadioSelect

from concerns import admin_views
from concerns.models import Category, Concern, Stage, Urgency
from concerns.selectors import concern_scope
from schools.filters import AreaFilter, ScopedAreaFilterSet
from schools.permissions import NoDeletePermissionPolicy
from schools.viewsets import ScopedModelViewSet


class ConcernPermissionPolicy(NoDeletePermissionPolicy):
    """Reports are read (view) and handled (``handle_concern``, checked in the views); the
    generic add, edit and delete views are refused to everyone, superusers too."""

    denied_actions = frozenset({"add", "change", "delete"})

    def scoped_instances(self, user):
        return concern_scope(user=user)


class ConcernFilterSet(ScopedAreaFilterSet):
    area = AreaFilter(label=_("Địa bàn"), path_lookup="area__path")
    stage = django_filters.ChoiceFilter(label=_("Tình trạng"), choices=Stage.choices)
    urgency = django_filters.ChoiceFilter(label=_("Mức độ"), choices=Urgency.choices)
    category = django_filters.ChoiceFilter(label=_("Loại việc"), choices=Category.choices)
    unplaced = django_filters.BooleanFilter(
        label=_("Chưa rõ địa bàn"),
        field_name="area",
        lookup_expr="isnull",
        widget=BooleanRadioSelect,
    )

    class Meta:
        model = Concern
        fields = []


class ConcernViewSet(ScopedModelViewSet):
    model = Concern
    name = "concern_queue"
    icon = "warning"
    menu_label = _("Báo cáo lo ngại")
    menu_order = 250
    add_to_admin_menu = True
    scope = staticmethod(concern_scope)
    permission_policy = ConcernPermissionPolicy(Concern)
    index_view_class = admin_views.ConcernIndexView
    inspect_view_class = admin_views.ConcernInspectView
    inspect_view_enabled = True
    add_to_reference_index = False
    form_fields = []  # never shown: nothing is edited through the generic views
    filterset_class = ConcernFilterSet
    search_fields = ["code"]
    search_backend_name = None
    list_per_page = 50
    export_filename = "bao-cao-lo-ngai"
    # No free text and no contact details in any export.
    list_export = [
        "pk",
        "created_at",
        "get_category_display",
        "area_name",
        "school_name",
        "get_reporter_role_display",
        "get_urgency_display",
        "get_stage_display",
        "first_action_due",
        "first_action_at",
        "overdue",
        "get_outcome_display",
        "closed_at",
        "handler_name",
    ]
    export_headings = {
        "pk": _("Số"),
        "created_at": _("Tiếp nhận lúc"),
        "get_category_display": _("Loại việc"),
        "area_name": _("Địa bàn"),
        "school_name": _("Trường"),
        "get_reporter_role_display": _("Người báo cáo"),
        "get_urgency_display": _("Mức độ"),
        "get_stage_display": _("Tình trạng"),
        "first_action_due": _("Hạn xử lý đầu tiên"),
        "first_action_at": _("Xử lý đầu tiên lúc"),
        "overdue": _("Quá hạn"),
        "get_outcome_display": _("Kết quả"),
        "closed_at": _("Kết thúc lúc"),
        "handler_name": _("Người xử lý"),
    }

    def extra_urlpatterns(self):
        return [
            path("triage/<int:pk>/", admin_views.ConcernTriageView.as_view(), name="triage"),
            path("action/<int:pk>/", admin_views.ConcernActionView.as_view(), name="action"),
            path("figures/", admin_views.ConcernFiguresView.as_view(), name="figures"),
        ]


concern_viewset = ConcernViewSet()
