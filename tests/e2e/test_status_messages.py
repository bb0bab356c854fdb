"""A confirmation ("Đã ghi nhận buổi dạy", "Đã đóng lượt chơi", "Đã thêm thông tin em gửi") is
announced: the status region (#messages, role=status) is empty when the page has loaded and
the message is put into it just after (static/js/site.js, on every page). A live region does
not read what it already held at load."""

import pytest
from playwright.sync_api import expect

from concerns.services import concern_submit
from quizzes import services as quiz_services
from quizzes.models import QuizPage
from tests.e2e.test_accessibility import signed_in
from tests.e2e.test_portal import portal_world  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"viewport": {"width": 390, "height": 844}, "locale": "vi-VN", "has_touch": True}

# Deferred scripts run before DOMContentLoaded: what the region holds then is what a screen
# reader found at load; what is added after is announced.
RECORD_STATUS = """
document.addEventListener("DOMContentLoaded", () => {
  const region = document.getElementById("messages");
  window.statusAtLoad = region ? region.textContent.trim() : null;
  window.statusAdded = [];
  if (region) {
    new MutationObserver((records) => records.forEach((record) =>
      record.addedNodes.forEach((node) => window.statusAdded.push(node.textContent))
    )).observe(region, {childList: true, subtree: true});
  }
});
"""


def record_status(page) -> None:
    """Call before the navigation whose message is checked."""
    page.add_init_script(RECORD_STATUS)


def assert_announced(page, text: str) -> None:
    region = page.locator("#messages")
    assert region.get_attribute("role") == "status"
    expect(region).to_contain_text(text)
    assert page.evaluate("window.statusAtLoad") == "", "the message was in the region at load"
    assert text in page.evaluate("window.statusAdded.join(' ')")


def test_closing_a_run_is_announced_on_the_run_page(
    portal_world,  # noqa: F811
    page_factory,
    live_server,
    django_user_model,
):
    teacher = django_user_model.objects.get(username="gv-lam-son")
    quiz = QuizPage.objects.live().order_by("path").first()
    run = quiz_services.quiz_run_start(quiz=quiz, user=teacher, class_name="8A")
    page = signed_in(page_factory, live_server, teacher, **PHONE)
    page.goto(f"/quiz/runs/{run.pk}/")
    record_status(page)
    page.locator("summary", has_text="Đóng lượt chơi").click()
    page.get_by_role("button", name="Có, đóng lượt chơi").click()
    page.wait_for_load_state()
    assert_announced(page, "Đã đóng lượt chơi")


def test_information_added_to_a_report_is_announced(portal_world, page_factory):  # noqa: F811
    concern = concern_submit(
        category="bullying",
        what_happened="Một bạn trong lớp bị nhắn tin chế giễu mỗi tối.",
        where="",
        school=None,
        school_named="",
        reporter_role="child",
        contact_preference="none",
        contact="",
    )
    page = page_factory(**PHONE)
    page.goto("/bao-cao/tra-cuu/")
    page.get_by_label("Mã tra cứu").fill(concern.code)
    page.get_by_role("button", name="Xem").click()
    page.wait_for_selector("[data-testid=concern-stage]")
    record_status(page)
    page.fill("#id_text", "Người đó lại nhắn tin tối qua.")
    page.get_by_role("button", name="Gửi thêm").click()
    page.wait_for_load_state()
    assert_announced(page, "Đã thêm thông tin em gửi")
