"""Sending a question with nothing chosen: the Vietnamese message is the error of the question
itself, inside its fieldset, tied to its inputs (aria-describedby, aria-invalid), and the
first input is focused; no alert above the questions."""

import re

import pytest

from quizzes.models import Attempt
from tests.quizzes.test_runs import _join, _start_run

MESSAGE = "Hãy chọn hoặc viết câu trả lời trước khi gửi."

pytestmark = pytest.mark.django_db


def _attempt_url(client, teacher, quiz):
    run = _start_run(client, teacher, quiz)
    student, response = _join(run.code, "Sóc nâu")
    return run, student, response["Location"]


def _fieldsets(page: str) -> list[str]:
    return re.findall(r"<fieldset.*?</fieldset>", page, re.S)


def _check_errors(page: str) -> None:
    form = page.split('class="quiz-form"', 1)[1].split("</form>", 1)[0]
    fieldsets = _fieldsets(form)
    assert fieldsets
    for fieldset in fieldsets:
        error = re.search(r'<p class="error question__error" id="([^"]+)">([^<]*)</p>', fieldset)
        assert error, fieldset
        assert error.group(2) == MESSAGE
        # The message comes right after the question, before its choices.
        assert (
            fieldset.index("</legend>")
            < error.start()
            < fieldset.index("<input" if "<input" in fieldset else "<textarea")
        )
        fields = re.findall(r"<(?:input|textarea)\b[^>]*>", fieldset)
        assert fields
        for field in fields:
            assert 'aria-invalid="true"' in field
            assert f'aria-describedby="{error.group(1)}"' in field
    assert len(re.findall(r"\bautofocus\b", form)) == 1
    assert "autofocus" in re.search(r"<(?:input|textarea)\b[^>]*>", fieldsets[0]).group(0)
    assert 'role="alert"' not in page.split("<main", 1)[1]
    assert "message--error" not in page
    assert page.count(MESSAGE) == len(fieldsets)
    assert "<title>Lỗi — " in page


def test_nothing_chosen_is_the_error_of_the_question(client, quiz, teacher):
    run, student, url = _attempt_url(client, teacher, quiz)
    before = student.get(url).content.decode()
    assert "aria-invalid" not in before and "question__error" not in before

    response = student.post(url, {})
    assert response.status_code == 400
    _check_errors(response.content.decode())
    assert Attempt.objects.get(run=run).answers == {}


def test_a_blank_answer_counts_as_nothing_chosen(client, quiz, teacher):
    run, student, url = _attempt_url(client, teacher, quiz)
    page = student.get(url).content.decode()
    name = re.search(r'name="(q-[^"]+)"', page).group(1)
    response = student.post(url, {name: "   "})
    assert response.status_code == 400
    _check_errors(response.content.decode())
    assert Attempt.objects.get(run=run).answers == {}


def test_an_answer_with_a_choice_is_recorded_without_errors(client, quiz, teacher):
    run, student, url = _attempt_url(client, teacher, quiz)
    page = student.get(url).content.decode()
    field = re.search(r'<input type="(?:radio|checkbox)" name="(q-[^"]+)" value="([^"]+)"', page)
    response = student.post(url, {field.group(1): field.group(2)}, follow=True)
    assert response.status_code == 200
    assert MESSAGE not in response.content.decode()
    assert field.group(1).removeprefix("q-") in Attempt.objects.get(run=run).answers
