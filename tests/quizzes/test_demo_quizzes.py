import pytest

from lessons.demo import DEMO_LESSONS, demo_lessons_build
from quizzes.demo import demo_quizzes_build
from quizzes.demo_content import QUIZZES
from quizzes.models import QuizPage


@pytest.mark.parametrize("slug", list(QUIZZES))
def test_each_demo_quiz_has_enough_scored_questions(slug):
    questions = QUIZZES[slug]["questions"]
    assert len(questions) >= 6
    for question in questions:
        if question["kind"] == "choice":
            assert any(correct for _, correct in question["choices"])
        assert question["explanation"]


def test_every_student_lesson_has_a_quiz():
    student_lessons = {data["slug"] for data in DEMO_LESSONS if data["audience"] == "students"}
    assert student_lessons <= set(QUIZZES)


@pytest.mark.django_db
def test_demo_quizzes_are_built_once_under_their_lessons(home_page):
    demo_lessons_build(home=home_page)
    demo_quizzes_build()
    count = QuizPage.objects.live().count()
    assert count == len(QUIZZES)
    demo_quizzes_build()
    assert QuizPage.objects.count() == count
    quiz = QuizPage.objects.first()
    assert quiz.get_parent().specific_class.__name__ == "LessonPage"
