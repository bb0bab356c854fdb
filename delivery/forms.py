"""The teacher's session form (portal) and the officer's return form (admin)."""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from delivery.models import Evidence, SessionMode
from delivery.selectors import lesson_choices, lesson_matches
from delivery.services import (
    AGE_BAND_REFUSED,
    LESSON_MISSING,
    LESSON_REFUSED,
    QUIZ_RUN_REFUSED,
    SCHOOL_REFUSED,
    SessionData,
    session_data_check,
)
from delivery.uploads import MAX_FILES_PER_SESSION, evidence_file_clean
from lessons.models import AgeBand, Audience, LessonPage
from quizzes.models import QuizRun
from schools.models import School

ACCEPTED_UPLOADS = ".jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf"


def _as_int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPTED_UPLOADS}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single_clean = super().clean
        if isinstance(data, list | tuple):
            return [single_clean(item, initial) for item in data if item]
        return [single_clean(data, initial)] if data else []


def _lesson_label(lesson: LessonPage) -> str:
    bands = ", ".join(band.name for band in lesson.age_bands.all())
    return f"{lesson.title} ({bands})" if bands else lesson.title


class SessionForm(forms.Form):
    """Record or edit a delivery session. ``schools`` are the teacher's schools; on edit,
    ``session`` is the session being changed."""

    # The choices offered are the ones the rules allow; a refused choice reads as the service
    # would refuse it.
    school = forms.ModelChoiceField(
        label=_("Trường"),
        queryset=School.objects.none(),
        empty_label=None,
        error_messages={"invalid_choice": SCHOOL_REFUSED},
    )
    lesson = forms.TypedChoiceField(
        label=_("Bài học"),
        coerce=int,
        choices=[],
        error_messages={"required": LESSON_MISSING, "invalid_choice": LESSON_REFUSED},
    )
    date = forms.DateField(
        label=_("Ngày dạy"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    class_name = forms.CharField(
        label=_("Lớp"),
        max_length=60,
        help_text=_("Ví dụ: 7A; Khối 8; Cha mẹ học sinh lớp 3B."),
    )
    age_band = forms.ModelChoiceField(
        label=_("Cấp học"),
        queryset=AgeBand.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={"invalid_choice": AGE_BAND_REFUSED},
    )
    audience = forms.ChoiceField(
        label=_("Đối tượng"),
        choices=Audience.choices,
        initial=Audience.STUDENTS,
        widget=forms.RadioSelect,
    )
    participants = forms.IntegerField(label=_("Số người tham gia"), min_value=1, max_value=5000)
    girls = forms.IntegerField(label=_("Trong đó nữ"), min_value=0, max_value=5000, required=False)
    ethnic_minority = forms.IntegerField(
        label=_("Trong đó dân tộc thiểu số"), min_value=0, max_value=5000, required=False
    )
    mode = forms.ChoiceField(
        label=_("Hình thức"),
        choices=SessionMode.choices,
        initial=SessionMode.CLASS,
        widget=forms.RadioSelect,
    )
    duration_minutes = forms.IntegerField(
        label=_("Thời lượng (phút)"), min_value=5, max_value=480, initial=45
    )
    notes = forms.CharField(
        label=_("Ghi chú"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    quiz_run = forms.ModelChoiceField(
        label=_("Lượt chơi câu đố của buổi này"),
        queryset=QuizRun.objects.none(),
        required=False,
        empty_label=_("— Không có —"),
        help_text=_(
            "Lượt chơi thầy cô đã mở cho lớp trong buổi dạy, nếu có. Nếu lớp làm câu đố cả "
            "trước và sau bài học, hãy chọn lượt sau bài học: lượt trước bài học đi kèm theo."
        ),
        error_messages={"invalid_choice": QUIZ_RUN_REFUSED},
    )
    evidence = MultipleFileField(
        label=_("Ảnh hoặc tệp minh chứng"),
        required=False,
        help_text=_(
            "Ảnh JPG, PNG hoặc tệp PDF, tối đa %(count)s tệp. Ảnh được lưu lại không kèm "
            "vị trí GPS và thông tin máy chụp."
        ),
    )
    shows_children = forms.BooleanField(
        label=_(
            "Minh chứng này có hình trẻ em, và đã có sự đồng ý của cha mẹ các em và của các em "
            "từ 7 tuổi trở lên."
        ),
        required=False,
        help_text=_("Chưa có sự đồng ý thì đừng tải lên ảnh có trẻ em."),
    )
    submission_id = forms.UUIDField(widget=forms.HiddenInput)
    remove_evidence = forms.ModelMultipleChoiceField(
        label=_("Xóa minh chứng"),
        queryset=Evidence.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(
        self,
        *args,
        schools: list[School],
        today,
        session=None,
        lesson_query="",
        quiz_runs=None,
        **kw,
    ):
        super().__init__(*args, **kw)
        self.schools = schools
        # Only the teacher's own runs can be linked.
        self.fields["quiz_run"].queryset = (
            quiz_runs if quiz_runs is not None else QuizRun.objects.none()
        )
        self.today = today
        self.session = session
        self.fields["school"].queryset = School.objects.filter(pk__in=[s.pk for s in schools])
        if len(schools) == 1:
            self.fields["school"].widget = forms.HiddenInput()
            self.fields["school"].initial = schools[0].pk
        lessons = lesson_choices(schools=schools)
        if session is not None and session.lesson is not None and session.lesson not in lessons:
            lessons.append(session.lesson)  # an unpublished lesson stays choosable on edit
        self.lessons_by_id = {lesson.pk: lesson for lesson in lessons}
        shown = lesson_matches(lessons=lessons, query=lesson_query)
        selected = self.lessons_by_id.get(_as_int(self.initial.get("lesson")))
        if selected is not None and selected not in shown:
            shown.insert(0, selected)
        self.fields["lesson"].choices = [("", _("— Chọn bài học —"))] + [
            (lesson.pk, _lesson_label(lesson)) for lesson in shown
        ]
        if session is not None and session.lesson_id is None:
            self.fields["lesson"].required = False  # the lesson was deleted; its title is kept
        band_ids = {band.pk for school in schools for band in school.levels.all()}
        self.fields["age_band"].queryset = AgeBand.objects.filter(pk__in=band_ids)
        if len(band_ids) == 1:
            self.fields["age_band"].initial = next(iter(band_ids))  # the only level: chosen
        self.fields["date"].widget.attrs["max"] = today.isoformat()
        self.fields["evidence"].help_text = self.fields["evidence"].help_text % {
            "count": MAX_FILES_PER_SESSION
        }
        if session is None:
            self.fields["submission_id"].initial = uuid.uuid4()
            del self.fields["remove_evidence"]
        else:
            del self.fields["submission_id"]
            self.fields["remove_evidence"].queryset = session.evidence.all()

    def clean_lesson(self):
        value = self.cleaned_data["lesson"]
        return self.lessons_by_id.get(value) if value not in (None, "") else None

    def clean_evidence(self):
        files = self.cleaned_data["evidence"]
        kept = self.session.evidence.count() if self.session is not None else 0
        if len(files) + kept > MAX_FILES_PER_SESSION:
            raise ValidationError(
                _("Mỗi buổi dạy có tối đa %(count)s tệp minh chứng."),
                params={"count": MAX_FILES_PER_SESSION},
            )
        cleaned, errors = [], []
        for upload in files:
            try:
                cleaned.append(evidence_file_clean(upload))
            except ValidationError as error:
                errors.extend(error.messages)
        if errors:
            raise ValidationError(errors)
        return cleaned

    def clean(self):
        cleaned = super().clean()
        needed = ["school", "date", "class_name", "age_band", "audience", "participants", "mode"]
        if any(cleaned.get(name) in (None, "") for name in [*needed, "duration_minutes"]):
            return cleaned  # the missing field already has its error
        if self.fields["lesson"].required and cleaned.get("lesson") is None:
            return cleaned
        errors = session_data_check(
            data=self.session_data(),
            school_ids={school.pk for school in self.schools},
            quiz_runs=self.fields["quiz_run"].queryset,
            today=self.today,
            session=self.session,
        )
        for name, message in errors.items():
            self.add_error(name, message)
        return cleaned

    def session_data(self) -> SessionData:
        data = self.cleaned_data
        # The teacher's own school object: its levels are already loaded.
        school = next((s for s in self.schools if s.pk == data["school"].pk), data["school"])
        return SessionData(
            school=school,
            lesson=data.get("lesson"),
            date=data["date"],
            class_name=data["class_name"],
            age_band=data["age_band"],
            audience=data["audience"],
            participants=data["participants"],
            girls=data.get("girls"),
            ethnic_minority=data.get("ethnic_minority"),
            mode=data["mode"],
            duration_minutes=data["duration_minutes"],
            notes=data.get("notes", ""),
            quiz_run=data.get("quiz_run"),
        )


class SessionReturnForm(forms.Form):
    reason = forms.CharField(
        label=_("Lý do trả lại"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Nhà trường sẽ thấy lý do này và sửa lại buổi dạy."),
    )
