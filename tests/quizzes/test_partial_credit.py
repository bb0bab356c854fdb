"""Partial credit on multi-answer questions and young children's quizzes, as a student and an
editor see them: the feedback "Đúng một phần" names what was missed; a score of 2,5/3."""

import json
from decimal import Decimal

import pytest
from django.urls import reverse
from wagtail.blocks.struct_block import StructBlockValidationError

from quizzes.blocks import ChoiceQuestionBlock
from quizzes.models import Attempt
from tests.factories.quizzes import CHOICE_SINGLE, TRUE_FALSE, QuizPageFactory

pytestmark = pytest.mark.django_db

PARTIAL_MULTIPLE = (
    "choice",
    {
        "question": "Những điều nào giúp tài khoản an toàn? (Chọn tất cả đáp án đúng)",
        "image": None,
        "choices": [
            {"text": "Mật khẩu dài", "correct": True},
            {"text": "Cho bạn mượn mật khẩu", "correct": False},
            {"text": "Xác thực hai bước", "correct": True},
        ],
        "shuffle_choices": False,
        "partial_credit": True,
        "explanation": "GIAI-THICH-P: dài và có hai bước.",
    },
)


def _start(client, quiz):
    client.post(reverse("quizzes:practice_start", args=[quiz.pk]))
    return Attempt.objects.latest("started_at")


def _url(attempt):
    return reverse("quizzes:attempt", kwargs={"token": attempt.token})


def _choice_id(quiz, text):
    for block in quiz.questions:
        if block.block_type == "choice":
            for choice in block.value["choices"].bound_blocks:
                if choice.value["text"] == text:
                    return choice.id
    raise LookupError(text)


def _block_id(quiz, kind_index):
    return list(quiz.questions)[kind_index].id


def test_half_right_multi_answer_says_partly_right_and_names_the_missed_choice(client, lesson):
    quiz = QuizPageFactory(parent=lesson, questions=[PARTIAL_MULTIPLE, TRUE_FALSE])
    attempt = _start(client, quiz)
    page = client.get(_url(attempt)).content.decode()
    assert "Mỗi đáp án đúng em chọn được một phần điểm" in page  # told before answering

    question_id = _block_id(quiz, 0)
    response = client.post(_url(attempt), {f"q-{question_id}": [_choice_id(quiz, "Mật khẩu dài")]})
    feedback = response.content.decode()
    assert "Câu 1/2 · Đúng một phần" in feedback  # the title a screen reader reads first
    assert "feedback--partial" in feedback
    assert "Đúng một phần" in feedback and "Chưa đúng" not in feedback
    assert "Em còn thiếu: <strong>Xác thực hai bước</strong>" in feedback
    assert "Em chọn nhầm" not in feedback

    tf_id = _block_id(quiz, 1)
    response = client.post(_url(attempt), {f"q-{tf_id}": "false"})
    result = response.content.decode()  # the last answer comes back with the result
    attempt.refresh_from_db()
    assert attempt.score == Decimal("1.50") and attempt.max_score == 2
    assert attempt.percent == 75 and attempt.passed
    assert "1,5/2 điểm" in result
    assert "(75%)" in result


def test_a_wrong_pick_beside_a_right_one_cancels_it(client, lesson):
    quiz = QuizPageFactory(parent=lesson, questions=[PARTIAL_MULTIPLE])
    attempt = _start(client, quiz)
    picks = [_choice_id(quiz, "Mật khẩu dài"), _choice_id(quiz, "Cho bạn mượn mật khẩu")]
    response = client.post(_url(attempt), {f"q-{_block_id(quiz, 0)}": picks})
    result = response.content.decode()  # the last answer comes back with the result
    attempt.refresh_from_db()
    assert attempt.score == 0 and not attempt.passed
    assert "0/1 điểm" in result
    assert "Đúng một phần" not in result


def test_without_partial_credit_half_right_is_not_right(client, lesson):
    no_partial = ("choice", {**PARTIAL_MULTIPLE[1], "partial_credit": False})
    quiz = QuizPageFactory(parent=lesson, questions=[no_partial, TRUE_FALSE])
    attempt = _start(client, quiz)
    page = client.get(_url(attempt)).content.decode()
    assert "Chọn tất cả đáp án đúng." in page
    assert "một phần điểm" not in page
    response = client.post(
        _url(attempt), {f"q-{_block_id(quiz, 0)}": [_choice_id(quiz, "Mật khẩu dài")]}
    )
    feedback = response.content.decode()
    assert "Chưa đúng" in feedback and "Đúng một phần" not in feedback


def test_the_teacher_sees_a_partial_score_with_a_decimal_comma(client, lesson, teacher):
    quiz = QuizPageFactory(parent=lesson, questions=[PARTIAL_MULTIPLE, CHOICE_SINGLE])
    client.force_login(teacher)
    client.post(reverse("quizzes:run_start"), {"quiz": quiz.pk, "class_name": "2A"})
    run = quiz.runs.get()
    client.logout()
    client.post(reverse("quizzes:join"), {"code": run.code, "nickname": "Mèo"})
    attempt = Attempt.objects.get(run=run)
    client.post(_url(attempt), {f"q-{_block_id(quiz, 0)}": [_choice_id(quiz, "Xác thực hai bước")]})
    client.post(
        _url(attempt),
        {f"q-{_block_id(quiz, 1)}": [_choice_id(quiz, "Không trả lời và kể với người lớn")]},
    )
    client.force_login(teacher)
    page = client.get(reverse("quizzes:run_detail", args=[run.pk])).content.decode()
    assert "1,5/2 (75%)" in page


def test_young_children_get_one_question_per_screen_whatever_the_other_setting(client, lesson):
    quiz = QuizPageFactory(parent=lesson, one_question_per_screen=False, young_children=True)
    attempt = _start(client, quiz)
    page = client.get(_url(attempt)).content.decode()
    assert page.count('class="question"') == 1
    first = attempt.question_order[0]
    question = quiz.scoring_questions[first]
    response = client.post(_url(attempt), {f"q-{first}": sorted(question.correct_choice_ids)})
    feedback = response.content.decode()  # feedback after each answer
    assert 'id="feedback"' in feedback and "Đúng rồi!" in feedback


def test_older_pupils_may_still_see_every_question_on_one_page(client, lesson):
    quiz = QuizPageFactory(parent=lesson, one_question_per_screen=False, young_children=False)
    attempt = _start(client, quiz)
    assert client.get(_url(attempt)).content.decode().count('class="question"') == 4


def test_partial_credit_on_a_question_with_one_right_answer_is_refused_with_a_reason():
    block = ChoiceQuestionBlock()
    value = block.to_python({**CHOICE_SINGLE[1], "partial_credit": True})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "partial_credit" in error.value.block_errors
    assert "từ hai phương án đúng" in str(error.value.block_errors["partial_credit"])
    block.clean(block.to_python(PARTIAL_MULTIPLE[1]))  # two right answers: accepted


def test_a_question_stored_before_partial_credit_existed_has_none():
    value = ChoiceQuestionBlock().to_python(
        {k: v for k, v in PARTIAL_MULTIPLE[1].items() if k != "partial_credit"}
    )
    assert value["partial_credit"] is False


def test_editors_find_both_settings_in_the_admin(admin_client, quiz):
    html = admin_client.get(f"/admin/pages/{quiz.pk}/edit/").content.decode()
    assert "Dành cho trẻ nhỏ (lớp 1–3)" in html or "dành cho trẻ nhỏ (lớp 1–3)" in html
    # The block definitions travel as JSON in the page, with non-ASCII letters escaped.
    assert json.dumps("Tính điểm từng phần")[1:-1] in html
