"""The teacher's run page refreshes its results only when they change, keeps an opened
<details> open and the focus where it was, and can be paused (aria-pressed)."""

import pytest
from django.test import Client
from playwright.sync_api import expect

from quizzes import services
from tests.factories.lessons import LessonPageFactory
from tests.factories.quizzes import QuizPageFactory
from tests.factories.schools import SchoolFactory, teacher_create

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

REFRESH_WAIT_MS = 8000  # the page asks every 5 s


def pupil_answers_the_open_question(run, quiz, nickname: str) -> None:
    attempt = services.attempt_start_in_run(code=run.code, nickname=nickname)
    open_id = next(
        qid for qid in attempt.question_order if quiz.scoring_questions[qid].kind == "open"
    )
    services.attempt_answer(token=attempt.token, raw_answers={open_id: [f"Trả lời của {nickname}"]})


def test_results_refresh_without_closing_details_or_losing_focus(
    page_factory, live_server, lesson_index, age_bands
):
    lesson = LessonPageFactory(parent=lesson_index, age_bands=[age_bands["thcs"]])
    quiz = QuizPageFactory(parent=lesson)
    teacher = teacher_create(SchoolFactory(), username="co-hoa")
    run = services.quiz_run_start(quiz=quiz, user=teacher, class_name="8B")
    pupil_answers_the_open_question(run, quiz, "Sao Mai")

    client = Client()
    client.force_login(teacher)
    page = page_factory(viewport={"width": 1280, "height": 800}, locale="vi-VN")
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page.goto(f"/quiz/runs/{run.pk}/")
    summary = page.locator("details.open-answers summary")
    summary.focus()
    page.keyboard.press("Enter")
    expect(page.locator("details.open-answers")).to_have_attribute("open", "")
    # Nothing changed: the results are not replaced (the same table element stays).
    page.evaluate("document.querySelector('#run-results table').kept = 'yes'")
    page.wait_for_timeout(6000)
    assert page.evaluate("document.querySelector('#run-results table').kept") == "yes"

    # What does not change stays the same element (a screen reader keeps its place there);
    # marked with a property, which the page's markup does not show.
    page.evaluate(
        "document.querySelector('#items-heading').kept = 'yes';"
        "document.querySelector('#run-results thead').kept = 'yes'"
    )
    pupil_answers_the_open_question(run, quiz, "Gấu Con")
    results = page.locator("#run-results")
    expect(results).to_contain_text("Gấu Con", timeout=REFRESH_WAIT_MS)
    assert page.evaluate("document.querySelector('#items-heading').kept") == "yes"
    assert page.evaluate("document.querySelector('#run-results thead').kept") == "yes"
    assert page.locator("#run-results tbody tr", has_text="Sao Mai").count() == 1
    expect(page.locator("details.open-answers")).to_have_attribute("open", "")
    expect(page.locator("details.open-answers summary")).to_be_focused()
    expect(page.locator("details.open-answers")).to_contain_text("Trả lời của Gấu Con")
    expect(page.locator("#run-results-status")).to_contain_text("0/2")

    pause = page.get_by_role("button", name="Tạm dừng tự cập nhật")
    expect(pause).to_have_attribute("aria-pressed", "false")
    pause.focus()
    page.keyboard.press("Space")
    expect(pause).to_have_attribute("aria-pressed", "true")
    pupil_answers_the_open_question(run, quiz, "Mèo Mun")
    page.wait_for_timeout(6500)
    assert "Mèo Mun" not in results.inner_text()
    page.keyboard.press("Space")
    expect(pause).to_have_attribute("aria-pressed", "false")
    expect(results).to_contain_text("Mèo Mun", timeout=REFRESH_WAIT_MS)
