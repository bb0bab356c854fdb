"""What WCAG 2.1 AA asks that a browser can check: axe-core on every page type, reflow at
320 px and with text at 200 %, 44 px phone links, and a keyboard-only pass through the
quiz and the teacher portal. README, "Accessibility"."""

import pytest
from django.test import Client

from concerns.services import concern_submit
from curriculum.services import curriculum_install
from home.demo import demo_site_build
from home.models import HelpPage, StandardPage
from lessons.models import AgeBand, LessonIndexPage, LessonPage
from quizzes import services as quiz_services
from quizzes.models import QuizPage
from schools.models import Membership
from tests.e2e.test_portal import portal_world  # noqa: F401 (a fixture)
from tests.factories.delivery import DeliverySessionFactory
from tests.factories.quizzes import QuizPageFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"viewport": {"width": 390, "height": 844}, "locale": "vi-VN", "has_touch": True}
DESKTOP = {"viewport": {"width": 1280, "height": 800}, "locale": "vi-VN"}
SIZES = {"phone": PHONE, "desktop": DESKTOP}


@pytest.fixture
def world(portal_world, django_user_model):  # noqa: F811
    """The demo site, lessons and quizzes; the portal's school and teacher, one recorded
    session and one open quiz run of that teacher."""
    teacher = django_user_model.objects.get(username="gv-lam-son")
    lesson = LessonPage.objects.get(slug="bao-ve-thong-tin-ca-nhan")
    session = DeliverySessionFactory(
        school=portal_world,
        lesson=lesson,
        age_band=AgeBand.objects.get(slug="thcs"),
        recorded_by=teacher,
    )
    quizzes = list(QuizPage.objects.live().order_by("path")[:2])
    quiz = quizzes[0]
    run = quiz_services.quiz_run_start(quiz=quiz, user=teacher, class_name="8A")
    # The teacher is also the school's counsellor and handles one report of concern.
    Membership.objects.filter(user=teacher, school=portal_world).update(is_counsellor=True)
    concern = concern_submit(
        category="bullying",
        what_happened="Một bạn trong lớp bị nhắn tin chế giễu mỗi tối.",
        where="Zalo, nhóm Lớp 8A",
        school=portal_world,
        school_named="",
        reporter_role="child",
        contact_preference="none",
        contact="",
    )
    concern.handler = teacher
    concern.save(update_fields=["handler"])
    return {
        "teacher": teacher,
        "lesson": lesson,
        "session": session,
        "quiz": quiz,
        "practice quiz": quizzes[1],
        "run": run,
        "concern": concern,
    }


def public_urls(world) -> dict[str, str]:
    return {
        "home": "/",
        "lesson index": LessonIndexPage.objects.get().url,
        "lesson": world["lesson"].url,
        "search results": "/search/?q=mat+khau",
        "help": HelpPage.objects.get().url,
        "privacy": StandardPage.objects.get(slug="quyen-rieng-tu").url,
        "quiz intro": world["quiz"].url,
        "join": "/quiz/join/",
        "practice start": f"/quiz/practice/{world['practice quiz'].pk}/",
        "concern look-up": "/bao-cao/tra-cuu/",
    }


def portal_urls(world) -> dict[str, str]:
    """The teacher's portal pages opened with a GET (signed in)."""
    return {
        "portal home": "/portal/",
        "session list": "/portal/sessions/",
        "new session": "/portal/sessions/new/",
        "session detail": f"/portal/sessions/{world['session'].pk}/",
        "password change": "/portal/password/",
        "2FA setup": "/portal/2fa/thiet-lap/",
        "concern list": "/portal/lo-ngai/",
        "concern detail": f"/portal/lo-ngai/{world['concern'].pk}/",
    }


def signed_in(page_factory, live_server, user, **options):
    client = Client()
    client.force_login(user)
    page = page_factory(**options)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return page


def answer_current_question(page) -> None:
    question = page.locator("fieldset.question")
    if question.locator("textarea").count():
        question.locator("textarea").fill("Em sẽ kể với thầy cô.")
    else:
        question.locator("input").first.check()
    page.get_by_role("button", name="Trả lời").click()
    page.wait_for_load_state()


def quiz_pages(page, code: str, nickname: str = "Sao Mai"):
    """Joins the run and yields the name of each page: the question, the feedback and the
    result."""
    page.goto(f"/quiz/join/?code={code}")
    page.get_by_label("Biệt danh").fill(nickname)
    page.get_by_role("button", name="Vào làm bài").click()
    page.wait_for_selector("fieldset.question")
    yield "quiz question"
    answer_current_question(page)
    page.wait_for_selector("#feedback")
    yield "quiz feedback"
    while "/result/" not in page.url:
        answer_current_question(page)
    yield "quiz result"


def concern_pages(page):
    """A report of concern from the form to its status page; yields the name of each page."""
    page.goto("/bao-cao/")
    yield "concern report"
    page.get_by_role("button", name="Gửi báo cáo").click()
    page.wait_for_load_state()
    assert page.locator(".field--error").count() >= 3
    yield "concern report, errors"
    page.get_by_label("Bị bắt nạt, chế giễu, đe doạ trên mạng").check()
    page.fill("#id_what_happened", "Một bạn bị nhắn tin chế giễu mỗi tối.")
    page.get_by_label("Em là học sinh, trẻ em").check()
    page.get_by_role("button", name="Gửi báo cáo").click()
    page.wait_for_load_state()
    code = page.get_by_test_id("receipt-code").inner_text().strip()
    yield "concern receipt"
    page.goto("/bao-cao/tra-cuu/")
    page.get_by_label("Mã tra cứu").fill(code)
    page.get_by_role("button", name="Xem").click()
    page.wait_for_selector("[data-testid=concern-stage]")
    yield "concern status"


@pytest.mark.parametrize("size", SIZES)
def test_public_pages_have_no_axe_violations(world, page_factory, live_server, axe, size):
    violations = []
    page = page_factory(**SIZES[size])
    for name, url in public_urls(world).items():
        page.goto(url)
        violations += [f"{name}: {line}" for line in axe(page)]
    for name in quiz_pages(page, world["run"].code):
        violations += [f"{name}: {line}" for line in axe(page)]
    for name in concern_pages(page):
        violations += [f"{name}: {line}" for line in axe(page)]

    teacher = signed_in(page_factory, live_server, world["teacher"], **SIZES[size])
    teacher.goto(f"/quiz/runs/{world['run'].pk}/")
    violations += [f"run page: {line}" for line in axe(teacher)]
    assert not violations, f"axe-core ({size}):\n" + "\n".join(violations)


@pytest.mark.parametrize("size", SIZES)
def test_portal_pages_have_no_axe_violations(world, page_factory, live_server, axe, size):
    violations = []
    page = page_factory(**SIZES[size])
    page.goto("/portal/login/")
    violations += [f"login: {line}" for line in axe(page)]
    # A failed sign-in: the error and the fields.
    page.fill("#id_username", "gv-lam-son")
    page.fill("#id_password", "sai-mat-khau")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_load_state()
    violations += [f"login error: {line}" for line in axe(page)]

    page = signed_in(page_factory, live_server, world["teacher"], **SIZES[size])
    for name, url in portal_urls(world).items():
        page.goto(url)
        violations += [f"{name}: {line}" for line in axe(page)]
    # The forms with their errors.
    for name, url, button in (
        ("new session", "/portal/sessions/new/", "Lưu buổi dạy"),
        ("password change", "/portal/password/", "Đổi mật khẩu"),
        ("2FA setup", "/portal/2fa/thiet-lap/", "Xác nhận"),
        ("concern detail", f"/portal/lo-ngai/{world['concern'].pk}/", "Ghi lại"),
    ):
        page.goto(url)
        if name == "concern detail":
            page.select_option("#id_kind", "message")  # a message with no text
        # The server's errors, not the browser's bubble: some forms have no novalidate.
        page.evaluate("document.querySelectorAll('main form').forEach(f => f.noValidate = true)")
        page.locator("main").get_by_role("button", name=button, exact=True).click()
        page.wait_for_load_state()
        assert page.locator("[id$=_error]").count(), f"{name}: no error shown"
        violations += [f"{name}, errors: {line}" for line in axe(page)]
    assert not violations, f"axe-core ({size}):\n" + "\n".join(violations)


def scrolls_sideways(page) -> int:
    """How many CSS pixels the page is wider than the window (0: it reflows)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def test_no_page_scrolls_sideways_at_320_px_or_with_text_at_200_percent(
    world, page_factory, live_server
):
    narrow = {"viewport": {"width": 320, "height": 640}, "locale": "vi-VN"}
    urls = {**public_urls(world), "join with an error": "/quiz/join/?code=SAIMA"}
    teacher = signed_in(page_factory, live_server, world["teacher"], **narrow)
    staff_urls = {"run page": f"/quiz/runs/{world['run'].pk}/", **portal_urls(world)}
    wide = []

    def check(page, name: str, text: str) -> None:
        # Text zoom enlarges what is sized in rem and em, as the browser's text size setting
        # does.
        page.evaluate(f"document.documentElement.style.fontSize = '{text}'")
        if (extra := scrolls_sideways(page)) > 0:
            wide.append(f"{name} ({page.url}) at text {text}: {extra}px too wide")

    for text in ("100%", "200%"):
        for page, pages in ((page_factory(**narrow), urls), (teacher, staff_urls)):
            for name, url in pages.items():
                page.goto(url)
                if name == "join with an error":
                    page.get_by_label("Biệt danh").fill("Gấu")
                    page.get_by_role("button", name="Vào làm bài").click()
                    page.wait_for_load_state()
                check(page, name, text)
        pupil = page_factory(**narrow)
        for name in quiz_pages(pupil, world["run"].code, nickname=f"Gấu {text}"):
            check(pupil, name, text)
        for name in concern_pages(pupil):
            check(pupil, name, text)
    assert not wide, "\n".join(wide)


def test_a_question_with_a_long_unbroken_choice_does_not_scroll_sideways(world, page_factory):
    """A password example is one long word: the question's box must wrap it, not widen."""
    long_word = (
        "choice",
        {
            "question": "Mật khẩu nào mạnh nhất?",
            "image": None,
            "choices": [
                {"text": "nguyenvanminh20122012lop7a2truongthcs", "correct": False},
                {"text": "MeoVang-AnBanhChung-luc9h!", "correct": True},
            ],
            "shuffle_choices": False,
            "explanation": "Cụm từ dài, khó đoán.",
        },
    )
    quiz = QuizPageFactory(parent=world["lesson"], questions=[long_word])
    run = quiz_services.quiz_run_start(quiz=quiz, user=world["teacher"], class_name="8B")
    page = page_factory(viewport={"width": 320, "height": 640}, locale="vi-VN")
    page.goto(f"/quiz/join/?code={run.code}")
    page.get_by_label("Biệt danh").fill("Sao Mai")
    page.get_by_role("button", name="Vào làm bài").click()
    page.wait_for_selector("fieldset.question")
    wide = []
    for name in ("question", "result with the key"):
        for text in ("100%", "200%"):
            page.evaluate(f"document.documentElement.style.fontSize = '{text}'")
            if (extra := scrolls_sideways(page)) > 0:
                wide.append(f"{name} at text {text}: {extra}px too wide")
        if name == "question":
            page.get_by_text("nguyenvanminh").click()  # the wrong one: both are listed after
            page.get_by_role("button", name="Trả lời").click()
            page.wait_for_selector(".score-card")
    assert not wide, "\n".join(wide)


def test_every_phone_link_is_at_least_44_px(world, page_factory):
    page = page_factory(**PHONE)
    small = []
    checked = 0

    def measure(name: str) -> None:
        nonlocal checked
        for link in page.locator("a[href^='tel:']").all():
            box = link.bounding_box()
            checked += 1
            if box is None or box["width"] < 44 or box["height"] < 44:
                small.append(f"{name}: {link.get_attribute('href')} {box}")

    for name, url in public_urls(world).items():
        page.goto(url)
        measure(name)
    for name in quiz_pages(page, world["run"].code):
        measure(name)
    for name in concern_pages(page):
        measure(name)
    # The header and footer on every page, the help page's own, the concern pages' calls.
    assert checked >= 60, checked
    assert not small, "\n".join(small)


FOCUS_STYLE = """(() => {
  const el = document.activeElement, style = getComputedStyle(el);
  return {href: el.getAttribute("href") || "", text: el.textContent.trim().replace(/\\s+/g, " "),
          color: style.color, background: style.backgroundColor,
          underline: style.textDecorationLine.includes("underline"),
          thickness: parseFloat(style.textDecorationThickness) || 0,
          fontSize: parseFloat(style.fontSize), menu: !!el.closest(".main-nav")};
})()"""
WHITE = "rgb(255, 255, 255)"
FOCUS_YELLOW = "rgb(255, 191, 71)"


def test_a_focused_header_link_is_dark_on_yellow_and_underlined(page_factory):
    """The hotline bar's links are white on red: once focused they are dark on the yellow, and
    the menu's links (no underline at rest) are underlined."""
    curriculum_install(home=demo_site_build())  # the lesson index is in the menu
    page = page_factory(**DESKTOP)
    page.goto("/")
    seen = []
    for _ in range(15):  # the skip link, the hotline bar, the brand, the join button, the menu
        page.keyboard.press("Tab")
        seen.append(page.evaluate(FOCUS_STYLE))
    hotline = next(style for style in seen if style["href"].startswith("tel:"))
    assert hotline["color"] != WHITE and hotline["background"] == FOCUS_YELLOW, hotline
    assert hotline["underline"] and hotline["thickness"] >= 0.15 * hotline["fontSize"], hotline
    texts = [style["text"] for style in seen]
    assert "Báo cáo việc đáng lo" in texts and "Cần giúp đỡ?" in texts, texts
    header_links = [
        style
        for style in seen
        if style["menu"] or style["text"] in ("Báo cáo việc đáng lo", "Cần giúp đỡ?")
    ]
    assert len(header_links) >= 3, texts  # and the menu's "Bài học"
    for style in header_links:
        assert style["color"] != WHITE and style["background"] == FOCUS_YELLOW, style
        assert style["underline"], style
