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
