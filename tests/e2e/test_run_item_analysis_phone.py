"""On a 360 px phone a teacher reads which option each question's answers went to: the
popular wrong answer is there in words and numbers, the right one marked, the flags shown;
no sideways scrolling and no accessibility violation."""

import tempfile
from pathlib import Path

import pytest
from django.test import Client

from quizzes import services
from tests.factories.attempts import finished_attempts_create
from tests.factories.lessons import LessonPageFactory
from tests.factories.quizzes import QuizPageFactory
from tests.factories.schools import SchoolFactory, teacher_create
from tests.quizzes.test_item_analysis_pages import RIGHT, WRONG_BELIEF, class_answers

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 360, "height": 640}


def test_teacher_reads_the_class_answers_per_option_on_a_phone(
    page_factory, live_server, lesson_index, age_bands, axe
):
    lesson = LessonPageFactory(parent=lesson_index, age_bands=[age_bands["thcs"]])
    quiz = QuizPageFactory(parent=lesson, title="Câu đố địa chỉ nhà")
    teacher = teacher_create(SchoolFactory(), username="co-thu")
    run = services.quiz_run_start(quiz=quiz, user=teacher, class_name="6A")
    finished_attempts_create(
        quiz=quiz, run=run, answer_sets=[class_answers(quiz, student) for student in range(10)]
    )

    client = Client()
    client.force_login(teacher)
    page = page_factory(viewport=PHONE, locale="vi-VN")
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page.goto(f"/quiz/runs/{run.pk}/")
    section = page.locator(".item-responses")
    first = section.locator("table").first
    assert WRONG_BELIEF in first.inner_text() and "6 em (60%)" in first.inner_text()
    right_row = first.locator("tr.is-correct")
    assert RIGHT in right_row.inner_text() and "4 em (40%)" in right_row.inner_text()
    assert "Quá khó" in section.inner_text() and "Quá dễ" in section.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert axe(page) == []
    section.scroll_into_view_if_needed()
    section.screenshot(path=Path(tempfile.gettempdir()) / "quiz19a-run-item-analysis.png")
