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
    assert all("/result/" in r.url for r in results)

    stored = Attempt.objects.filter(run=run)
    assert stored.count() == STUDENTS
    assert stored.filter(finished_at__isnull=False).count() == STUDENTS
    assert sorted(stored.values_list("score", flat=True)) == [0] * 20 + [3] * 20
    assert len(set(stored.values_list("nickname", flat=True))) == STUDENTS
