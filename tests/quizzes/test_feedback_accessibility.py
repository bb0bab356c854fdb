"""After an answer the pupil lands on the feedback: its id, the fragment and the <title>."""

import re

import pytest
from django.urls import reverse

from quizzes.models import Attempt


def _title(html: str) -> str:
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1)


@pytest.mark.django_db
def test_the_answer_lands_on_the_feedback_named_in_the_title(client, quiz):
    client.post(reverse("quizzes:practice_start", args=[quiz.pk]))
    attempt = Attempt.objects.get()
    url = reverse("quizzes:attempt", kwargs={"token": attempt.token})
    total = len(attempt.question_order)
    question_page = client.get(url).content.decode()
    assert _title(question_page).startswith(f"Câu 1/{total} — {quiz.title}")

    first = attempt.question_order[0]
    right = sorted(quiz.scoring_questions[first].correct_choice_ids)
    # The form sends the answer to an address that opens on the feedback.
    assert f'action="{url}#feedback"' in question_page
    html = client.post(url, {f"q-{first}": right}).content.decode()
    assert _title(html).startswith(f"Câu 1/{total} · Đúng rồi! — {quiz.title}")
    assert re.search(r'<section id="feedback" tabindex="-1"', html)
    assert "js/quiz-feedback" in html
    # The quiz page is lean: no site navigation or search before the question.
    assert 'class="main-nav"' not in html and 'role="search"' not in html
    assert 'href="tel:' in html
