import re

from django import forms
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from concerns.models import (
    WHAT_HAPPENED_MAX,
    WHERE_MAX,
    Category,
    ContactPreference,
    EntryKind,
    Outcome,
    ReferredTo,
    ReporterRole,
    Urgency,
)
from concerns.services import concern_code_normalise

PHONE_RE = re.compile(r"^\+?[0-9 .\-]{8,15}$")
HONEYPOT = "website"
ADDED_MAX = 1000


class ConcernReportForm(forms.Form):
    category = forms.ChoiceField(
        label=_("Chuyện gì đã xảy ra?"),
        choices=Category.choices,
        widget=forms.RadioSelect,
    )
    what_happened = forms.CharField(
        label=_("Kể lại ngắn gọn"),
        max_length=WHAT_HAPPENED_MAX,
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": WHAT_HAPPENED_MAX}),
        help_text=_(
            "Viết những gì em biết. Không cần ghi họ tên của bạn nhỏ. "
            "Không gửi, không chuyển tiếp và không giữ ảnh hay video xấu."
        ),
    )
    where = forms.CharField(
        label=_("Ở đâu trên mạng? (không bắt buộc)"),
        max_length=WHERE_MAX,
        required=False,
        widget=forms.TextInput(attrs={"maxlength": WHERE_MAX}),
        help_text=_("Tên ứng dụng, đường link hoặc tên nhóm, ví dụ: Zalo, nhóm “Lớp 6A”."),
    )
    school = forms.CharField(
        label=_("Trường của bạn nhỏ (không bắt buộc)"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
        help_text=_("Ghi tên trường, ví dụ: Trường THCS Lâm Sơn. Để trống nếu em không muốn nói."),
    )
    reporter_role = forms.ChoiceField(
        label=_("Ai đang báo cáo?"), choices=ReporterRole.choices, widget=forms.RadioSelect
    )
    contact_preference = forms.ChoiceField(
        label=_("Có cần liên hệ lại với bạn không?"),
        choices=ContactPreference.choices,
        initial=ContactPreference.NONE,
        widget=forms.RadioSelect,
    )
    contact = forms.CharField(
        label=_("Số điện thoại hoặc thư điện tử (không bắt buộc)"),
        max_length=100,
        required=False,
        widget=forms.TextInput(attrs={"maxlength": 100, "autocomplete": "off"}),
        help_text=_("Chỉ người xử lý báo cáo nhìn thấy. Không ghi thì vẫn tra cứu được bằng mã."),
    )
    # A field people do not see (hidden by the stylesheet): robots fill it in.
    website = forms.CharField(
        label=_("Để trống ô này"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean(self):
        data = super().clean()
        preference = data.get("contact_preference")
        contact = (data.get("contact") or "").strip()
        if preference == ContactPreference.PHONE:
            if not PHONE_RE.match(contact):
                self.add_error("contact", _("Hãy ghi số điện thoại để được gọi lại."))
        elif preference == ContactPreference.EMAIL:
            try:
                validate_email(contact)
            except forms.ValidationError:
                self.add_error("contact", _("Hãy ghi địa chỉ thư điện tử để được trả lời."))
        else:
            data["contact"] = ""
        return data

    @property
    def is_robot(self) -> bool:
        return bool(self.data.get(HONEYPOT))


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Mã tra cứu"),
        max_length=20,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
        help_text=_("Mã gồm 10 ký tự em nhận được khi gửi báo cáo."),
    )

    def clean_code(self):
        return concern_code_normalise(self.cleaned_data["code"])


class AddInformationForm(CodeForm):
    text = forms.CharField(
        label=_("Bổ sung thông tin"),
        max_length=ADDED_MAX,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": ADDED_MAX}),
        help_text=_("Điều em muốn kể thêm. Không gửi ảnh, không ghi họ tên của bạn nhỏ."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].widget = forms.HiddenInput()


# ---------------------------------------------------------------------------------------------
# Admin


class TriageForm(forms.Form):
    urgency = forms.ChoiceField(label=_("Mức độ"), choices=Urgency.choices)
    handler = forms.ModelChoiceField(label=_("Người xử lý"), queryset=None, required=False)
    school = forms.ModelChoiceField(
        label=_("Trường (nếu báo cáo chưa có trường)"), queryset=None, required=False
    )

    def __init__(self, *args, handlers, schools, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["handler"].queryset = handlers
        self.fields["handler"].label_from_instance = lambda user: (
            f"{user.get_full_name() or user.get_username()} ({user.get_username()})"
        )
        self.fields["school"].queryset = schools


ACTION_KINDS = [
    (kind.value, kind.label)
    for kind in (
        EntryKind.CONTACTED,
        EntryKind.REFERRED,
        EntryKind.SUPPORT,
        EntryKind.MESSAGE,
        EntryKind.NOTE,
        EntryKind.CLOSED,
    )
]


class ActionForm(forms.Form):
    kind = forms.ChoiceField(label=_("Việc đã làm"), choices=ACTION_KINDS)
    referred_to = forms.ChoiceField(
        label=_("Chuyển đến"), choices=[("", "—"), *ReferredTo.choices], required=False
    )
    outcome = forms.ChoiceField(
        label=_("Kết quả (khi kết thúc)"), choices=[("", "—"), *Outcome.choices], required=False
    )
    text = forms.CharField(
        label=_("Nội dung"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Tin nhắn gửi người báo cáo sẽ hiện trên trang tra cứu; các việc khác thì không."
        ),
    )

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if kind == EntryKind.REFERRED and not data.get("referred_to"):
            self.add_error("referred_to", _("Hãy chọn nơi đã chuyển đến."))
        if kind == EntryKind.CLOSED and not data.get("outcome"):
            self.add_error("outcome", _("Hãy chọn kết quả khi kết thúc."))
        if kind in (EntryKind.MESSAGE, EntryKind.NOTE) and not data.get("text", "").strip():
            self.add_error("text", _("Hãy ghi nội dung."))
        return data
