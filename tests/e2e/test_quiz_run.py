import pytest
from django.test import Client

from quizzes.models import QuizRun
from tests.factories.lessons import LessonPageFactory
from tests.factories.quizzes import QuizPageFactory
from tests.factories.schools import SchoolFactory, teacher_create

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _logged_in_page(page_factory, live_server, user, **options):
    client = Client()
    client.force_login(user)
    page = page_factory(**options)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return page


def test_teacher_runs_a_quiz_and_sees_a_students_result(
    page_factory, live_server, lesson_index, age_bands, django_user_model
):
    lesson = LessonPageFactory(parent=lesson_index, age_bands=[age_bands["thcs"]])
    quiz = QuizPageFactory(parent=lesson, title="Câu đố mật khẩu")
    teacher = teacher_create(SchoolFactory(), username="co-hoa")

    teacher_page = _logged_in_page(page_factory, live_server, teacher, locale="vi-VN")
    teacher_page.goto(quiz.url)
    teacher_page.get_by_label("Lớp").fill("8B")
    teacher_page.get_by_role("button", name="Mở lượt chơi và lấy mã").click()
    teacher_page.wait_for_load_state()
    code = teacher_page.locator(".join-code").inner_text().strip()
    assert code == QuizRun.objects.get().code
    assert teacher_page.locator(".qr svg").count() == 1

    student = page_factory(viewport={"width": 375, "height": 740}, locale="vi-VN")
    student.goto("/quiz/join/")
    student.get_by_label("Mã tham gia").fill(code.lower())
    student.get_by_label("Biệt danh").fill("Sao Mai")
    student.get_by_role("button", name="Vào làm bài").click()
    for _ in range(4):
        student.wait_for_selector("fieldset.question")
        question = student.locator("fieldset.question")
        if question.locator("textarea").count():
            question.locator("textarea").fill("Em sẽ đặt mật khẩu dài hơn.")
        else:
            # The first option: right or wrong, the student sees the explanation.
            question.locator("input").first.check()
        student.get_by_role("button", name="Trả lời").click()
        student.wait_for_load_state()
        if "/result/" in student.url:
            break
        assert student.locator(".feedback .answered__explanation").count() == 1
    assert "/result/" in student.url
    assert student.locator(".score").is_visible()
    assert student.locator(".answered__explanation").count() == 4

    teacher_page.reload()
    results = teacher_page.locator("#run-results")
    assert "Sao Mai" in results.inner_text()
    assert "1/1 đã nộp bài" in results.inner_text()
    assert results.locator("meter").count() == 3
