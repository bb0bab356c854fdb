"""Picture choices and the limits of a young children's quiz, as an editor meets them."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.blocks.struct_block import StructBlockValidationError

from quizzes.blocks import AnswerChoiceBlock
from quizzes.models import YOUNG_QUESTION_MAX_LENGTH, Attempt
from tests.factories.images import image_create, picture_choice
from tests.factories.quizzes import CHOICE_SINGLE, TRUE_FALSE, QuizPageFactory

pytestmark = pytest.mark.django_db


def _clean(raw):
    block = AnswerChoiceBlock()
    return block.clean(block.to_python(raw))


def test_a_choice_may_be_a_picture_with_alt_text_and_no_words():
    image = image_create(title="Che màn hình")
    raw = {"image": image.pk, "decorative": False, "alt_text": "Bạn nhỏ che màn hình"}
    value = _clean({"text": "", "image": raw, "correct": True})
    assert value["image"].contextual_alt_text == "Bạn nhỏ che màn hình"
    assert value["text"] == ""


def test_a_choice_with_neither_words_nor_picture_is_refused():
    with pytest.raises(StructBlockValidationError) as error:
        _clean({"text": "", "image": None, "correct": False})
    assert "Hãy nhập phương án hoặc chọn một hình" in str(error.value.block_errors["text"])


def test_a_picture_alone_marked_decorative_is_refused_it_would_have_no_name():
    image = image_create(title="Hình")
    raw = {"text": "", "image": {"image": image.pk, "decorative": True, "alt_text": ""}}
    with pytest.raises(StructBlockValidationError) as error:
        _clean({**raw, "correct": False})
    assert "mô tả thay thế" in str(error.value.block_errors["image"])
    # With words beside it, a decorative picture is fine: the words name the choice.
    assert _clean({**raw, "text": "Che màn hình", "correct": False})["text"] == "Che màn hình"


def test_a_picture_without_alt_text_is_refused_by_the_image_block():
    image = image_create(title="Hình")
    raw = {"text": "Che", "image": {"image": image.pk, "decorative": False, "alt_text": ""}}
    with pytest.raises(StructBlockValidationError):
        _clean({**raw, "correct": False})


def test_the_answer_form_shows_each_picture_with_its_alt_text(client, lesson):
    images = [image_create(title="Xanh"), image_create(title="Cam", colour="orange")]
    question = (
        "choice",
        {
            "question": "Bạn nào giữ mật khẩu?",
            "image": None,
            "choices": [
                picture_choice(images[0], alt="Bạn che màn hình", correct=True),
                picture_choice(images[1], alt="Bạn đọc to mật khẩu", text="Đọc to"),
            ],
            "shuffle_choices": False,
            "partial_credit": False,
            "explanation": "Che màn hình khi gõ.",
        },
    )
    quiz = QuizPageFactory(parent=lesson, young_children=True, questions=[question, TRUE_FALSE])
    client.post(reverse("quizzes:practice_start", args=[quiz.pk]))
    attempt = Attempt.objects.latest("started_at")
    html = client.get(reverse("quizzes:attempt", kwargs={"token": attempt.token})).content.decode()
    assert 'class="prose narrow quiz--young"' in html
    assert html.count('class="choice choice--picture"') == 2
    assert 'alt="Bạn che màn hình"' in html and 'alt="Bạn đọc to mật khẩu"' in html
    assert "<span>Đọc to</span>" in html


def test_a_young_childrens_quiz_refuses_long_questions_and_names_them():
    long_question = ("true_false", {**TRUE_FALSE[1], "question": "Dài " * 40})
    quiz = QuizPageFactory.build(
        young_children=True, questions=[CHOICE_SINGLE, long_question], slug="cau-do-tre-nho"
    )
    with pytest.raises(ValidationError) as error:
        quiz.clean()
    message = " ".join(error.value.message_dict["young_children"])
    assert f"tối đa {YOUNG_QUESTION_MAX_LENGTH} ký tự" in message and "câu 2" in message
    quiz.young_children = False
    quiz.clean()  # older pupils: no such limit
