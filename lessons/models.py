import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.slugs import VietnameseSlugMixin
from core.text import fold_vietnamese
from home.blocks import RICH_TEXT_FEATURES
from home.privacy import CachedViewRestrictionsMixin
from home.routing import OneQueryRouteMixin
from lessons.blocks import HandoutsBlock, LessonBodyBlock, VocabularyBlock
from lessons.forms import LessonPageForm

# Hook functions take ``request=`` and ``page=`` and return what to add to a lesson's context.
LESSON_PAGE_CONTEXT_HOOK = "lesson_page_context"


class CompetenceDomain(models.TextChoices):
    """Domains of the digital competence framework for learners (Circular 02/2025/TT-BGDĐT)."""

    INFORMATION = "information", _("Khai thác dữ liệu và thông tin")
    COMMUNICATION = "communication", _("Giao tiếp và hợp tác trong môi trường số")
    CONTENT_CREATION = "content_creation", _("Sáng tạo nội dung số")
    SAFETY = "safety", _("An toàn")
    PROBLEM_SOLVING = "problem_solving", _("Giải quyết vấn đề")
    AI = "ai", _("Ứng dụng trí tuệ nhân tạo")


class Audience(models.TextChoices):
    STUDENTS = "students", _("Học sinh")
    PARENTS = "parents", _("Cha mẹ và người chăm sóc")
    TEACHERS = "teachers", pgettext_lazy("audience", "Giáo viên")


class AgeBand(index.Indexed, models.Model):
    name = models.CharField(_("tên"), max_length=80, unique=True)
    slug = models.SlugField(_("mã"), max_length=40, unique=True)
    grades = models.CharField(pgettext_lazy("school grades", "lớp"), max_length=40, blank=True)
    ages = models.CharField(_("độ tuổi"), max_length=40, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("grades"),
        FieldPanel("ages"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("cấp học / độ tuổi")
        verbose_name_plural = _("cấp học / độ tuổi")

    def __str__(self):
        return self.name

    @cached_property
    def grade_range(self) -> tuple[int, int] | None:
        """The lowest and highest grade of the band read from its "Lớp 1–5" text, or None."""
        numbers = [int(number) for number in re.findall(r"\d+", self.grades)]
        if not numbers or not all(1 <= number <= 12 for number in numbers):
            return None
        return min(numbers), max(numbers)


class Topic(index.Indexed, models.Model):
    name = models.CharField(_("tên"), max_length=120, unique=True)
    slug = models.SlugField(_("mã"), max_length=60, unique=True)
    description = models.TextField(_("mô tả"), blank=True)
    competence_domain = models.CharField(
        _("miền năng lực số"),
        max_length=30,
        choices=CompetenceDomain.choices,
        help_text=_("Miền trong khung năng lực số của người học (Thông tư 02/2025/TT-BGDĐT)."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("competence_domain"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("chủ đề")
        verbose_name_plural = _("chủ đề")

    def __str__(self):
        return self.name


class CompetenceComponent(models.Model):
    """A component competence of Circular 02/2025/TT-BGDĐT ("4.2 Bảo vệ dữ liệu cá nhân và
    quyền riêng tư"); the 24 rows come with the migrations (``lessons.competences``)."""

    code = models.CharField(_("mã"), max_length=8, unique=True)
    name = models.CharField(_("tên"), max_length=200)
    domain = models.CharField(
        _("miền năng lực số"), max_length=30, choices=CompetenceDomain.choices
    )
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    panels = [
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("domain"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("thành phần năng lực số")
        verbose_name_plural = _("thành phần năng lực số")

    def __str__(self):
        return f"{self.code} {self.name}"


GRADE_VALIDATORS = [MinValueValidator(1), MaxValueValidator(12)]


class LessonIndexPage(CachedViewRestrictionsMixin, VietnameseSlugMixin, OneQueryRouteMixin, Page):
    intro = RichTextField(_("giới thiệu"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["lessons.LessonPage"]
    max_count = 1

    class Meta:
        verbose_name = _("danh mục bài học")
        verbose_name_plural = _("danh mục bài học")

    def get_context(self, request, *args, **kwargs):
        # Imported here: the selectors import this module's page models.
        from lessons.selectors import lesson_browse

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_browse(params=request.GET))
        return context


class LessonPage(CachedViewRestrictionsMixin, VietnameseSlugMixin, OneQueryRouteMixin, Page):
    summary = models.TextField(_("tóm tắt"), max_length=400)
    age_bands = ParentalManyToManyField(
        "lessons.AgeBand", verbose_name=_("cấp học / độ tuổi"), related_name="lessons"
    )
    topics = ParentalManyToManyField(
        "lessons.Topic", verbose_name=_("chủ đề"), related_name="lessons", blank=True
    )
    audience = models.CharField(
        _("đối tượng"), max_length=20, choices=Audience.choices, default=Audience.STUDENTS
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("thời lượng (phút)"),
        default=45,
        validators=[MinValueValidator(5), MaxValueValidator(240)],
    )
    objectives = models.TextField(
        _("mục tiêu bài học"), help_text=_("Mỗi dòng một mục tiêu."), blank=True
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("nội dung bài học"))
    teacher_notes = RichTextField(
        _("ghi chú cho giáo viên"), features=RICH_TEXT_FEATURES, blank=True
    )
    # The teacher's kit.
    essential_question = models.CharField(
        _("câu hỏi cốt lõi"),
        max_length=300,
        blank=True,
        help_text=_("Một câu hỏi lớn mà bài học giúp học sinh trả lời."),
    )
    vocabulary = StreamField(VocabularyBlock(), verbose_name=_("từ vựng"), blank=True)
    competences = ParentalManyToManyField(
        "lessons.CompetenceComponent",
        verbose_name=_("thành phần năng lực số"),
        related_name="lessons",
        blank=True,
        help_text=_("Các thành phần năng lực số (Thông tư 02/2025/TT-BGDĐT) bài học phát triển."),
    )
    family_corner = models.TextField(
        _("Góc gia đình"),
        max_length=600,
        blank=True,
        help_text=_(
            "Vài dòng để thầy cô chuyển cho phụ huynh qua tin nhắn: con học gì, "
            "cả nhà cùng làm gì. Tối đa 600 ký tự."
        ),
    )
    handouts = StreamField(HandoutsBlock(), verbose_name=_("phiếu in"), blank=True)
    grade_min = models.PositiveSmallIntegerField(
        _("từ lớp"), null=True, blank=True, validators=GRADE_VALIDATORS
    )
    grade_max = models.PositiveSmallIntegerField(
        _("đến lớp"), null=True, blank=True, validators=GRADE_VALIDATORS
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.SearchField("essential_question"),
        index.SearchField("body"),
        index.SearchField("title_folded", boost=2),
        index.SearchField("search_text_folded"),
        index.FilterField("audience"),
    ]

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("age_bands", widget=forms.CheckboxSelectMultiple),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audience"),
                FieldPanel("grade_min"),
                FieldPanel("grade_max"),
                FieldPanel("duration_minutes"),
            ],
            heading=_("Phân loại"),
        ),
        FieldPanel("objectives"),
        FieldPanel("body"),
        FieldPanel("teacher_notes"),
        MultiFieldPanel(
            [
                FieldPanel("essential_question"),
                FieldPanel("vocabulary"),
                FieldPanel("competences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("family_corner"),
                FieldPanel("handouts"),
            ],
            heading=_("Bộ công cụ giáo viên"),
        ),
        InlinePanel("related_links", label=_("Bài học liên quan")),
    ]

    base_form_class = LessonPageForm
    parent_page_types = ["lessons.LessonIndexPage"]
    subpage_types = ["quizzes.QuizPage"]

    class Meta:
        verbose_name = _("bài học")
        verbose_name_plural = _("bài học")

    def clean(self):
        super().clean()
        if (self.grade_min is None) != (self.grade_max is None):
            missing = "grade_max" if self.grade_max is None else "grade_min"
            raise ValidationError(
                {missing: _("Nhập cả lớp thấp nhất và lớp cao nhất, hoặc bỏ trống cả hai.")}
            )
        if self.grade_min is not None and self.grade_min > self.grade_max:
            raise ValidationError(
                {"grade_max": _("Lớp cao nhất phải lớn hơn hoặc bằng lớp thấp nhất.")}
            )

    @cached_property
    def objective_list(self) -> list[str]:
        return [line.strip() for line in self.objectives.splitlines() if line.strip()]

    def title_folded(self) -> str:
        return fold_vietnamese(self.title)

    def search_text_folded(self) -> str:
        """Title, summary, objectives and body without diacritics, for accent-free search."""
        body_text = " ".join(
            strip_tags(str(text))
            for text in self.body.stream_block.get_searchable_content(self.body)
        )
        return fold_vietnamese(" ".join([self.title, self.summary, self.objectives, body_text]))

    def get_context(self, request, *args, **kwargs):
        # Imported here: the selectors import this module's page models.
        from lessons.selectors import lesson_page_data

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_index=self.get_parent(), **lesson_page_data(lesson=self))
        # Apps above lessons add to the page: its quizzes, the teacher's "taught it" link.
        for extend in hooks.get_hooks(LESSON_PAGE_CONTEXT_HOOK):
            context.update(extend(request=request, page=self))
        return context


class LessonRelatedLink(Orderable):
    page = ParentalKey(LessonPage, on_delete=models.CASCADE, related_name="related_links")
    lesson = models.ForeignKey(
        LessonPage,
        verbose_name=_("bài học"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("lesson")]

    class Meta(Orderable.Meta):
        verbose_name = _("bài học liên quan")
