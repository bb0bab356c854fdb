"""The answer page's progress line counts questions in English's singular or plural."""

import pytest
from django.conf import settings

from quizzes.models import Attempt
from tests.quizzes.test_runs import _join, _start_run

pytestmark = pytest.mark.django_db


def test_progress_line_in_vietnamese_and_in_english(client, quiz, teacher):
    run = _start_run(client, teacher, quiz)
    student, response = _join(run.code, "Sóc nâu")
    url = response["Location"]
    total = len(Attempt.objects.get(run=run).question_order)
    assert total > 1
    assert f"Đã trả lời 0/{total} câu" in student.get(url).content.decode()
    student.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert f"0 of {total} questions answered" in student.get(url).content.decode()
