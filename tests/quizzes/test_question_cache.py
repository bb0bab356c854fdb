"""A quiz's questions are parsed once per published version, not on every answer."""

import pytest

from quizzes import models, services
from quizzes.models import QuizPage
from quizzes.question_cache import quiz_scoring_questions
from tests.factories.quizzes import CHOICE_SINGLE, TRUE_FALSE


def _true_false_id(questions: dict, attempt) -> str:
    return next(q for q in attempt.question_order if questions[q].kind == "true_false")


@pytest.mark.django_db
def test_answers_reuse_the_parsed_questions(quiz, monkeypatch):
    questions = QuizPage.objects.get(pk=quiz.pk).scoring_questions
    attempts = [services.attempt_start_practice(quiz=quiz) for _ in range(3)]
    parsed = []
    original = models.question_from_block

    def counting(block):
        parsed.append(block.id)
        return original(block)

    monkeypatch.setattr(models, "question_from_block", counting)
    for attempt in attempts:
        question_id = _true_false_id(questions, attempt)
        services.attempt_answer(token=attempt.token, raw_answers={question_id: ["false"]})
    # The first answer may parse the four questions; the others parse nothing.
    assert len(parsed) <= len(questions)


@pytest.mark.django_db
def test_publishing_new_questions_replaces_the_parsed_ones(quiz):
    before = quiz_scoring_questions(quiz=QuizPage.objects.get(pk=quiz.pk))
    assert len(before) == 4
    quiz.questions = [CHOICE_SINGLE, TRUE_FALSE]
    quiz.save_revision().publish()
    after = quiz_scoring_questions(quiz=QuizPage.objects.get(pk=quiz.pk))
    assert len(after) == 2 and not set(after) & set(before)


@pytest.mark.django_db
def test_a_change_without_any_signal_is_not_served_stale(quiz):
    quiz_scoring_questions(quiz=QuizPage.objects.get(pk=quiz.pk))
    page = QuizPage.objects.get(pk=quiz.pk)
    page.questions = [TRUE_FALSE]
    QuizPage.objects.filter(pk=quiz.pk).update(questions=page.questions)
    assert len(quiz_scoring_questions(quiz=QuizPage.objects.get(pk=quiz.pk))) == 1
