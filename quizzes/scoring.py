"""Scoring of quiz answers: pure functions, no database, no request.

A question is described by ``Question``; a student's raw answer (from a form) is first
checked by ``answer_clean``, which rejects anything that is not an answer to that question,
then ``attempt_score`` adds up the points. Every scored question is worth one point:

- a choice question scores 1 when exactly the correct choices are picked, else 0;
- a multi-answer choice question with ``partial_credit`` scores per choice: with k correct
  choices, each correct choice picked earns 1/k and each wrong choice picked costs 1/k,
  the total floored at 0 (so ticking every box is not a way to earn points);
- a true/false question scores 1 or 0;
- an open question is not scored.

Points are added exactly (``Fraction``) and the attempt's total is stored with two decimals,
rounded down (``POINTS_QUANTUM``): the percent computed from the stored total is then the
same as the exact one, since floor(floor(100·x)/m) = floor(100·x/m) for a whole m.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from fractions import Fraction

CHOICE = "choice"
TRUE_FALSE = "true_false"
OPEN = "open"

# The outcome of one answered, scored question.
RIGHT = "right"
PARTIAL = "partial"
WRONG = "wrong"

OPEN_ANSWER_MAX_LENGTH = 1000
POINTS_QUANTUM = Decimal("0.01")


class AnswerError(ValueError):
    """The submitted value is not an answer to this question."""


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    choice_ids: tuple[str, ...] = ()
    correct_choice_ids: frozenset[str] = frozenset()
    correct_bool: bool | None = None
    partial_credit: bool = False

    @property
    def max_points(self) -> int:
        return 0 if self.kind == OPEN else 1

    @property
    def multiple(self) -> bool:
        return self.kind == CHOICE and len(self.correct_choice_ids) > 1

    @property
    def scores_per_choice(self) -> bool:
        """Partial credit applies: only to a question with several correct choices."""
        return self.partial_credit and self.multiple


@dataclass(frozen=True)
class AttemptScore:
    points: Decimal
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
    """True (full marks) or False for a scored question; None for an open one or no answer."""
    if answer is None or question.kind == OPEN:
        return None
    if question.kind == CHOICE:
        return frozenset(answer) == question.correct_choice_ids
    return answer is question.correct_bool


def answer_points(question: Question, answer) -> Fraction:
    """The exact points ``answer`` earns, between 0 and ``question.max_points``."""
    if answer is None or question.kind == OPEN:
        return Fraction(0)
    if question.kind == CHOICE and question.scores_per_choice:
        picked = frozenset(answer)
        right = len(picked & question.correct_choice_ids)
        wrong = len(picked - question.correct_choice_ids)
        return max(Fraction(0), Fraction(right - wrong, len(question.correct_choice_ids)))
    return Fraction(1) if answer_is_correct(question, answer) else Fraction(0)


def answer_outcome(question: Question, answer) -> str | None:
    """RIGHT (full marks), PARTIAL (some points), WRONG (none), or None if not scored."""
    if answer is None or question.kind == OPEN:
        return None
    points = answer_points(question, answer)
    if points >= question.max_points:
        return RIGHT
    return PARTIAL if points > 0 else WRONG


def answer_missed_choices(question: Question, answer) -> list[str]:
    """The correct choices a choice answer left out, in the question's order."""
    if question.kind != CHOICE or answer is None:
        return []
    picked = frozenset(answer)
    return [c for c in question.choice_ids if c in question.correct_choice_ids - picked]


def points_stored(points: Fraction) -> Decimal:
    """Exact points as stored on an attempt: two decimals, rounded down."""
    return (Decimal(points.numerator) / Decimal(points.denominator)).quantize(
        POINTS_QUANTUM, rounding=ROUND_DOWN
    )


def percent_of(points, max_points: int) -> int:
    """Whole percent, rounded down; 100 when nothing is scored (open questions only)."""
    if not max_points:
        return 100
    return int((100 * Fraction(points)) // max_points)


def attempt_score(
    questions: Sequence[Question], answers: Mapping[str, object], pass_mark: int
) -> AttemptScore:
    max_points = sum(question.max_points for question in questions)
    exact = sum(
        (answer_points(question, answers.get(question.id)) for question in questions),
        Fraction(0),
    )
    # A quiz of open questions only has nothing to fail.
    percent = percent_of(exact, max_points)
    return AttemptScore(
        points=points_stored(exact),
        max_points=max_points,
        percent=percent,
        passed=percent >= pass_mark,
    )
