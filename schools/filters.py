"""Filters of the officers' admin lists: areas at any depth, limited to the officer's own."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.widgets import BooleanRadioSelect

from lessons.models import AgeBand
from schools.models import Area, AreaLevel, Membership, School, SchoolType
from schools.selectors import area_scope


class AreaChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        indent = "— " * (obj.path.count("/") - 1)
        retired = _(" (đã ngừng)") if obj.retired_on else ""
        return f"{indent}{obj.name}{retired}"


class AreaFilter(django_filters.ModelChoiceFilter):
    """Everything in an area, at any depth below it: one indexed prefix query."""

    field_class = AreaChoiceField

    def __init__(self, *args, path_lookup, **kwargs):
        self.path_lookup = path_lookup
        super().__init__(*args, queryset=Area.objects.none(), **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(**{f"{self.path_lookup}__startswith": value.path})


class ScopedAreaFilterSet(WagtailFilterSet):
    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        self.filters["area"].queryset = area_scope(user=request.user).order_by("path")


class SchoolFilterSet(ScopedAreaFilterSet):
    area = AreaFilter(label=_("Địa bàn"), path_lookup="area__path")
    school_type = django_filters.ChoiceFilter(label=_("Loại hình"), choices=SchoolType.choices)
    levels = django_filters.ModelChoiceFilter(
        label=_("Cấp học"), queryset=AgeBand.objects.order_by("sort_order")
    )
    is_active = django_filters.BooleanFilter(label=_("Đang hoạt động"), widget=BooleanRadioSelect)

    class Meta:
        model = School
        fields = []


class AreaListFilterSet(WagtailFilterSet):
    level = django_filters.ChoiceFilter(label=_("Cấp"), choices=AreaLevel.choices)
    retired = django_filters.BooleanFilter(
        label=_("Đã ngừng hoạt động"),
        field_name="retired_on",
        lookup_expr="isnull",
        exclude=True,
        widget=BooleanRadioSelect,
    )

    class Meta:
        model = Area
        fields = []


class MembershipFilterSet(WagtailFilterSet):
    is_active = django_filters.BooleanFilter(label=_("Đang hoạt động"), widget=BooleanRadioSelect)

    class Meta:
        model = Membership
        fields = []
