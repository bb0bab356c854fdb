"""Learning gain of a class: the same quiz before and after teaching. Pure functions, no
database, no request.

A class takes a quiz before the lesson (the pre-test run) and again after it (the post-test
run). Each run gives a list of scores (in percent, 0–100, one per finished attempt) and, per
attempt, which questions it answered correctly. Nothing links an attempt before to an attempt
after — not a nickname, not anything else — so the gain is the class's: the difference of the
two class means, never a child's own progress.

Sums use ``math.fsum`` (correctly rounded), so the order of the attempts never changes a result.
"""

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass


def class_mean(percents: Iterable[float]) -> float | None:
    """The mean score of a run in percent; None for a run without a finished attempt."""
    values = [float(percent) for percent in percents]
    if not values:
        return None
    return math.fsum(values) / len(values)


def normalised_gain(*, pre: float, post: float) -> float | None:
    """Hake's g: the share of the possible gain that was made, (post − pre) / (100 − pre).

    Undefined (None) when the class already scored 100% before: nothing was left to gain.
    """
    if pre >= 100:
        return None
    return (post - pre) / (100 - pre)


@dataclass(frozen=True)
class ClassGain:
    """One class, before and after: class means in percent and how many attempts made them."""

    pre_mean: float
    post_mean: float
    pre_count: int
    post_count: int

    @property
    def gain(self) -> float:
        """Percentage points gained (negative: the class scored lower after)."""
        return self.post_mean - self.pre_mean

    @property
    def normalised(self) -> float | None:
        return normalised_gain(pre=self.pre_mean, post=self.post_mean)


def class_gain(*, pre: Iterable[float], post: Iterable[float]) -> ClassGain | None:
    """The class's gain from the scores of the pre-test and of the post-test; None unless
    both runs have a finished attempt."""
    pre_values, post_values = list(pre), list(post)
    pre_mean, post_mean = class_mean(pre_values), class_mean(post_values)
    if pre_mean is None or post_mean is None:
        return None
    return ClassGain(
        pre_mean=pre_mean,
        post_mean=post_mean,
        pre_count=len(pre_values),
        post_count=len(post_values),
    )


@dataclass(frozen=True)
class QuestionShare:
    """One question before and after: how many answered it and how many answered it right."""

    question_id: str
    pre_answered: int
    pre_correct: int
    post_answered: int
    post_correct: int

    @staticmethod
    def _share(correct: int, answered: int) -> float | None:
        return 100 * correct / answered if answered else None

    @property
    def pre_share(self) -> float | None:
        """Percent answering it correctly before; None if nobody answered it."""
        return self._share(self.pre_correct, self.pre_answered)

    @property
    def post_share(self) -> float | None:
        return self._share(self.post_correct, self.post_answered)

    @property
    def change(self) -> float | None:
        if self.pre_share is None or self.post_share is None:
            return None
        return self.post_share - self.pre_share


def _tally(question_ids: Sequence[str], attempts: Iterable[Mapping[str, bool]]):
    answered = dict.fromkeys(question_ids, 0)
    correct = dict.fromkeys(question_ids, 0)
    for attempt in attempts:
        for question_id, right in attempt.items():
            if question_id in answered:
                answered[question_id] += 1
                correct[question_id] += bool(right)
    return answered, correct


def question_shares(
    *,
    question_ids: Sequence[str],
    pre: Iterable[Mapping[str, bool]],
    post: Iterable[Mapping[str, bool]],
) -> list[QuestionShare]:
    """Per question (in ``question_ids``' order), the share correct before and after.

    Each attempt is a mapping of the questions it answered to whether the answer was right;
    questions not in ``question_ids`` (unscored, or removed from the quiz) are left out.
    """
    pre_answered, pre_correct = _tally(question_ids, pre)
    post_answered, post_correct = _tally(question_ids, post)
    return [
        QuestionShare(
            question_id=question_id,
            pre_answered=pre_answered[question_id],
            pre_correct=pre_correct[question_id],
            post_answered=post_answered[question_id],
            post_correct=post_correct[question_id],
        )
        for question_id in dict.fromkeys(question_ids)
    ]


@dataclass(frozen=True)
class GainSummary:
    """Several classes' gains together (a lesson across classes and areas): each class counts
    once, whatever its size — the mean of the class means before and after."""

    classes: int
    pre_mean: float
    post_mean: float
    pre_attempts: int
    post_attempts: int

    @property
    def gain(self) -> float:
        return self.post_mean - self.pre_mean

    @property
    def normalised(self) -> float | None:
        return normalised_gain(pre=self.pre_mean, post=self.post_mean)


def gain_summary(gains: Iterable[ClassGain | None]) -> GainSummary | None:
    """The classes' gains summed up; classes without a result (None) are left out; None if
    no class has one."""
    results = [gain for gain in gains if gain is not None]
    if not results:
        return None
    return GainSummary(
        classes=len(results),
        pre_mean=math.fsum(gain.pre_mean for gain in results) / len(results),
        post_mean=math.fsum(gain.post_mean for gain in results) / len(results),
        pre_attempts=sum(gain.pre_count for gain in results),
        post_attempts=sum(gain.post_count for gain in results),
    )
