"""Item analysis of a quiz (Moodle's response analysis): pure functions, no database.

For each scored question, from the answers students gave:

- **option counts**: how many picked each option of a choice question (on a multi-answer
  question one student counts once for every option ticked) and, for a true/false question,
  how many said "Đúng" and how many "Sai". A wrong option many students pick is a
  misconception the lesson should address.
- **difficulty flags**: ``EASY`` when at least ``EASY_PERCENT`` % answer fully right,
  ``HARD`` when at most ``HARD_PERCENT`` % do — once ``MIN_ANSWERS_FOR_FLAGS`` students answered.
- **discrimination**: the *corrected point-biserial* correlation, i.e. the Pearson correlation
  between a student's score on the question (0 to 1; partial credit gives a share) and the
  same student's share of points on the *rest* of the quiz (this question left out, so the
  question does not correlate with itself). It runs from −1 to 1: near 0 the question does
  not tell students who know the lesson from those who do not; below 0 the students who did
  well overall tend to get it wrong — often a wrong key or an ambiguous wording
  (``NEGATIVE``). Moodle's "discrimination index" is the same measure. It is chosen over the
  upper-minus-lower 27 % index because it uses every student and no cut-off, so ties at the
  boundary of the groups cannot change it. Only finished attempts count (an unfinished one has
  no rest score), and at least ``MIN_ATTEMPTS_FOR_DISCRIMINATION`` of them; otherwise, or when
  every student scored the same on the question or on the rest, it is ``None``.
"""

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from quizzes import scoring

EASY = "easy"
HARD = "hard"
NEGATIVE = "negative"

EASY_PERCENT = 90
HARD_PERCENT = 20
MIN_ANSWERS_FOR_FLAGS = 5
MIN_ATTEMPTS_FOR_DISCRIMINATION = 5
TRUE_KEY = "true"
FALSE_KEY = "false"


@dataclass(frozen=True)
class OptionCount:
    key: str  # the choice's id, or TRUE_KEY / FALSE_KEY
    count: int
    correct: bool
    answered: int  # students who answered the question

    @property
    def percent(self) -> int:
        return (100 * self.count) // self.answered if self.answered else 0


def option_counts(question: scoring.Question, answers: Iterable) -> list[OptionCount]:
    """How many answers picked each option, in the question's order. ``answers`` are stored
    answers to ``question`` (None for not answered). Unknown choice ids are ignored."""
    answers = [answer for answer in answers if answer is not None]
    if question.kind == scoring.CHOICE:
        counts = dict.fromkeys(question.choice_ids, 0)
        for answer in answers:
            for choice_id in set(answer):
                if choice_id in counts:
                    counts[choice_id] += 1
        return [
            OptionCount(
                key=choice_id,
                count=count,
                correct=choice_id in question.correct_choice_ids,
                answered=len(answers),
            )
            for choice_id, count in counts.items()
        ]
    if question.kind == scoring.TRUE_FALSE:
        said_true = sum(1 for answer in answers if answer is True)
        said_false = sum(1 for answer in answers if answer is False)
        return [
            OptionCount(TRUE_KEY, said_true, question.correct_bool is True, len(answers)),
            OptionCount(FALSE_KEY, said_false, question.correct_bool is False, len(answers)),
        ]
    return []


def difficulty_flag(*, correct: int, answered: int) -> str | None:
    """EASY, HARD or None from how many answered fully right out of how many answered."""
    if answered < MIN_ANSWERS_FOR_FLAGS:
        return None
    if 100 * correct >= EASY_PERCENT * answered:
        return EASY
    if 100 * correct <= HARD_PERCENT * answered:
        return HARD
    return None


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """The Pearson correlation of two equally long series; None if either does not vary."""
    n = len(xs)
    if n != len(ys) or n < 2:
        return None
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mean_x) ** 2 for x in xs)
    syy = sum((y - mean_y) ** 2 for y in ys)
    if sxx <= 1e-12 or syy <= 1e-12:
        return None
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


def discrimination_indices(
    questions: Mapping[str, scoring.Question], attempts: Iterable[Mapping[str, object]]
) -> dict[str, float | None]:
    """Per scored question id, the corrected point-biserial discrimination (module docstring)
    over ``attempts``: the answers of finished attempts, each a mapping question id → answer."""
    scored = {qid: question for qid, question in questions.items() if question.max_points}
    # Per attempt: the points of each scored question it was asked, and their sum.
    rows: list[tuple[dict[str, Fraction], Fraction, int]] = []
    for answers in attempts:
        points = {
            qid: scoring.answer_points(scored[qid], answer)
            for qid, answer in answers.items()
            if qid in scored
        }
        maximum = sum(scored[qid].max_points for qid in points)
        rows.append((points, sum(points.values(), Fraction(0)), maximum))
    result: dict[str, float | None] = {}
    for qid, question in scored.items():
        item, rest = [], []
        for points, total, maximum in rows:
            if qid not in points or maximum - question.max_points <= 0:
                continue
            item.append(float(points[qid] / question.max_points))
            rest.append(float((total - points[qid]) / (maximum - question.max_points)))
        if len(item) < MIN_ATTEMPTS_FOR_DISCRIMINATION:
            result[qid] = None
        else:
            result[qid] = pearson(item, rest)
    return result


def item_flags(*, correct: int, answered: int, discrimination: float | None) -> tuple[str, ...]:
    """What an editor should look at: EASY or HARD, and NEGATIVE discrimination."""
    flags = []
    difficulty = difficulty_flag(correct=correct, answered=answered)
    if difficulty:
        flags.append(difficulty)
    if discrimination is not None and discrimination < 0:
        flags.append(NEGATIVE)
    return tuple(flags)
