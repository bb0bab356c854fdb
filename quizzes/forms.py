from django import forms
from django.utils.translation import gettext_lazy as _

from quizzes.services import CLASS_NAME_MAX_LENGTH, NICKNAME_MAX_LENGTH


class JoinForm(forms.Form):
    code = forms.CharField(
        label=_("Mã tham gia"),
        max_length=12,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )
    nickname = forms.CharField(
        label=_("Biệt danh"),
        max_length=NICKNAME_MAX_LENGTH,
        help_text=_("Một tên gọi vui, không phải họ tên thật của em."),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )


class RunStartForm(forms.Form):
    quiz = forms.IntegerField(widget=forms.HiddenInput)
    class_name = forms.CharField(label=_("Lớp"), max_length=CLASS_NAME_MAX_LENGTH)
    # A checkbox: left out of the POST when unticked. The page shows it ticked.
    closes_practice = forms.BooleanField(
        label=_("Khóa chế độ luyện tập trong khi lượt chơi đang mở"), required=False, initial=True
    )
    pre_test = forms.BooleanField(label=_("Đây là bài làm trước bài học"), required=False)
