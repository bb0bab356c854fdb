"""Forms of the registry's admin: they parse and check input, and leave rules and writes to
the services."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from schools.models import Area, AreaLevel, Membership, Role, School
from schools.selectors import area_scope

IMPORT_MAX_BYTES = 10 * 1024 * 1024


class SpreadsheetUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Tệp CSV hoặc XLSX"),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx,text/csv"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > IMPORT_MAX_BYTES:
            raise ValidationError(
                _("Tệp lớn hơn %(limit)s MB."), params={"limit": IMPORT_MAX_BYTES // 1024 // 1024}
            )
        return upload


class SchoolAdminForm(WagtailAdminModelForm):
    """Schools in the officer's areas; the code is fixed once the school exists."""

    class Meta:
        model = School
        fields = [
            "code",
            "name",
            "school_type",
            "levels",
            "area",
            "address",
            "enrolment",
            "is_active",
        ]
        widgets = {"levels": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        areas = area_scope(user=self.for_user) if self.for_user else Area.objects.none()
        current = Q(pk=self.instance.area_id) if self.instance.area_id else Q(pk__in=[])
        self.fields["area"].queryset = areas.filter(Q(retired_on__isnull=True) | current)
        if self.instance.pk:
            self.fields["code"].disabled = True


class AreaAdminForm(WagtailAdminModelForm):
    """New units go under one of the officer's areas; code, level and parent never change."""

    class Meta:
        model = Area
        fields = ["code", "name", "level", "parent", "retired_on"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        areas = area_scope(user=self.for_user) if self.for_user else Area.objects.none()
        self.fields["parent"].queryset = areas.exclude(level=AreaLevel.COMMUNE)
        if not (self.for_user and self.for_user.is_superuser):
            self.fields["parent"].required = True
        if self.instance.pk:
            for name in ("code", "level", "parent"):
                self.fields[name].disabled = True


class TeacherAccountForm(forms.Form):
    username = forms.CharField(
        label=_("Tên đăng nhập"),
        max_length=150,
        help_text=_("Chữ, số và @ . + - _; ví dụ: lan.nt.phuocdai"),
    )
    full_name = forms.CharField(label=_("Họ và tên"), max_length=150)
    email = forms.EmailField(label=_("Thư điện tử"), required=False)
    school = forms.ModelChoiceField(label=_("Trường"), queryset=School.objects.none())

    def __init__(self, *args, schools, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["school"].queryset = schools.filter(is_active=True).order_by("name")


class OfficerScopeForm(WagtailAdminModelForm):
    """A superuser gives an account an area to cover."""

    class Meta:
        model = Membership
        fields = ["user", "area"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.role = Role.OFFICER  # so the role/scope constraints validate
        self.fields["area"].required = True
        self.fields["user"].queryset = (
            get_user_model().objects.filter(is_active=True).order_by("username")
        )
        if self.instance.pk:
            self.fields["user"].disabled = True
