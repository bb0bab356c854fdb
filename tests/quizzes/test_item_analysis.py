"""Item analysis as pure functions, checked against numbers worked out by hand."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzes import item_analysis as ia
from quizzes.scoring import Question

SINGLE = Question(
    id="s", kind="choice", choice_ids=("a", "b", "c"), correct_choice_ids=frozenset({"b"})
)
MULTI = Question(
    id="m", kind="choice", choice_ids=("a", "b", "c"), correct_choice_ids=frozenset({"a", "c"})
)
TF = Question(id="t", kind="true_false", correct_bool=False)


def _tf(qid):
    return Question(id=qid, kind="true_false", correct_bool=True)


def _counts(question, answers):
    return [(o.key, o.count, o.percent, o.correct) for o in ia.option_counts(question, answers)]


def test_single_answer_counts_each_option_and_shows_the_popular_wrong_one():
    answers = [["a"], ["b"], ["b"], ["c"], None, ["b"], ["a"], ["a"], ["a"], ["a"]]
    # 9 answered: a 5 (55%), b 3 (33%), c 1 (11%); "a" is the misconception.
    assert _counts(SINGLE, answers) == [
        ("a", 5, 55, False),
        ("b", 3, 33, True),
        ("c", 1, 11, False),
    ]


def test_multi_answer_counts_each_ticked_option_once_per_student():
    answers = [["a", "c"], ["a"], ["a", "b", "c"], ["c", "c"]]
    assert _counts(MULTI, answers) == [("a", 3, 75, True), ("b", 1, 25, False), ("c", 3, 75, True)]


def test_true_false_counts_who_said_true_and_who_said_false():
    assert _counts(TF, [True, False, False, None, False]) == [
        ("true", 1, 25, False),
        ("false", 3, 75, True),
    ]


def test_open_questions_have_no_options_and_nobody_answering_gives_zeros():
    assert ia.option_counts(Question(id="o", kind="open"), ["Em kể với mẹ"]) == []
    assert _counts(SINGLE, [None, None]) == [
        ("a", 0, 0, False),
        ("b", 0, 0, True),
        ("c", 0, 0, False),
    ]


@pytest.mark.parametrize(
    ("correct", "answered", "flag"),
    [
        (9, 10, ia.EASY),  # 90%: almost everyone
        (10, 10, ia.EASY),
        (8, 10, None),
        (3, 10, None),
        (2, 10, ia.HARD),  # 20%: almost nobody
        (0, 10, ia.HARD),
        (4, 4, None),  # four answers say too little to flag
        (0, 0, None),
    ],
)
def test_difficulty_flags(correct, answered, flag):
    assert ia.difficulty_flag(correct=correct, answered=answered) == flag


# Five finished attempts at three true/false questions (True is right), worked by hand:
#        q1 q2 q3
#   A     1  1  1
#   B     1  1  0
#   C     0  1  0
#   D     1  0  0
#   E     0  0  0
QUESTIONS = {qid: _tf(qid) for qid in ("q1", "q2", "q3")}
ATTEMPTS = [
    {"q1": True, "q2": True, "q3": True},
    {"q1": True, "q2": True, "q3": False},
    {"q1": False, "q2": True, "q3": False},
    {"q1": True, "q2": False, "q3": False},
    {"q1": False, "q2": False, "q3": False},
]


def test_discrimination_is_the_item_rest_correlation_worked_by_hand():
    result = ia.discrimination_indices(QUESTIONS, ATTEMPTS)
    # q1: item 1,1,0,1,0 (mean .6); rest (q2+q3)/2 = 1,.5,.5,0,0 (mean .4)
    # Sxy = .24+.04-.06-.16+.24 = .30; Sxx = 1.2; Syy = .70; r = .30 / sqrt(.84)
    assert result["q1"] == pytest.approx(0.30 / math.sqrt(0.84))  # 0.327
    # q3: item 1,0,0,0,0 (mean .2); rest 1,1,.5,.5,0 (mean .6)
    # Sxy = .32-.08+.02+.02+.12 = .40; Sxx = .80; Syy = .70; r = .40 / sqrt(.56)
    assert result["q3"] == pytest.approx(0.40 / math.sqrt(0.56))  # 0.535


def test_a_question_strong_students_get_wrong_discriminates_negatively():
    questions = {qid: _tf(qid) for qid in ("x", "r1", "r2")}
    # item x: 0,0,1,1,1; rest (r1+r2)/2: 1,1,.5,0,0
    # Sxy = -.3-.3+0-.2-.2 = -1.0; Sxx = 1.2; Syy = 1.0; r = -1 / sqrt(1.2) = -0.913
    rows = [(False, 1, 1), (False, 1, 1), (True, 1, 0), (True, 0, 0), (True, 0, 0)]
    attempts = [{"x": x, "r1": bool(a), "r2": bool(b)} for x, a, b in rows]
    r = ia.discrimination_indices(questions, attempts)["x"]
    assert r == pytest.approx(-1 / math.sqrt(1.2))
    assert ia.item_flags(correct=3, answered=5, discrimination=r) == (ia.NEGATIVE,)


def test_partial_credit_counts_as_a_share_of_the_point():
    partial = Question(
        id="p",
        kind="choice",
        choice_ids=("a", "b", "c", "d"),
        correct_choice_ids=frozenset({"a", "b"}),
        partial_credit=True,
    )
    questions = {"p": partial, "t": _tf("t")}
    # item p: 1, .5, 0, .5, 1 (mean .6); rest t: 1, 1, 0, 0, 1 (mean .6)
    # Sxy = .16+(-.04)+.36+.06+.16 = .70; Sxx = .16+.01+.36+.01+.16 = .70; Syy = 1.2
    picks = [["a", "b"], ["a"], ["c"], ["b"], ["a", "b"]]
    rest = [True, True, False, False, True]
    attempts = [{"p": p, "t": t} for p, t in zip(picks, rest, strict=True)]
    assert ia.discrimination_indices(questions, attempts)["p"] == pytest.approx(
        0.70 / math.sqrt(0.70 * 1.2)
    )


def test_no_discrimination_from_too_few_attempts_or_when_nobody_differs():
    assert ia.discrimination_indices(QUESTIONS, ATTEMPTS[:4]) == dict.fromkeys(QUESTIONS)
    everyone_right = [{"q1": True, "q2": a["q2"], "q3": a["q3"]} for a in ATTEMPTS]
    assert ia.discrimination_indices(QUESTIONS, everyone_right)["q1"] is None
    # A quiz of one scored question has no "rest" to compare with.
    assert ia.discrimination_indices({"t": TF}, [{"t": False}] * 6) == {"t": None}


def test_open_questions_get_no_discrimination_and_stale_answers_are_ignored():
    questions = {**QUESTIONS, "o": Question(id="o", kind="open")}
    attempts = [{**a, "o": "…", "removed-question": True} for a in ATTEMPTS]
    result = ia.discrimination_indices(questions, attempts)
    assert "o" not in result
    assert result["q1"] == pytest.approx(0.30 / math.sqrt(0.84))


tf_rows = st.lists(
    st.fixed_dictionaries({qid: st.booleans() for qid in ("q1", "q2", "q3")}),
    min_size=0,
    max_size=40,
)


@given(tf_rows)
def test_discrimination_is_between_minus_one_and_one_or_none(attempts):
    for value in ia.discrimination_indices(QUESTIONS, attempts).values():
        assert value is None or -1.0 <= value <= 1.0


@given(tf_rows, st.randoms())
def test_discrimination_does_not_depend_on_the_order_of_attempts(attempts, rng):
    shuffled = attempts[:]
    rng.shuffle(shuffled)
    first = ia.discrimination_indices(QUESTIONS, attempts)
    second = ia.discrimination_indices(QUESTIONS, shuffled)
    for qid in QUESTIONS:
        assert (first[qid] is None) == (second[qid] is None)
        if first[qid] is not None:
            assert first[qid] == pytest.approx(second[qid], abs=1e-9)


@given(st.lists(st.one_of(st.none(), st.sampled_from(["a", "b", "c"]).map(lambda c: [c]))))
def test_single_answer_counts_add_up_to_the_students_who_answered(answers):
    counts = ia.option_counts(SINGLE, answers)
    answered = sum(1 for answer in answers if answer is not None)
    assert sum(option.count for option in counts) == answered
    assert all(option.answered == answered for option in counts)
