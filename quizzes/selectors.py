"""Reads of the quiz engine: what a student sees, what a teacher sees, item analysis."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from quizzes import gain, scoring
from quizzes import item_analysis as item_analysis_rules
from quizzes.models import Attempt, QuizPage, QuizRun, RunPhase
from quizzes.question_cache import quiz_question_blocks, quiz_scoring_questions
from schools.selectors import user_is_teacher


def user_can_run_quizzes(*, user) -> bool:
    """Teachers (of a school, by their membership) and superusers open class runs."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or user_is_teacher(user=user)


def practice_locked(*, quiz) -> bool:
    """Whether a class run of ``quiz`` that closes practice is open (not closed, not expired):
    practice shows the answer key, so nobody practises the quiz meanwhile."""
    return QuizRun.objects.filter(
        quiz=quiz, closes_practice=True, closed_at__isnull=True, expires_at__gt=timezone.now()
    ).exists()


def lesson_quizzes(*, lesson) -> list[QuizPage]:
    """The published quizzes under a lesson, in the editor's order (their titles and links:
    not their questions)."""
    return list(
        QuizPage.objects.live().child_of(lesson).defer("questions", "intro").order_by("path")
    )


@dataclass
class ChoiceView:
    id: str
    text: str
    correct: bool
    picked: bool
    image: object = None  # a wagtail Image with its alt text (ImageBlock), or None

    @property
    def label(self) -> str:
        """How the choice is named in text: its words, or its picture's alt text."""
        return self.text or (self.image.contextual_alt_text if self.image else "") or ""


@dataclass
class QuestionView:
    """One question as shown to a student; answer data only when ``revealed``."""

    id: str
    number: int
    kind: str
    block: object
    multiple: bool
    choices: list[ChoiceView]
    answered: bool
    answer: object = None
    correct: bool | None = None
    revealed: bool = False
    # Partial credit: the answer earned part of the point ("Đúng một phần").
    partial: bool = False
    partial_credit: bool = False

    @property
    def missed(self) -> list[ChoiceView]:
        """Correct choices the student left out (shown only once revealed)."""
        return [choice for choice in self.choices if choice.correct and not choice.picked]

    @property
    def wrongly_picked(self) -> list[ChoiceView]:
        if not self.revealed:
            return []
        return [choice for choice in self.choices if choice.picked and not choice.correct]


def attempt_questions(*, attempt) -> list[QuestionView]:
    quiz = attempt.quiz
    blocks = quiz_question_blocks(quiz=quiz)
    scoring_questions = quiz_scoring_questions(quiz=quiz)
    reveal_answered = not quiz.answers_at_end or attempt.is_finished
    views = []
    for question_id in attempt.question_order:
        block = blocks.get(question_id)
        if block is None:
            continue
        question = scoring_questions[question_id]
        answered = question_id in attempt.answers
        answer = attempt.answers.get(question_id)
        revealed = answered and reveal_answered
        choices = []
        if block.block_type == "choice":
            by_id = {choice.id: choice.value for choice in block.value["choices"].bound_blocks}
            order = attempt.choice_order.get(question_id) or list(by_id)
            picked = set(answer or []) if answered else set()
            choices = [
                ChoiceView(
                    id=choice_id,
                    text=by_id[choice_id]["text"],
                    # The key stays on the server until the question is revealed.
                    correct=revealed and choice_id in question.correct_choice_ids,
                    picked=choice_id in picked,
                    image=by_id[choice_id].get("image"),
                )
                for choice_id in order
                if choice_id in by_id
            ]
        views.append(
            QuestionView(
                id=question_id,
                number=len(views) + 1,
                kind=block.block_type,
                block=block,
                multiple=question.multiple,
                choices=choices,
                answered=answered,
                answer=answer,
                correct=scoring.answer_is_correct(question, answer) if revealed else None,
                revealed=revealed,
                partial=revealed and scoring.answer_outcome(question, answer) == scoring.PARTIAL,
                partial_credit=question.scores_per_choice,
            )
        )
    return views


@dataclass
class OptionRow:
    """One option of a question in the item analysis: how many picked it."""

    letter: str
    label: str
    count: int
    percent: int
    correct: bool


@dataclass
class ItemStats:
    number: int
    question_id: str
    kind: str
    text: str
    answered: int = 0
    correct: int = 0
    open_answers: list[str] = field(default_factory=list)
    options: list[OptionRow] = field(default_factory=list)
    discrimination: float | None = None
    flags: tuple[str, ...] = ()

    @property
    def percent_correct(self) -> int | None:
        if self.kind == "open" or not self.answered:
            return None
        return (100 * self.correct) // self.answered

    @property
    def is_easy(self) -> bool:
        return item_analysis_rules.EASY in self.flags

    @property
    def is_hard(self) -> bool:
        return item_analysis_rules.HARD in self.flags

    @property
    def discriminates_negatively(self) -> bool:
        return item_analysis_rules.NEGATIVE in self.flags

    @property
    def flag_labels(self) -> list[str]:
        return [str(FLAG_LABELS[flag]) for flag in self.flags]

    @property
    def options_summary(self) -> str:
        """The option counts in one line (for exports): "A. …: 3 (30%) ✓; B. …: 7 (70%)"."""
        return "; ".join(
            f"{option.letter}. {option.label}: {option.count} ({option.percent}%)"
            + (" ✓" if option.correct else "")
            for option in self.options
        )


FLAG_LABELS = {
    item_analysis_rules.EASY: _("Quá dễ: từ 90% số em trả lời đúng"),
    item_analysis_rules.HARD: _("Quá khó: không quá 20% số em trả lời đúng"),
    item_analysis_rules.NEGATIVE: _(
        "Độ phân biệt âm: em làm tốt cả bài lại hay sai câu này; xem lại đáp án và cách hỏi"
    ),
}


def _option_labels(block) -> dict[str, str]:
    """Each option's name: a choice's words, or its picture's alt text; true/false."""
    if block.block_type == "choice":
        labels = {}
        for choice in block.value["choices"].bound_blocks:
            image = choice.value.get("image")
            alt = getattr(image, "contextual_alt_text", "") if image else ""
            labels[choice.id] = choice.value["text"] or alt or str(_("(hình)"))
        return labels
    if block.block_type == "true_false":
        return {
            item_analysis_rules.TRUE_KEY: str(_("Đúng")),
            item_analysis_rules.FALSE_KEY: str(_("Sai")),
        }
    return {}


def item_analysis(
    *, quiz, attempts: Iterable[Mapping], finished: Iterable[Mapping] | None = None
) -> list[ItemStats]:
    """Per question: how many answered it, the share fully right, how many picked each option,
    its discrimination and its flags (quizzes.item_analysis). ``attempts`` are the answers of
    the attempts counted; ``finished``, those of finished attempts, which alone give the
    discrimination (by default: ``attempts``, when they are all finished)."""
    attempts = list(attempts)
    finished = attempts if finished is None else list(finished)
    questions = quiz_scoring_questions(quiz=quiz)
    blocks = list(quiz_question_blocks(quiz=quiz).values())
    stats = {
        block.id: ItemStats(
            number=number,
            question_id=block.id,
            kind=block.block_type,
            text=block.value["question"],
        )
        for number, block in enumerate(blocks, start=1)
    }
    for answers in attempts:
        for question_id, answer in answers.items():
            item = stats.get(question_id)
            if item is None:
                continue
            item.answered += 1
            if scoring.answer_is_correct(questions[question_id], answer):
                item.correct += 1
            if item.kind == "open" and answer:
                item.open_answers.append(answer)
    discrimination = item_analysis_rules.discrimination_indices(questions, finished)
    for block in blocks:
        item, question = stats[block.id], questions[block.id]
        labels = _option_labels(block)
        counts = item_analysis_rules.option_counts(
            question, (answers.get(block.id) for answers in attempts)
        )
        item.options = [
            OptionRow(
                letter=_option_letter(position),
                label=labels.get(option.key, option.key),
                count=option.count,
                percent=option.percent,
                correct=option.correct,
            )
            for position, option in enumerate(counts)
        ]
        item.discrimination = discrimination.get(block.id)
        if question.max_points:
            item.flags = item_analysis_rules.item_flags(
                correct=item.correct, answered=item.answered, discrimination=item.discrimination
            )
    return list(stats.values())


def _option_letter(position: int) -> str:
    return chr(ord("A") + position) if position < 26 else str(position + 1)


@dataclass
class RunResults:
    attempts: list
    items: list[ItemStats]
    joined: int
    finished: int
    average_percent: int | None


def run_results(*, run) -> RunResults:
    attempts = list(run.attempts.order_by("nickname_key"))
    finished = [attempt for attempt in attempts if attempt.is_finished]
    percents = [attempt.percent for attempt in finished if attempt.percent is not None]
    return RunResults(
        attempts=attempts,
        items=item_analysis(
            quiz=run.quiz,
            attempts=[attempt.answers for attempt in attempts],
            finished=[attempt.answers for attempt in finished],
        ),
        joined=len(attempts),
        finished=len(finished),
        average_percent=sum(percents) // len(percents) if percents else None,
    )


def run_list_for_user(*, user) -> QuerySet:
    return QuizRun.objects.filter(created_by=user).select_related("quiz")


def run_get_for_user(*, user, pk: int):
    """The teacher's own run, or None: another teacher's run is not found."""
    return run_list_for_user(user=user).filter(pk=pk).first()


def quiz_results(*, quiz) -> dict:
    """Results of a quiz across all class runs (practice attempts are anonymous counts)."""
    finished = Attempt.objects.filter(quiz=quiz, finished_at__isnull=False)
    run_rows = list(
        finished.filter(run__isnull=False).values_list("answers", "score", "max_score", "passed")
    )
    percents = [scoring.percent_of(s, m or 0) for _, s, m, _ in run_rows]
    return {
        "items": item_analysis(quiz=quiz, attempts=[answers for answers, *_ in run_rows]),
        "run_attempts": len(run_rows),
        "run_passed": sum(1 for *_, passed in run_rows if passed),
        "average_percent": sum(percents) // len(percents) if percents else None,
        "practice_attempts": finished.filter(run__isnull=True).count(),
        "runs": quiz.runs.count(),
    }


# Learning gain: a pre-test and a post-test of one class (quizzes.gain). Only the two runs are
# linked; no attempt is ever matched across them, by nickname or anything else.


def attempt_percent(*, score, max_score) -> float | None:
    """A finished attempt's exact score in percent; None when nothing in it is scored."""
    if score is None or not max_score:
        return None
    return 100 * float(score) / max_score


def run_percents(*, run_ids: Iterable[int]) -> dict[int, list[float]]:
    """Per run, the percent each finished attempt scored (one query)."""
    run_ids = list(run_ids)
    percents: dict[int, list[float]] = {run_id: [] for run_id in run_ids}
    rows = Attempt.objects.filter(run_id__in=run_ids, finished_at__isnull=False).values_list(
        "run_id", "score", "max_score"
    )
    for run_id, score, max_score in rows:
        percent = attempt_percent(score=score, max_score=max_score)
        if percent is not None:
            percents[run_id].append(percent)
    return percents


@dataclass
class QuestionGainRow:
    number: int
    text: str
    share: gain.QuestionShare


@dataclass
class RunPair:
    """A run and its partner: the pre-test (trước bài học) and the post-test (sau bài học)."""

    run: QuizRun
    pre: QuizRun | None = None
    post: QuizRun | None = None
    result: gain.ClassGain | None = None
    questions: list[QuestionGainRow] = field(default_factory=list)

    @property
    def linked(self) -> bool:
        return self.pre is not None and self.post is not None

    @property
    def can_start_post(self) -> bool:
        """A post-test may be opened from a run that is not one and has none yet."""
        return self.run.phase != RunPhase.POST and self.post is None


def run_pair(*, run: QuizRun) -> RunPair:
    """``run`` with its partner and, once both exist, the class's gain: mean score before and
    after and, per scored question, the share correct before and after (finished attempts)."""
    if run.phase == RunPhase.POST:
        pre = (
            QuizRun.objects.filter(pk=run.pre_run_id, created_by_id=run.created_by_id).first()
            if run.pre_run_id
            else None
        )
        pair = RunPair(run=run, pre=pre, post=run)
    else:
        post = QuizRun.objects.filter(pre_run=run, created_by_id=run.created_by_id).first()
        pair = RunPair(run=run, pre=run if post is not None else None, post=post)
    if not pair.linked:
        return pair
    quiz = run.quiz
    questions = quiz_scoring_questions(quiz=quiz)
    scored = {qid: q for qid, q in questions.items() if q.max_points}
    attempts = {pair.pre.pk: ([], []), pair.post.pk: ([], [])}
    rows = Attempt.objects.filter(run_id__in=list(attempts), finished_at__isnull=False).values_list(
        "run_id", "score", "max_score", "answers"
    )
    for run_id, score, max_score, answers in rows:
        percents, correctness = attempts[run_id]
        percent = attempt_percent(score=score, max_score=max_score)
        if percent is not None:
            percents.append(percent)
        correctness.append(
            {
                qid: bool(scoring.answer_is_correct(scored[qid], answer))
                for qid, answer in answers.items()
                if qid in scored
            }
        )
    (pre_percents, pre_correct), (post_percents, post_correct) = (
        attempts[pair.pre.pk],
        attempts[pair.post.pk],
    )
    pair.result = gain.class_gain(pre=pre_percents, post=post_percents)
    blocks = [block for block in quiz_question_blocks(quiz=quiz).values()]
    numbers = {block.id: number for number, block in enumerate(blocks, start=1)}
    texts = {block.id: block.value["question"] for block in blocks}
    shares = gain.question_shares(
        question_ids=[block.id for block in blocks if block.id in scored],
        pre=pre_correct,
        post=post_correct,
    )
    pair.questions = [
        QuestionGainRow(number=numbers[s.question_id], text=texts[s.question_id], share=s)
        for s in shares
    ]
    return pair
