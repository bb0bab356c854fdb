"""The officers' admin of delivery sessions: a Wagtail ModelViewSet limited to what each
officer covers, shown in the "Trường học" menu."""

import django_filters
from django.contrib import messages
from django.urls import path
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget

from delivery import admin_views
from delivery.exports import SESSION_EXPORT_FIELDS, SESSION_EXPORT_HEADINGS
from delivery.models import DeliverySession, SessionStatus
from delivery.selectors import session_scope
from lessons.models import AgeBand, LessonPage
from schools.filters import AreaFilter, ScopedAreaFilterSet
from schools.models import SchoolType
from schools.permissions import NoDeletePermissionPolicy
from schools.viewsets import SCHOOLS_MENU_HOOK, ScopedModelViewSet


class ReviewOnlyPermissionPolicy(NoDeletePermissionPolicy):
    """Sessions are recorded and edited by teachers in the portal; the admin reads and
    verifies them, even for superusers."""

    denied_actions = frozenset({"add", "change", "delete"})


class SessionFilterSet(ScopedAreaFilterSet):
    # Until reporting periods exist, a period is a date range.
    date = django_filters.DateFromToRangeFilter(
        label=_("Thời gian (từ ngày – đến ngày)"), widget=DateRangePickerWidget
    )
    area = AreaFilter(label=_("Địa bàn"), path_lookup="school__area__path")
    school_type = django_filters.ChoiceFilter(
        label=_("Loại hình trường"), field_name="school__school_type", choices=SchoolType.choices
    )
    status = django_filters.ChoiceFilter(label=_("Trạng thái"), choices=SessionStatus.choices)
    lesson = django_filters.ModelChoiceFilter(
        label=_("Bài học"), queryset=LessonPage.objects.order_by("title")
    )
    age_band = django_filters.ModelChoiceFilter(
        label=_("Cấp học"), queryset=AgeBand.objects.order_by("sort_order")
    )

    class Meta:
        model = DeliverySession
        fields = []

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        if self.is_bound and "date" in self.form.errors:
            self._drop_invalid_date()

    def _drop_invalid_date(self):
        """An invalid date would make Wagtail drop every filter without a word: drop only the
        date, filter by the rest and say so."""
        keys = [f"date_{suffix}" for suffix in DateRangePickerWidget.suffixes]
        values = [self.data.get(key, "") for key in keys]
        data = self.data.copy()
        for key in keys:
            data.pop(key, None)
        self.data = data
        del self._form
        self.date_error = gettext(
            "Ngày lọc không hợp lệ: %(value)s; bộ lọc ngày chưa được áp dụng."
        ) % {"value": " – ".join(value for value in values if value)}
        if self.request is not None:
            messages.warning(self.request, self.date_error)


# The headings of every export of sessions: the officers' here, the teachers' in the portal.
class SessionViewSet(ScopedModelViewSet):
    model = DeliverySession
    name = "sessions"
    icon = "tasks"
    menu_label = _("Buổi dạy")
    menu_order = 100
    menu_hook = SCHOOLS_MENU_HOOK
    scope = staticmethod(session_scope)
    index_view_class = admin_views.SessionIndexView
    inspect_view_class = admin_views.SessionInspectView
    inspect_view_enabled = True
    index_template_name = "delivery/admin/session_index.html"
    add_to_reference_index = False  # a million sessions need not be tracked as lesson "usage"
    form_fields = []  # never shown: the policy allows no adding or editing here
    filterset_class = SessionFilterSet
    search_fields = ["lesson_title", "school__name", "school__code", "class_name"]
    ordering = ["-date", "-pk"]
    list_per_page = 50
    export_filename = "buoi-day"
    list_export = SESSION_EXPORT_FIELDS
    export_headings = SESSION_EXPORT_HEADINGS

    def extra_urlpatterns(self):
        return [
            path("verify/<int:pk>/", admin_views.SessionVerifyView.as_view(), name="verify"),
            path("return/<int:pk>/", admin_views.SessionReturnView.as_view(), name="return"),
        ]


session_viewset = SessionViewSet()
