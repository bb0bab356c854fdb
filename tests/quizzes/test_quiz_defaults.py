"""A new quiz under a lesson takes the lesson's age band; a new multiple-choice question starts
with two empty options."""

import pytest

from quizzes.blocks import ChoiceQuestionBlock, QuestionStreamBlock

pytestmark = pytest.mark.django_db


def test_a_quiz_created_under_a_lesson_takes_its_age_band(admin_client, lesson, age_bands):
    response = admin_client.get(f"/admin/pages/add/quizzes/quizpage/{lesson.pk}/")
    assert response.status_code == 200
    form = response.context["form"]
    assert form["age_band"].value() == age_bands["thcs"].pk


def test_a_lesson_with_several_bands_gives_its_first(admin_client, lesson, age_bands):
    lesson.age_bands.set([age_bands["thpt"], age_bands["thcs"]])
    lesson.save()
    response = admin_client.get(f"/admin/pages/add/quizzes/quizpage/{lesson.pk}/")
    assert response.context["form"]["age_band"].value() == age_bands["thcs"].pk


def test_a_quiz_in_the_quiz_index_has_no_age_band_chosen(admin_client, home_page):
    from quizzes.models import QuizIndexPage

    index = home_page.add_child(instance=QuizIndexPage(title="Câu đố"))
    response = admin_client.get(f"/admin/pages/add/quizzes/quizpage/{index.pk}/")
    assert response.context["form"]["age_band"].value() is None


def test_a_new_choice_question_starts_with_two_empty_options():
    default = ChoiceQuestionBlock().get_default()
    choices = list(default["choices"])
    assert len(choices) == 2
    assert all(choice["text"] == "" and choice["correct"] is False for choice in choices)
    stream_child = QuestionStreamBlock().child_blocks
    choice_block = next(b for b in stream_child.values() if isinstance(b, ChoiceQuestionBlock))
    assert len(choice_block.get_default()["choices"]) == 2
