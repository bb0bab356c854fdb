from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzes import scoring
from quizzes.scoring import AnswerError, Question, answer_clean, attempt_score

SINGLE = Question(
    id="q1", kind="choice", choice_ids=("a", "b", "c"), correct_choice_ids=frozenset({"b"})
)
MULTIPLE = Question(
    id="q2", kind="choice", choice_ids=("a", "b", "c"), correct_choice_ids=frozenset({"a", "c"})
)
TRUE_FALSE = Question(id="q3", kind="true_false", correct_bool=False)
OPEN = Question(id="q4", kind="open")


def test_single_choice_is_right_only_with_the_right_choice():
    assert scoring.answer_is_correct(SINGLE, answer_clean(SINGLE, ["b"]))
    assert not scoring.answer_is_correct(SINGLE, answer_clean(SINGLE, ["a"]))


def test_several_correct_choices_need_exactly_those():
    assert scoring.answer_is_correct(MULTIPLE, answer_clean(MULTIPLE, ["c", "a"]))
    assert not scoring.answer_is_correct(MULTIPLE, answer_clean(MULTIPLE, ["a"]))
    assert not scoring.answer_is_correct(MULTIPLE, answer_clean(MULTIPLE, ["a", "b", "c"]))


@pytest.mark.parametrize(
    ("question", "raw"),
    [
        (SINGLE, []),
        (SINGLE, [""]),
        (SINGLE, ["z"]),  # a choice that is not in the question
        (SINGLE, ["a", "b"]),  # two answers to a one-answer question
        (TRUE_FALSE, ["maybe"]),
        (TRUE_FALSE, ["true", "false"]),
        (OPEN, ["   "]),
        (OPEN, ["x" * 1001]),
    ],
)
def test_answers_that_are_not_answers_are_refused(question, raw):
    with pytest.raises(AnswerError):
        answer_clean(question, raw)


def test_open_questions_are_not_scored():
    result = attempt_score([OPEN], {"q4": "Em sẽ kể với mẹ."}, pass_mark=60)
    assert (result.points, result.max_points, result.passed) == (0, 0, True)


def test_pass_mark_is_inclusive():
    questions = [SINGLE, MULTIPLE, TRUE_FALSE, OPEN]
    answers = {"q1": ["b"], "q2": ["a"], "q3": False, "q4": "..."}
    result = attempt_score(questions, answers, pass_mark=66)
    assert (result.points, result.max_points, result.percent) == (2, 3, 66)
    assert result.passed
    assert not attempt_score(questions, answers, pass_mark=67).passed


choice_questions = st.builds(
    lambda n, correct_mask, qid: Question(
        id=qid,
        kind="choice",
        choice_ids=tuple(f"c{i}" for i in range(n)),
        correct_choice_ids=frozenset(f"c{i}" for i in range(n) if correct_mask[i % 8])
        or frozenset({"c0"}),
    ),
    st.integers(min_value=2, max_value=6),
    st.lists(st.booleans(), min_size=8, max_size=8),
    st.uuids().map(str),
)
tf_questions = st.builds(
    lambda qid, value: Question(id=qid, kind="true_false", correct_bool=value),
    st.uuids().map(str),
    st.booleans(),
)
quizzes = st.lists(st.one_of(choice_questions, tf_questions), min_size=1, max_size=12)


def _right_answers(questions):
    return {
        q.id: sorted(q.correct_choice_ids) if q.kind == "choice" else q.correct_bool
        for q in questions
    }


@given(quizzes, st.integers(min_value=0, max_value=100))
def test_all_right_answers_score_full_marks_and_pass(questions, pass_mark):
    result = attempt_score(questions, _right_answers(questions), pass_mark)
    assert result.points == result.max_points == len(questions)
    assert result.percent == 100
    assert result.passed


@given(quizzes, st.data())
def test_score_is_between_zero_and_max_whatever_is_answered(questions, data):
    answers = {}
    for question in questions:
        if data.draw(st.booleans()):
            continue  # unanswered
        if question.kind == "choice":
            picked = data.draw(
                st.lists(st.sampled_from(question.choice_ids), min_size=1, unique=True)
            )
            answers[question.id] = sorted(picked)
        else:
            answers[question.id] = data.draw(st.booleans())
    result = attempt_score(questions, answers, 50)
    assert 0 <= result.points <= result.max_points
    assert 0 <= result.percent <= 100
    assert result.passed == (result.percent >= 50)


@given(quizzes, st.randoms())
def test_order_of_picked_choices_does_not_matter(questions, rng):
    answers = _right_answers(questions)
    shuffled = {}
    for key, value in answers.items():
        if isinstance(value, list):
            value = value[:]
            rng.shuffle(value)
        shuffled[key] = value
    assert attempt_score(questions, shuffled, 60) == attempt_score(questions, answers, 60)


@given(choice_questions, st.text(min_size=1, max_size=5))
def test_unknown_choice_ids_never_pass_validation(question, junk):
    if junk.strip() in question.choice_ids or not junk.strip():
        return
    with pytest.raises(AnswerError):
        answer_clean(question, [junk])


# Partial credit: k correct choices, +1/k per correct choice picked, -1/k per wrong one, >= 0.
PARTIAL = Question(
    id="q5",
    kind="choice",
    choice_ids=("a", "b", "c", "d", "e"),
    correct_choice_ids=frozenset({"a", "b", "c"}),
    partial_credit=True,
)


@pytest.mark.parametrize(
    ("picked", "points", "outcome"),
    [
        (["a", "b", "c"], Fraction(1), scoring.RIGHT),
        (["a", "b"], Fraction(2, 3), scoring.PARTIAL),
        (["a"], Fraction(1, 3), scoring.PARTIAL),
        (["a", "b", "d"], Fraction(1, 3), scoring.PARTIAL),
        (["a", "d"], Fraction(0), scoring.WRONG),
        (["a", "d", "e"], Fraction(0), scoring.WRONG),  # floored at 0, never negative
        (["d"], Fraction(0), scoring.WRONG),
        (["a", "b", "c", "d", "e"], Fraction(1, 3), scoring.PARTIAL),  # ticking every box
    ],
)
def test_partial_credit_scores_each_choice(picked, points, outcome):
    answer = answer_clean(PARTIAL, picked)
    assert scoring.answer_points(PARTIAL, answer) == points
    assert scoring.answer_outcome(PARTIAL, answer) == outcome
    assert scoring.answer_is_correct(PARTIAL, answer) is (points == 1)


def test_without_partial_credit_a_multi_answer_question_needs_every_correct_choice():
    assert scoring.answer_points(MULTIPLE, ["a"]) == 0
    assert scoring.answer_outcome(MULTIPLE, ["a"]) == scoring.WRONG
    assert scoring.answer_points(MULTIPLE, ["a", "c"]) == 1


def test_partial_credit_has_no_effect_on_a_single_answer_question():
    single = Question(
        id="q6",
        kind="choice",
        choice_ids=("a", "b"),
        correct_choice_ids=frozenset({"a"}),
        partial_credit=True,
    )
    assert not single.scores_per_choice
    assert scoring.answer_points(single, ["b"]) == 0
    assert scoring.answer_points(single, ["a"]) == 1


def test_missed_choices_are_the_correct_ones_left_out_in_question_order():
    assert scoring.answer_missed_choices(PARTIAL, ["c", "d"]) == ["a", "b"]
    assert scoring.answer_missed_choices(PARTIAL, ["a", "b", "c"]) == []
    assert scoring.answer_missed_choices(TRUE_FALSE, True) == []


def test_attempt_total_is_stored_with_two_decimals_rounded_down_and_percent_agrees():
    # 1 + 2/3 + 1/3 ... : q1 right (1), q5 two of three (2/3), q3 wrong (0) = 5/3 of 3.
    questions = [SINGLE, PARTIAL, TRUE_FALSE]
    result = attempt_score(questions, {"q1": ["b"], "q5": ["a", "b"], "q3": True}, pass_mark=55)
    assert result.points == Decimal("1.66")  # 1.666... rounded down, never up
    assert result.max_points == 3
    assert result.percent == 55 == scoring.percent_of(result.points, 3)
    assert result.passed


def test_two_thirds_of_one_point_is_not_rounded_up_to_a_pass():
    result = attempt_score([PARTIAL], {"q5": ["a", "b"]}, pass_mark=67)
    assert result.points == Decimal("0.66")
    assert result.percent == 66
    assert not result.passed


partial_questions = st.builds(
    lambda n, correct_mask, qid: Question(
        id=qid,
        kind="choice",
        choice_ids=tuple(f"c{i}" for i in range(n)),
        correct_choice_ids=frozenset(f"c{i}" for i in range(n) if correct_mask[i]) or {"c0", "c1"},
        partial_credit=True,
    ),
    st.integers(min_value=2, max_value=8),
    st.lists(st.booleans(), min_size=8, max_size=8),
    st.uuids().map(str),
)
mixed_quizzes = st.lists(
    st.one_of(partial_questions, choice_questions, tf_questions), min_size=1, max_size=12
)


def _some_answer(data, question):
    if question.kind == "choice":
        picked = data.draw(st.lists(st.sampled_from(question.choice_ids), min_size=1, unique=True))
        return answer_clean(question, picked) if question.multiple else [picked[0]]
    return data.draw(st.booleans())


@given(partial_questions, st.data())
def test_partial_credit_is_between_zero_and_one_point(question, data):
    points = scoring.answer_points(question, _some_answer(data, question))
    assert 0 <= points <= question.max_points


@given(partial_questions, st.data())
def test_partial_credit_full_only_for_exactly_the_correct_choices(question, data):
    answer = _some_answer(data, question)
    full = scoring.answer_points(question, answer) == 1
    assert full == (frozenset(answer) == question.correct_choice_ids)


@given(partial_questions, st.data())
def test_partial_credit_is_zero_without_a_correct_choice(question, data):
    wrong = [c for c in question.choice_ids if c not in question.correct_choice_ids]
    if not wrong:
        return
    picked = data.draw(st.lists(st.sampled_from(wrong), min_size=1, unique=True))
    assert scoring.answer_points(question, picked) == 0
    assert scoring.answer_outcome(question, picked) == scoring.WRONG


@given(partial_questions, st.data(), st.randoms())
def test_partial_credit_does_not_depend_on_the_order_of_picks(question, data, rng):
    picked = data.draw(st.lists(st.sampled_from(question.choice_ids), min_size=1, unique=True))
    shuffled = picked[:]
    rng.shuffle(shuffled)
    assert scoring.answer_points(question, picked) == scoring.answer_points(question, shuffled)


@given(partial_questions, st.data())
def test_one_more_correct_choice_never_lowers_the_points(question, data):
    answer = _some_answer(data, question)
    missing = [c for c in question.correct_choice_ids if c not in answer]
    if not missing:
        return
    more = sorted([*answer, missing[0]])
    assert scoring.answer_points(question, more) >= scoring.answer_points(question, answer)


@given(mixed_quizzes, st.data(), st.integers(min_value=0, max_value=100))
def test_mixed_quiz_score_bounds_full_and_zero(questions, data, pass_mark):
    full = attempt_score(questions, _right_answers(questions), pass_mark)
    assert full.points == full.max_points == len(questions) and full.percent == 100
    assert attempt_score(questions, {}, pass_mark).points == 0
    answers = {q.id: _some_answer(data, q) for q in questions if data.draw(st.booleans())}
    result = attempt_score(questions, answers, pass_mark)
    assert 0 <= result.points <= result.max_points
    assert result.points == result.points.quantize(Decimal("0.01"))
    assert result.percent == scoring.percent_of(result.points, result.max_points)
    assert result.passed == (result.percent >= pass_mark)


@given(mixed_quizzes, st.data(), st.randoms())
def test_mixed_quiz_score_does_not_depend_on_order_of_questions_or_picks(questions, data, rng):
    answers = {q.id: _some_answer(data, q) for q in questions}
    shuffled_questions = questions[:]
    rng.shuffle(shuffled_questions)
    shuffled_answers = {}
    for key, value in answers.items():
        if isinstance(value, list):
            value = value[:]
            rng.shuffle(value)
        shuffled_answers[key] = value
    assert attempt_score(shuffled_questions, shuffled_answers, 60) == attempt_score(
        questions, answers, 60
    )
