"""Reads of the quiz engine: what a student sees, what a teacher sees, item analysis."""

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.utils import timezone

from quizzes import scoring
from quizzes.models import Attempt, QuizPage, QuizRun
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
    """The published quizzes under a lesson, in the editor's order."""
    return list(QuizPage.objects.live().child_of(lesson).order_by("path"))


@dataclass
class ChoiceView:
    id: str
    text: str
    correct: bool
    picked: bool


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
class ItemStats:
    number: int
    question_id: str
    kind: str
    text: str
    answered: int = 0
    correct: int = 0
    open_answers: list[str] = field(default_factory=list)

    @property
    def percent_correct(self) -> int | None:
        if self.kind == "open" or not self.answered:
            return None
        return (100 * self.correct) // self.answered


def item_analysis(*, quiz, attempts: Iterable) -> list[ItemStats]:
    """Per question: how many answered it and the share who answered it correctly."""
    questions = quiz.scoring_questions
    stats = {
        block.id: ItemStats(
            number=number,
            question_id=block.id,
            kind=block.block_type,
            text=block.value["question"],
        )
        for number, block in enumerate(quiz.questions, start=1)
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
    return list(stats.values())


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
        items=item_analysis(quiz=run.quiz, attempts=(attempt.answers for attempt in attempts)),
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
    run_answers = finished.filter(run__isnull=False).values_list("answers", flat=True)
    run_rows = list(finished.filter(run__isnull=False).values_list("score", "max_score", "passed"))
    percents = [scoring.percent_of(s, m or 0) for s, m, _ in run_rows]
    return {
        "items": item_analysis(quiz=quiz, attempts=run_answers.iterator()),
        "run_attempts": len(run_rows),
        "run_passed": sum(1 for *_, passed in run_rows if passed),
        "average_percent": sum(percents) // len(percents) if percents else None,
        "practice_attempts": finished.filter(run__isnull=True).count(),
        "runs": quiz.runs.count(),
    }
