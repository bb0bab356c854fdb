"""A whole class submits at the same moment to a live server: nothing lost, nothing twice."""

import re
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from quizzes import services
from quizzes.models import Attempt
from tests.quizzes.conftest import answers_for

STUDENTS = 40

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _csrf(session, url):
    html = session.get(url, timeout=30).text
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def test_forty_students_submit_at_once(live_server, quiz, teacher):
    run = services.quiz_run_start(quiz=quiz, user=teacher, class_name="9A")
    join_url = f"{live_server.url}/quiz/join/"
    ready = threading.Barrier(STUDENTS)

    def student(number):
        session = requests.Session()
        token = _csrf(session, join_url)
        ready.wait(timeout=60)  # everyone joins at once
        joined = session.post(
            join_url,
            data={"csrfmiddlewaretoken": token, "code": run.code, "nickname": f"Học sinh {number}"},
            headers={"Referer": join_url},
            timeout=60,
        )
        return session, joined

    with ThreadPoolExecutor(max_workers=STUDENTS) as pool:
        joined = list(pool.map(student, range(STUDENTS)))
    assert [response.status_code for _, response in joined] == [200] * STUDENTS
    attempts = {attempt.nickname: attempt for attempt in Attempt.objects.filter(run=run)}
    assert len(attempts) == STUDENTS

    submit_ready = threading.Barrier(STUDENTS)

    def submit(number):
        session, response = joined[number]
        attempt = attempts[f"Học sinh {number}"]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text).group(1)
        data = {"csrfmiddlewaretoken": token, **answers_for(quiz, attempt, right=number % 2 == 0)}
        submit_ready.wait(timeout=60)  # everyone presses "Nộp bài" at once
        return session.post(response.url, data=data, headers={"Referer": response.url}, timeout=60)

    with ThreadPoolExecutor(max_workers=STUDENTS) as pool:
        results = list(pool.map(submit, range(STUDENTS)))
    assert [r.status_code for r in results] == [200] * STUDENTS, {r.status_code for r in results}
    assert all('class="score-card' in r.text for r in results)  # each got the result

    stored = Attempt.objects.filter(run=run)
    assert stored.count() == STUDENTS
    assert stored.filter(finished_at__isnull=False).count() == STUDENTS
    assert sorted(stored.values_list("score", flat=True)) == [0] * 20 + [3] * 20
    assert len(set(stored.values_list("nickname", flat=True))) == STUDENTS


def _raw(data: dict, question_id: str) -> dict:
    value = data[f"q-{question_id}"]
    return {question_id: value if isinstance(value, list) else [value]}


@pytest.mark.django_db
def test_an_answer_that_loses_the_race_is_checked_again_and_not_written_twice(quiz, monkeypatch):
    """Two tabs send the same question at once: whichever writes second is refused, and the
    first answer is the one kept."""
    attempt = services.attempt_start_practice(quiz=quiz)
    first = attempt.question_order[0]
    right = answers_for(quiz, attempt, right=True)
    wrong = answers_for(quiz, attempt, right=False)
    checked = services._attempt_answer_fields
    other_tab = []

    def the_other_tab_writes_meanwhile(*, attempt, raw_answers):
        fields = checked(attempt=attempt, raw_answers=raw_answers)
        if not other_tab:
            other_tab.append(True)
            services.attempt_answer(token=attempt.token, raw_answers=_raw(right, first))
        return fields

    monkeypatch.setattr(services, "_attempt_answer_fields", the_other_tab_writes_meanwhile)
    with pytest.raises(services.AlreadyAnswered):
        services.attempt_answer(token=attempt.token, raw_answers=_raw(wrong, first))
    stored = Attempt.objects.get(pk=attempt.pk)
    assert list(stored.answers) == [first] and stored.version == 1
    monkeypatch.undo()
    # The next question is taken as usual, over the version the other tab left.
    second = attempt.question_order[1]
    answered = services.attempt_answer(token=attempt.token, raw_answers=_raw(right, second))
    assert set(answered.answers) == {first, second} and answered.version == 2
