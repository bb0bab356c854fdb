from django import forms
from django.utils.translation import gettext_lazy as _

from core.two_factor.policy import normalise_code


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Mã xác thực"),
        max_length=20,
        help_text=_(
            "Mã 6 chữ số đang hiện trong ứng dụng xác thực trên điện thoại, "
            "hoặc một mã dự phòng (8 ký tự)."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false"}
        ),
    )

    def clean_code(self):
        return normalise_code(self.cleaned_data["code"])


class EnrolForm(forms.Form):
    code = forms.CharField(
        label=_("Mã 6 chữ số"),
        max_length=10,
        help_text=_("Mã đang hiện trong ứng dụng xác thực sau khi quét mã QR."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_code(self):
        code = normalise_code(self.cleaned_data["code"])
        if not (len(code) == 6 and code.isdigit()):
            raise forms.ValidationError(_("Hãy nhập đúng 6 chữ số."))
        return code
