"""Keyboard only (Tab, Space, Enter and typing): a pupil joins a run, answers and lands on
the feedback (and may reload it); a teacher signs in to the portal and records a session."""

import pytest
from playwright.sync_api import expect

from delivery.models import DeliverySession
from quizzes import services as quiz_services
from quizzes.models import QuizPage
from tests.e2e.test_portal import PASSWORD, portal_world  # noqa: F401 (a fixture)
from tests.e2e.test_status_messages import assert_announced, record_status

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SMALL_PHONE = {"viewport": {"width": 360, "height": 640}, "locale": "vi-VN"}


def tab_to(page, condition: str, what: str, limit: int = 60) -> None:
    """Presses Tab until ``condition`` (JavaScript, about ``el``, the focused element) holds."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const el = document.activeElement; return {condition}; }})()"):
            return
    raise AssertionError(f"{what}: not reached with {limit} Tabs")


def focused(page, expression: str):
    return page.evaluate(f"(() => {{ const el = document.activeElement; return {expression}; }})()")


def test_a_pupil_joins_answers_and_hears_the_feedback_with_the_keyboard(
    portal_world,  # noqa: F811
    page_factory,
    django_user_model,
):
    teacher = django_user_model.objects.get(username="gv-lam-son")
    quiz = QuizPage.objects.live().order_by("path").first()
    run = quiz_services.quiz_run_start(quiz=quiz, user=teacher, class_name="8A")

    page = page_factory(**SMALL_PHONE)
    page.goto("/quiz/join/")
    tab_to(page, "el.id === 'id_code'", "the code")
    page.keyboard.type(run.code.lower())
    tab_to(page, "el.id === 'id_nickname'", "the nickname", limit=3)
    page.keyboard.type("Sao Mai")
    page.keyboard.press("Enter")
    page.wait_for_selector("fieldset.question")
    # A lean header: few stops before the question (skip link, hotline, help links, home).
    stops = 0
    while not focused(page, "!!el.closest('fieldset.question')"):
        page.keyboard.press("Tab")
        stops += 1
        assert stops <= 6, "more than 5 tab stops before the question"
    if focused(page, "el.tagName") == "TEXTAREA":
        page.keyboard.type("Em sẽ kể với thầy cô.")
    else:
        page.keyboard.press("Space")
        assert focused(page, "el.checked")
    tab_to(page, "el.type === 'submit'", "the answer button", limit=10)
    page.keyboard.press("Enter")
    page.wait_for_selector("#feedback")
    expect(page.locator("#feedback")).to_be_focused()
    assert page.title().startswith(f"Câu 1/{len(quiz.questions)} · ")
    # In view on a 360 × 640 phone, its verdict first.
    box = page.locator("#feedback").bounding_box()
    assert 0 <= box["y"] < 640 - 80, box
    assert page.locator("#feedback h2").is_visible()

    # The page came back with the answer; reloading it shows it again and sends nothing.
    verdict = page.locator("#feedback h2").inner_text()
    assert "vua_tra_loi=" in page.url and page.url.endswith("#feedback")
    requests = []
    page.on("request", lambda request: requests.append(request.method))
    page.reload()
    page.wait_for_selector("#feedback")
    assert requests[0] == "GET"
    assert page.locator("#feedback h2").inner_text() == verdict
    assert page.locator(".message--error").count() == 0


def test_a_teacher_records_a_session_with_the_keyboard(portal_world, page_factory):  # noqa: F811
    page = page_factory(**SMALL_PHONE)
    page.goto("/portal/login/")
    tab_to(page, "el.id === 'id_username'", "the username")
    page.keyboard.type("gv-lam-son")
    tab_to(page, "el.id === 'id_password'", "the password", limit=3)
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/portal/")

    tab_to(
        page, "el.tagName === 'A' && el.textContent.includes('Ghi nhận buổi dạy')", "record link"
    )
    page.keyboard.press("Enter")
    page.wait_for_url("**/portal/sessions/new/")
    tab_to(page, "el.id === 'id_lesson'", "the lesson list")
    page.keyboard.press("ArrowDown")  # the first lesson: a select changes without opening
    assert focused(page, "el.value") != ""
    tab_to(page, "el.id === 'id_class_name'", "the class")
    page.keyboard.type("8A")
    tab_to(page, "el.name === 'age_band'", "the school level", limit=5)
    if not focused(page, "el.checked"):
        page.keyboard.press("Space")
    tab_to(page, "el.id === 'id_participants'", "the participants")
    page.keyboard.type("36")
    tab_to(page, "el.type === 'submit'", "the save button")
    record_status(page)
    page.keyboard.press("Enter")
    page.wait_for_url("**/portal/sessions/*/")
    # The status region was there at load; the message is put in just after, to be announced.
    assert_announced(page, "Đã ghi nhận buổi dạy")
    session = DeliverySession.objects.get()
    assert (session.class_name, session.participants) == ("8A", 36)
