"""The answer path of a class: joining, each answer and the result stay at a few queries, so a
hall of students answering at once costs the database little (bench/quiz_load.py)."""

import pytest
from django.test import Client
from django.urls import reverse

from quizzes.models import Attempt
from tests.quizzes.conftest import answers_for
from tests.quizzes.test_runs import _start_run

pytestmark = pytest.mark.django_db


def test_joining_answering_and_the_result_stay_within_their_query_budgets(
    client, quiz, teacher, django_assert_max_num_queries
):
    run = _start_run(client, teacher, quiz)
    # The first of the class makes the worker read the quiz and its questions, and render the
    # page's header and footer, once for the content generation.
    first = {"code": run.code, "nickname": "Gấu trúc"}
    assert Client().post(reverse("quizzes:join"), first, follow=True).status_code == 200
    pupil = Client()
    with django_assert_max_num_queries(4):  # the run; the new attempt, in a savepoint
        joined = pupil.post(reverse("quizzes:join"), {"code": run.code, "nickname": "Sóc nâu"})
    attempt = Attempt.objects.get(run=run, nickname="Sóc nâu")
    url = joined["Location"]
    with django_assert_max_num_queries(2):
        assert pupil.get(url).status_code == 200
    data = answers_for(quiz, attempt, right=True)
    *questions, last = attempt.question_order
    for question_id in questions:
        # Read the attempt, write it once: the next question comes back in the same response.
        with django_assert_max_num_queries(2):
            answered = pupil.post(url, {f"q-{question_id}": data[f"q-{question_id}"]})
        assert answered.status_code == 200
    # The last answer: the result, with its links back to the quiz and the lesson.
    with django_assert_max_num_queries(5):
        result = pupil.post(url, {f"q-{last}": data[f"q-{last}"]})
    assert 'class="score-card' in result.content.decode()
