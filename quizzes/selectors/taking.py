"""What a student sees of a quiz, and who may run quizzes."""

from dataclasses import dataclass

from django.utils import timezone

from quizzes import scoring
from quizzes.models import QuizPage, QuizRun
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
