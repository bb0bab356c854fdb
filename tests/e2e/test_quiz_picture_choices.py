"""A grade-1 pupil on a small phone (360 × 640) taps a picture to answer: every choice is a
large target, every picture has alt text, the feedback follows, and axe finds nothing."""

import re
import tempfile
from pathlib import Path

import pytest

from tests.factories.images import image_create, picture_choice
from tests.factories.lessons import LessonPageFactory
from tests.factories.quizzes import QuizPageFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Kept for a person to look at (the project's screenshots are taken the same way).
SCREENSHOTS = Path(tempfile.gettempdir())
PHONE = {"width": 360, "height": 640}
MIN_TARGET = 48  # px, both ways


def _picture_question(images):
    return (
        "choice",
        {
            "question": "Bạn nào đang giữ mật khẩu bí mật?",
            "image": None,
            "choices": [
                picture_choice(images[0], alt="Bạn nhỏ che màn hình khi gõ mật khẩu", correct=True),
                picture_choice(images[1], alt="Bạn nhỏ đọc to mật khẩu cho cả lớp"),
                picture_choice(
                    images[2], alt="Bạn nhỏ viết mật khẩu lên bảng", text="Viết lên bảng"
                ),
            ],
            "shuffle_choices": False,
            "partial_credit": False,
            "explanation": "Mật khẩu là bí mật: che màn hình khi gõ, không đọc to, không viết ra.",
        },
    )


TRUE_FALSE = (
    "true_false",
    {
        "question": "Em kể với bố mẹ khi có người xin mật khẩu.",
        "image": None,
        "answer": "true",
        "explanation": "Bố mẹ giúp em giữ an toàn.",
    },
)


def test_a_child_taps_a_picture_on_a_phone_and_gets_feedback(
    page_factory, live_server, lesson_index, age_bands, axe
):
    images = [
        image_create(title="Che màn hình", colour="green"),
        image_create(title="Đọc to", colour="orange"),
        image_create(title="Viết lên bảng", colour="purple"),
    ]
    lesson = LessonPageFactory(parent=lesson_index, age_bands=[age_bands["tieu-hoc"]])
    quiz = QuizPageFactory(
        parent=lesson,
        title="Câu đố mật khẩu lớp 1",
        young_children=True,
        one_question_per_screen=False,  # young children get one per screen regardless
        questions=[_picture_question(images), TRUE_FALSE],
    )

    page = page_factory(viewport=PHONE, locale="vi-VN", has_touch=True, is_mobile=True)
    page.goto(quiz.url)
    page.get_by_role("link", name="Bắt đầu làm bài").click()
    page.get_by_role("button", name="Em hiểu rồi, bắt đầu làm bài").click()
    page.wait_for_selector("fieldset.question")

    assert page.locator("fieldset.question").count() == 1  # one question per screen
    choices = page.locator("label.choice")
    assert choices.count() == 3
    pictures = page.locator("label.choice img")
    assert pictures.count() == 3
    alts = [pictures.nth(i).get_attribute("alt") for i in range(3)]
    assert alts == [
        "Bạn nhỏ che màn hình khi gõ mật khẩu",
        "Bạn nhỏ đọc to mật khẩu cho cả lớp",
        "Bạn nhỏ viết mật khẩu lên bảng",
    ]
    for i in range(3):
        box = choices.nth(i).bounding_box()
        assert box["height"] >= MIN_TARGET and box["width"] >= MIN_TARGET, box
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]  # no sideways scroll
        picture = pictures.nth(i).bounding_box()
        assert picture["width"] >= PHONE["width"] / 2, picture  # shown large
        assert pictures.nth(i).evaluate("img => img.complete && img.naturalWidth > 0")
    # The picture alone names the choice for a screen reader.
    radio = page.get_by_role("radio", name="Bạn nhỏ che màn hình khi gõ mật khẩu")
    assert radio.count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    submit = page.get_by_role("button", name="Trả lời")
    submit_box = submit.bounding_box()
    assert submit_box["height"] >= MIN_TARGET
    text_size = choices.nth(2).evaluate("el => parseFloat(getComputedStyle(el).fontSize)")
    assert text_size >= 20  # big text for young readers
    assert axe(page) == []
    page.screenshot(path=SCREENSHOTS / "quiz19a-picture-question.png", full_page=True)

    pictures.nth(0).tap()  # the child taps the picture itself, not the small radio button
    assert radio.is_checked()
    submit.tap()
    page.wait_for_selector("#feedback")
    feedback = page.locator("#feedback")
    assert feedback.get_by_role("heading").inner_text() == "Đúng rồi!"
    assert "che màn hình khi gõ" in feedback.inner_text()  # the explanation
    assert feedback.locator("img").count() == 3
    assert all(alt for alt in feedback.locator("img").evaluate_all("els => els.map(e => e.alt)"))
    box = feedback.bounding_box()
    assert box["y"] < PHONE["height"]  # the feedback is in view
    assert axe(page) == []
    page.screenshot(path=SCREENSHOTS / "quiz19a-picture-feedback.png", full_page=True)

    # The last question, answered wrongly: the result counts one point of two.
    page.get_by_role("radio", name="Sai").check()
    page.get_by_role("button", name="Trả lời").tap()
    page.wait_for_url(re.compile(r"/result/"))
    assert "1/2 điểm" in page.locator(".score").inner_text()
