import uuid
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.slugs import VietnameseSlugMixin
from home.blocks import RICH_TEXT_FEATURES
from home.privacy import CachedViewRestrictionsMixin
from quizzes import scoring
from quizzes.blocks import QuestionStreamBlock, question_from_block


class QuizIndexPage(CachedViewRestrictionsMixin, VietnameseSlugMixin, Page):
    intro = RichTextField(_("giới thiệu"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["quizzes.QuizPage"]
    max_count = 1

    class Meta:
        verbose_name = _("danh mục câu đố")
        verbose_name_plural = _("danh mục câu đố")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["quizzes"] = (
            QuizPage.objects.live().public().descendant_of(self).select_related("age_band")
        )
        return context


# Young children (grades 1–3) read slowly: a question in their quiz fits on a phone's screen.
YOUNG_GRADE_MAX = 3
YOUNG_QUESTION_MAX_LENGTH = 120


class QuizPage(CachedViewRestrictionsMixin, VietnameseSlugMixin, Page):
    intro = RichTextField(_("lời dẫn"), features=RICH_TEXT_FEATURES, blank=True)
    age_band = models.ForeignKey(
        "lessons.AgeBand",
        verbose_name=_("cấp học / độ tuổi"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    questions = StreamField(QuestionStreamBlock(), verbose_name=_("câu hỏi"))
    pass_mark = models.PositiveSmallIntegerField(
        _("điểm đạt (%)"), default=60, validators=[MaxValueValidator(100)]
    )
    random_order = models.BooleanField(_("xáo trộn thứ tự câu hỏi"), default=False)
    max_questions = models.PositiveSmallIntegerField(
        _("số câu tối đa"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_(
            "Để trống để dùng mọi câu hỏi; nếu có, mỗi lượt làm nhận ngẫu nhiên số câu này."
        ),
    )
    answers_at_end = models.BooleanField(
        _("chỉ hiện đáp án khi làm xong"),
        default=False,
        help_text=_("Bỏ chọn để hiện đáp án và giải thích ngay sau mỗi câu."),
    )
    single_attempt = models.BooleanField(
        _("chỉ được làm một lần"),
        default=False,
        help_text=_("Trên một trình duyệt, mỗi học sinh chỉ làm câu đố này một lần."),
    )
    one_question_per_screen = models.BooleanField(
        _("mỗi màn hình một câu"),
        default=True,
        help_text=_("Bỏ chọn để hiện mọi câu hỏi trên một trang."),
    )
    young_children = models.BooleanField(
        _("dành cho trẻ nhỏ (lớp 1–3)"),
        default=False,
        help_text=_(
            "Phương án lớn, dễ chạm; mỗi màn hình một câu (dù ô trên có được chọn hay không); "
            "câu hỏi nên ngắn, hai hoặc ba phương án, có thể dùng hình."
        ),
    )
    success_text = models.TextField(_("lời nhắn khi đạt"), blank=True)
    fail_text = models.TextField(_("lời nhắn khi chưa đạt"), blank=True)

    search_fields = Page.search_fields + [index.SearchField("intro")]

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("age_band"),
        FieldPanel("questions"),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("random_order"),
                FieldPanel("max_questions"),
                FieldPanel("answers_at_end"),
                FieldPanel("single_attempt"),
                FieldPanel("one_question_per_screen"),
                FieldPanel("young_children"),
            ],
            heading=_("Cách làm bài"),
        ),
        FieldPanel("success_text"),
        FieldPanel("fail_text"),
    ]

    parent_page_types = ["lessons.LessonPage", "quizzes.QuizIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("câu đố")
        verbose_name_plural = _("câu đố")

    def clean(self):
        super().clean()
        if self.young_children:
            too_long = [
                number
                for number, block in enumerate(self.questions, start=1)
                if len(block.value["question"]) > YOUNG_QUESTION_MAX_LENGTH
            ]
            if too_long:
                raise ValidationError(
                    {
                        "young_children": _(
                            "Với trẻ nhỏ, mỗi câu hỏi dài tối đa %(n)d ký tự. Hãy rút gọn câu "
                            "%(numbers)s, hoặc bỏ chọn ô này."
                        )
                        % {
                            "n": YOUNG_QUESTION_MAX_LENGTH,
                            "numbers": ", ".join(str(number) for number in too_long),
                        }
                    }
                )

    @property
    def shows_one_question_per_screen(self) -> bool:
        """Young children always get one question per screen."""
        return self.one_question_per_screen or self.young_children

    @cached_property
    def question_blocks(self) -> dict:
        return {block.id: block for block in self.questions}

    @cached_property
    def scoring_questions(self) -> dict:
        return {block.id: question_from_block(block) for block in self.questions}

    def get_context(self, request, *args, **kwargs):
        # Imported here: the selectors import this module's models.
        from quizzes.selectors import user_can_run_quizzes

        context = super().get_context(request, *args, **kwargs)
        context["question_count"] = min(len(self.questions), self.max_questions or 10**6)
        context["can_start_run"] = user_can_run_quizzes(user=request.user)
        return context


def _run_expiry():
    return timezone.now() + timezone.timedelta(hours=settings.QUIZ_RUN_HOURS)


class RunPhase(models.TextChoices):
    """A run taken before teaching and the same quiz again after it measure a class's gain."""

    PRE = "pre", _("trước bài học")
    POST = "post", _("sau bài học")


class QuizRun(models.Model):
    """A teacher's run of a quiz with one class: students join with its code."""

    quiz = models.ForeignKey(
        QuizPage, verbose_name=_("câu đố"), on_delete=models.CASCADE, related_name="runs"
    )
    code = models.CharField(_("mã tham gia"), max_length=6, unique=True)
    class_name = models.CharField(_("lớp"), max_length=60)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("giáo viên"),
        on_delete=models.PROTECT,
        related_name="quiz_runs",
    )
    created_at = models.DateTimeField(_("bắt đầu"), default=timezone.now)
    expires_at = models.DateTimeField(_("hết hạn"), default=_run_expiry)
    closed_at = models.DateTimeField(_("đã đóng lúc"), null=True, blank=True)
    # Practice mode shows the key after each answer: while this run is open, nobody may
    # practise the quiz (quizzes.selectors.practice_locked).
    closes_practice = models.BooleanField(
        _("khóa chế độ luyện tập trong khi lượt chơi đang mở"),
        default=True,
        help_text=_(
            "Chế độ luyện tập hiện đáp án sau mỗi câu. Khi chọn, không ai tự luyện tập câu đố "
            "này được cho đến khi lượt chơi đóng hoặc hết hạn."
        ),
    )
    phase = models.CharField(
        _("thời điểm"), max_length=4, choices=RunPhase.choices, blank=True, default=""
    )
    # The post-test names its pre-test: same class, same quiz (quizzes.services). Only the two
    # runs are linked — never an attempt of one to an attempt of the other.
    pre_run = models.OneToOneField(
        "self",
        verbose_name=_("lượt chơi trước bài học"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="post_run",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("lượt chơi")
        verbose_name_plural = _("lượt chơi")
        indexes = [models.Index(fields=["created_by", "-created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(pre_run__isnull=True) | Q(phase="post"),
                name="quizrun_pre_run_only_on_post_test",
            )
        ]

    def __str__(self):
        phase = f", {self.get_phase_display()}" if self.phase else ""
        return f"{self.quiz.title} — {self.class_name} ({self.code}{phase})"

    @property
    def is_open(self) -> bool:
        return self.closed_at is None and timezone.now() < self.expires_at


class Attempt(models.Model):
    """One student's attempt at a quiz: a nickname only, never a name, contact or address."""

    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    quiz = models.ForeignKey(
        QuizPage, verbose_name=_("câu đố"), on_delete=models.CASCADE, related_name="attempts"
    )
    run = models.ForeignKey(
        QuizRun,
        verbose_name=_("lượt chơi"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="attempts",
    )
    nickname = models.CharField(_("biệt danh"), max_length=30, blank=True)
    # The nickname case-folded without accents: "An" and "ân" are one student in a run.
    nickname_key = models.CharField(max_length=30, blank=True, editable=False)
    question_order = models.JSONField(_("thứ tự câu hỏi"), default=list)
    choice_order = models.JSONField(_("thứ tự phương án"), default=dict)
    answers = models.JSONField(_("câu trả lời"), default=dict)
    # Two decimals: a multi-answer question with partial credit scores a share of its point
    # (quizzes.scoring, rounded down). Every question is worth one point, so max is whole.
    score = models.DecimalField(
        _("điểm"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    max_score = models.PositiveSmallIntegerField(_("điểm tối đa"), null=True, blank=True)
    passed = models.BooleanField(_("đạt"), null=True, blank=True)
    started_at = models.DateTimeField(_("bắt đầu"), default=timezone.now)
    finished_at = models.DateTimeField(_("hoàn thành"), null=True, blank=True)
    # Bumped by every answer written: an answer is stored only over the version it was
    # checked against (quizzes.services.attempt_answer), so no lock is held while checking.
    version = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["started_at"]
        verbose_name = _("lượt làm bài")
        verbose_name_plural = _("lượt làm bài")
        constraints = [
            models.UniqueConstraint(
                fields=["run", "nickname_key"],
                condition=Q(run__isnull=False),
                name="attempt_unique_nickname_per_run",
            )
        ]
        indexes = [
            models.Index(fields=["quiz", "finished_at"]),
            models.Index(fields=["started_at"]),
        ]
        permissions = [("view_quiz_results", _("Xem kết quả câu đố"))]

    def __str__(self):
        return self.nickname or str(_("Luyện tập"))

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None

    @property
    def percent(self) -> int | None:
        if self.score is None:
            return None
        return scoring.percent_of(self.score, self.max_score or 0)

    @property
    def score_display(self) -> str:
        """The score as a reader expects it: "3", or "2,5" with partial credit."""
        if self.score is None:
            return ""
        score = Decimal(self.score)
        if score == score.to_integral_value():
            return number_format(int(score))
        return number_format(score.normalize())
