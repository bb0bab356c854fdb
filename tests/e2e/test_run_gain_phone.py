"""On a phone, a teacher opens the post-test from the pre-test's page and reads the class's
gain: no sideways scrolling, no accessibility violation."""

import pytest
from django.test import Client

from quizzes import services
from quizzes.models import QuizRun, RunPhase
from tests.factories.lessons import LessonPageFactory
from tests.factories.quizzes import QuizPageFactory
from tests.factories.schools import SchoolFactory, teacher_create
from tests.quizzes.test_run_gain import ALL, finish

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"viewport": {"width": 390, "height": 844}, "locale": "vi-VN"}


def test_teacher_starts_the_post_test_and_reads_the_gain_on_a_phone(
    page_factory, live_server, lesson_index, age_bands, axe
):
    lesson = LessonPageFactory(parent=lesson_index, age_bands=[age_bands["thcs"]])
    quiz = QuizPageFactory(parent=lesson, title="Câu đố mật khẩu")
    teacher = teacher_create(SchoolFactory(), username="co-hoa")
    pre = services.quiz_run_start(quiz=quiz, user=teacher, class_name="8B", pre_test=True)
    finish(pre, "Sao Mai", right=())
    finish(pre, "Hoa Sen", right=("choice",))

    client = Client()
    client.force_login(teacher)
    page = page_factory(**PHONE)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page.goto(f"/quiz/runs/{pre.pk}/")
    page.get_by_role("button", name="Làm lại sau bài học").click()
    page.wait_for_load_state()
    post = QuizRun.objects.get(phase=RunPhase.POST)
    assert page.url.endswith(f"/quiz/runs/{post.pk}/")
    assert page.locator(".join-code").inner_text().strip() == post.code

    finish(post, "Sao Mai", right=ALL)
    finish(post, "Hoa Sen", right=ALL)
    page.reload()
    section = page.locator(".run-gain")
    text = section.inner_text()
    assert "33,3%" in text and "100,0%" in text and "+66,7 điểm phần trăm" in text
    assert "không được nối giữa hai lần" in text
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert axe(page) == []
