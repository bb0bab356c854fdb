"""Scoring of quiz answers: pure functions, no database, no request.

A question is described by ``Question``; a student's raw answer (from a form) is first
checked by ``answer_clean``, which rejects anything that is not an answer to that question,
then ``attempt_score`` adds up the points. A choice question is worth one point and is
right only when exactly the correct choices are picked; true/false is worth one point;
an open question is not scored.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

CHOICE = "choice"
TRUE_FALSE = "true_false"
OPEN = "open"

OPEN_ANSWER_MAX_LENGTH = 1000


class AnswerError(ValueError):
    """The submitted value is not an answer to this question."""


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    choice_ids: tuple[str, ...] = ()
    correct_choice_ids: frozenset[str] = frozenset()
    correct_bool: bool | None = None

    @property
    def max_points(self) -> int:
        return 0 if self.kind == OPEN else 1

    @property
    def multiple(self) -> bool:
        return self.kind == CHOICE and len(self.correct_choice_ids) > 1


@dataclass(frozen=True)
class AttemptScore:
    points: int
    max_points: int
    percent: int
    passed: bool


def answer_clean(question: Question, raw: Sequence[str]) -> list[str] | bool | str:
    """The answer in its stored form, or AnswerError if ``raw`` cannot be one."""
    values = [value.strip() for value in raw if value is not None]
    if question.kind == CHOICE:
        picked = list(dict.fromkeys(value for value in values if value))
        if not picked:
            raise AnswerError("empty")
        if any(choice not in question.choice_ids for choice in picked):
            raise AnswerError("unknown choice")
        if len(picked) > 1 and not question.multiple:
            raise AnswerError("several choices for a single-answer question")
        return sorted(picked)
    if question.kind == TRUE_FALSE:
        if len(values) != 1 or values[0] not in ("true", "false"):
            raise AnswerError("not true or false")
        return values[0] == "true"
    if question.kind == OPEN:
        text = " ".join(values).strip()
        if not text:
            raise AnswerError("empty")
        if len(text) > OPEN_ANSWER_MAX_LENGTH:
            raise AnswerError("too long")
        return text
    raise AnswerError("unknown question kind")


def answer_is_correct(question: Question, answer) -> bool | None:
    """True or False for a scored question; None for an open one or no answer."""
    if answer is None or question.kind == OPEN:
        return None
    if question.kind == CHOICE:
        return frozenset(answer) == question.correct_choice_ids
    return answer is question.correct_bool


def attempt_score(
    questions: Sequence[Question], answers: Mapping[str, object], pass_mark: int
) -> AttemptScore:
    max_points = sum(question.max_points for question in questions)
    points = sum(
        question.max_points
        for question in questions
        if answer_is_correct(question, answers.get(question.id))
    )
    # A quiz of open questions only has nothing to fail.
    percent = 100 if max_points == 0 else (100 * points) // max_points
    return AttemptScore(
        points=points, max_points=max_points, percent=percent, passed=percent >= pass_mark
    )
