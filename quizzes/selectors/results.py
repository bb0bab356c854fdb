"""What a teacher and an editor see: a run's results, item analysis, a quiz's figures."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from quizzes import item_analysis as item_analysis_rules
from quizzes import scoring
from quizzes.models import Attempt, QuizRun
from quizzes.question_cache import quiz_question_blocks, quiz_scoring_questions


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
