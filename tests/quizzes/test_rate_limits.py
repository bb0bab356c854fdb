"""Rate limits a whole school behind one public address never hits, and the abuse they stop."""

import pytest
from django.test import Client
from django.urls import reverse

from quizzes import services, views
from quizzes.models import Attempt

SCHOOL = "113.160.0.10"  # one public address for the whole school
OTHER_SCHOOL = "14.160.0.20"
WRONG_CODE = "ZZZZZZ"


def _browser(address=SCHOOL):
    """A student's browser: it opened the join page, so it has its CSRF cookie."""
    client = Client(REMOTE_ADDR=address)
    client.get(reverse("quizzes:join"))
    return client


def _join(code, nickname, address=SCHOOL, client=None):
    client = client or _browser(address)
    return client.post(reverse("quizzes:join"), {"code": code, "nickname": nickname})


def _limit(rate: str) -> int:
    return int(rate.split("/")[0])


@pytest.mark.django_db
def test_three_hundred_students_of_one_school_join_one_run_from_one_address(quiz, teacher):
    run = services.quiz_run_start(quiz=quiz, user=teacher, class_name="Toàn trường")
    statuses = []
    for number in range(300):
        student = _browser()
        if number % 4 == 0:  # a quarter of them mistype the code first, some twice
            assert _join(WRONG_CODE, "Gấu", client=student).status_code == 404
            if number % 8 == 0:
                assert _join(run.code[::-1], "Gấu", client=student).status_code == 404
        statuses.append(_join(run.code, f"Học sinh {number}", client=student).status_code)
    assert statuses == [302] * 300
    assert Attempt.objects.filter(run=run).count() == 300


@pytest.mark.django_db
def test_forty_students_search_at_once_from_one_address(home_page):
    class_room = Client(REMOTE_ADDR=SCHOOL)
    statuses = {class_room.get(f"/search/?q=mat+khau+{n}").status_code for n in range(40)}
    assert statuses == {200}


@pytest.mark.django_db
def test_guessing_codes_from_one_browser_is_refused(quiz, teacher):
    run = services.quiz_run_start(quiz=quiz, user=teacher, class_name="7A")
    guesser = _browser()
    limit = _limit(views.WRONG_CODE_BROWSER_RATE)
    assert limit == 10
    statuses = [_join(WRONG_CODE, "Gấu", client=guesser).status_code for _ in range(limit)]
    assert statuses == [404] * limit  # a wrong code, answered normally
    refused = _join(WRONG_CODE, "Gấu", client=guesser)
    assert refused.status_code == 429
    assert "Thao tác quá nhanh" in refused.content.decode()
    # While refused, that browser cannot try codes at all, right ones included...
    assert _join(run.code, "Mèo", client=guesser).status_code == 429
    # ...but its classmates behind the same address join as usual.
    assert _join(run.code, "Mèo").status_code == 302


@pytest.mark.django_db
def test_guessing_codes_from_one_address_with_many_browsers_is_refused(quiz, teacher):
    run = services.quiz_run_start(quiz=quiz, user=teacher, class_name="7A")
    limit = _limit(views.WRONG_CODE_RATE)
    assert limit == 120
    # A guesser who makes a new browser (a new CSRF cookie) for every few tries.
    guessers = [_browser() for _ in range(limit // 5)]
    statuses = [_join(WRONG_CODE, "Gấu", client=g).status_code for g in guessers for _ in range(5)]
    assert statuses == [404] * limit
    assert _join(WRONG_CODE, "Gấu").status_code == 429
    assert _join(run.code, "Mèo").status_code == 429
    # Students elsewhere join as usual.
    assert _join(run.code, "Mèo", address=OTHER_SCHOOL).status_code == 302


@pytest.mark.django_db
def test_over_an_hour_an_address_guesses_no_more_than_its_hourly_limit(monkeypatch, quiz, teacher):
    run = services.quiz_run_start(quiz=quiz, user=teacher, class_name="7A")
    assert _limit(views.WRONG_CODE_HOURLY_RATE) == 600
    monkeypatch.setattr(views, "WRONG_CODE_HOURLY_RATE", "12/h")  # the same rule, smaller
    # A script making a new browser for every two tries, slower than the per-minute limit.
    statuses = [_join(WRONG_CODE, "Gấu", client=_browser()).status_code for _ in range(12)]
    assert statuses == [404] * 12
    assert _join(WRONG_CODE, "Gấu").status_code == 429
    assert _join(run.code, "Mèo").status_code == 429
    assert _join(run.code, "Mèo", address=OTHER_SCHOOL).status_code == 302


@pytest.mark.django_db
def test_other_failed_joins_are_not_counted_as_guessing(quiz, teacher):
    run = services.quiz_run_start(quiz=quiz, user=teacher, class_name="7A")
    assert _join(run.code, "Gấu").status_code == 302
    # A nickname taken again and again (a class choosing names) is not code guessing.
    student = _browser()
    tries = _limit(views.WRONG_CODE_BROWSER_RATE) + 5
    statuses = {_join(run.code, "Gấu", client=student).status_code for _ in range(tries)}
    assert statuses == {409}
    assert _join(run.code, "Thỏ", client=student).status_code == 302


@pytest.mark.django_db
def test_joins_are_counted_per_run_code(monkeypatch, quiz, teacher):
    monkeypatch.setattr(views, "JOIN_PER_RUN_RATE", "5/m")
    full = services.quiz_run_start(quiz=quiz, user=teacher, class_name="7A")
    other = services.quiz_run_start(quiz=quiz, user=teacher, class_name="7B")
    # From any address: the count belongs to the run, not to whoever joins.
    addresses = [f"113.160.0.{n}" for n in range(1, 7)]
    statuses = [
        _join(full.code, f"Bạn {n}", address=a).status_code for n, a in enumerate(addresses)
    ]
    assert statuses == [302] * 5 + [429]
    assert _join(other.code, "Bạn 1").status_code == 302


@pytest.mark.django_db
def test_answers_beyond_the_per_attempt_limit_are_refused(quiz):
    class_room = Client(REMOTE_ADDR=SCHOOL)
    limit = _limit(views.ANSWER_RATE)
    started = [class_room.post(reverse("quizzes:practice_start", args=[quiz.pk])) for _ in "ab"]
    first, second = (response["Location"] for response in started)
    statuses = [class_room.post(first, {"q-khong-co": "x"}).status_code for _ in range(limit)]
    assert statuses == [400] * limit  # each refused as an answer, counted all the same
    refused = class_room.post(first, {"q-khong-co": "x"})
    assert refused.status_code == 429
    assert "Thao tác quá nhanh" in refused.content.decode()
    # Another attempt from the same address is counted on its own.
    assert class_room.post(second, {"q-khong-co": "x"}).status_code == 400


@pytest.mark.django_db
def test_answers_to_an_attempt_that_is_not_yours_count_nothing(quiz):
    owner = Client(REMOTE_ADDR=SCHOOL)
    url = owner.post(reverse("quizzes:practice_start", args=[quiz.pk]))["Location"]
    stranger = Client(REMOTE_ADDR=SCHOOL)
    for _ in range(_limit(views.ANSWER_RATE) + 1):
        assert stranger.post(url, {"q-khong-co": "x"}).status_code == 404
    assert owner.post(url, {"q-khong-co": "x"}).status_code == 400


def test_a_school_can_start_practice_together():
    assert _limit(views.PRACTICE_RATE) >= 300
