"""Learning gain of a class (quizzes.gain): hand-computed examples and properties."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzes import gain

percent = st.floats(min_value=0, max_value=100, allow_nan=False)
scores = st.lists(percent, min_size=1, max_size=40)
QUESTIONS = ["q1", "q2", "q3"]
attempt = st.dictionaries(st.sampled_from(QUESTIONS), st.booleans())
attempts = st.lists(attempt, max_size=30)


# Hand-computed examples


def test_a_class_that_learned_gains_what_its_mean_rose():
    # Before: 40, 50, 60 → 50. After: 70, 80, 90, 100 → 85. Gain 35; g = 35 / 50 = 0.7.
    result = gain.class_gain(pre=[40, 50, 60], post=[70, 80, 90, 100])
    assert result.pre_mean == 50
    assert result.post_mean == 85
    assert (result.pre_count, result.post_count) == (3, 4)
    assert result.gain == 35
    assert result.normalised == pytest.approx(0.7)


def test_a_class_that_scored_lower_after_has_a_negative_gain():
    result = gain.class_gain(pre=[80, 80], post=[60, 70])  # 80 → 65
    assert result.gain == -15
    assert result.normalised == pytest.approx(-0.75)  # -15 / 20


def test_normalised_gain_is_undefined_for_a_class_already_at_full_marks():
    assert gain.normalised_gain(pre=100, post=100) is None
    assert gain.class_gain(pre=[100, 100], post=[90]).normalised is None
    assert gain.normalised_gain(pre=0, post=25) == 0.25


def test_no_result_without_a_finished_attempt_on_both_sides():
    assert gain.class_mean([]) is None
    assert gain.class_gain(pre=[], post=[50]) is None
    assert gain.class_gain(pre=[50], post=[]) is None
    assert gain.gain_summary([]) is None
    assert gain.gain_summary([None, None]) is None


def test_per_question_shares_before_and_after():
    pre = [{"q1": True, "q2": False}, {"q1": False, "q2": False}, {"q1": False}]
    post = [{"q1": True, "q2": True}, {"q1": True, "q2": False}, {"q3": True}]
    q1, q2, q3 = gain.question_shares(question_ids=QUESTIONS, pre=pre, post=post)
    assert (q1.pre_answered, q1.pre_correct, q1.post_answered, q1.post_correct) == (3, 1, 2, 2)
    assert q1.pre_share == pytest.approx(100 / 3)
    assert q1.post_share == 100
    assert q1.change == pytest.approx(200 / 3)
    assert (q2.pre_share, q2.post_share, q2.change) == (0, 50, 50)
    # Nobody answered q3 before: no share, no change.
    assert (q3.pre_share, q3.post_share, q3.change) == (None, 100, None)


def test_questions_outside_the_list_are_left_out():
    rows = gain.question_shares(question_ids=["q1"], pre=[{"q1": True, "open": True}], post=[])
    assert [row.question_id for row in rows] == ["q1"]
    assert rows[0].post_share is None


def test_a_lesson_across_classes_counts_each_class_once():
    big = gain.class_gain(pre=[20] * 30, post=[60] * 30)  # 20 → 60
    small = gain.class_gain(pre=[60, 60], post=[80, 80])  # 60 → 80
    summary = gain.gain_summary([big, small, None])
    assert summary.classes == 2
    assert summary.pre_mean == 40  # (20 + 60) / 2, not weighted by the 30 pupils
    assert summary.post_mean == 70
    assert summary.gain == 30
    assert summary.normalised == pytest.approx(0.5)  # 30 / 60
    assert (summary.pre_attempts, summary.post_attempts) == (32, 32)


# Properties


@given(scores, scores)
def test_gain_sign_follows_the_means_and_g_has_the_same_sign(pre, post):
    result = gain.class_gain(pre=pre, post=post)
    assert result.gain == result.post_mean - result.pre_mean
    assert (result.gain > 0) == (result.post_mean > result.pre_mean)
    if result.normalised is not None and result.gain != 0:
        assert math.copysign(1, result.normalised) == math.copysign(1, result.gain)


@given(scores, scores)
def test_means_and_gain_stay_within_bounds(pre, post):
    result = gain.class_gain(pre=pre, post=post)
    assert min(pre) - 1e-9 <= result.pre_mean <= max(pre) + 1e-9
    assert 0 <= result.pre_mean <= 100 and 0 <= result.post_mean <= 100
    assert -100 <= result.gain <= 100
    if result.normalised is not None:
        assert result.normalised <= 1 + 1e-9


@given(scores, scores, st.randoms(use_true_random=False))
def test_the_order_of_attempts_changes_nothing(pre, post, rng):
    shuffled_pre, shuffled_post = pre[:], post[:]
    rng.shuffle(shuffled_pre)
    rng.shuffle(shuffled_post)
    assert gain.class_gain(pre=pre, post=post) == gain.class_gain(
        pre=shuffled_pre, post=shuffled_post
    )


@given(attempts, attempts, st.randoms(use_true_random=False))
def test_the_order_of_attempts_changes_no_question_share(pre, post, rng):
    shuffled = post[:]
    rng.shuffle(shuffled)
    assert gain.question_shares(question_ids=QUESTIONS, pre=pre, post=post) == (
        gain.question_shares(question_ids=QUESTIONS, pre=pre, post=shuffled)
    )


@given(scores, attempts)
def test_identical_runs_gain_nothing(run, answers):
    result = gain.class_gain(pre=run, post=list(run))
    assert result.gain == 0
    if result.normalised is not None:
        assert result.normalised == 0
    for row in gain.question_shares(question_ids=QUESTIONS, pre=answers, post=list(answers)):
        assert row.change in (0, None)


@given(st.lists(percent, max_size=0), scores)
def test_an_empty_run_gives_no_result(empty, other):
    assert gain.class_gain(pre=empty, post=other) is None
    assert gain.class_gain(pre=other, post=empty) is None


@given(attempts, attempts)
def test_question_shares_are_percentages(pre, post):
    for row in gain.question_shares(question_ids=QUESTIONS, pre=pre, post=post):
        assert row.pre_correct <= row.pre_answered
        for share in (row.pre_share, row.post_share):
            assert share is None or 0 <= share <= 100


@given(st.lists(st.tuples(scores, scores), min_size=1, max_size=8))
def test_a_summary_lies_between_its_classes(pairs):
    gains = [gain.class_gain(pre=pre, post=post) for pre, post in pairs]
    summary = gain.gain_summary(gains)
    assert summary.classes == len(gains)
    tolerance = 1e-9
    assert min(g.pre_mean for g in gains) - tolerance <= summary.pre_mean
    assert summary.pre_mean <= max(g.pre_mean for g in gains) + tolerance
    assert min(g.gain for g in gains) - tolerance <= summary.gain
    assert summary.gain <= max(g.gain for g in gains) + tolerance
