"""While a class run that closes practice is open, practice (which shows the key) is paused."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from quizzes import selectors, services
from quizzes.models import Attempt, QuizRun
from tests.factories.quizzes import QuizPageFactory
from tests.quizzes.conftest import answers_for

LOCKED = "Chế độ luyện tập đang tạm khóa"


def _start_run(teacher, quiz, *, closes_practice: bool) -> QuizRun:
    client = Client()
    client.force_login(teacher)
    data = {"quiz": quiz.pk, "class_name": "7A"}
    if closes_practice:
        data["closes_practice"] = "on"  # what the ticked checkbox sends
    response = client.post(reverse("quizzes:run_start"), data)
    assert response.status_code == 302, response.content.decode()
    return QuizRun.objects.latest("created_at")


def _practice_url(quiz):
    return reverse("quizzes:practice_start", args=[quiz.pk])


@pytest.mark.django_db
def test_the_run_form_offers_the_choice_ticked(client, quiz, teacher):
    client.force_login(teacher)
    html = client.get(quiz.url).content.decode()
    assert 'name="closes_practice"' in html
    assert "Khóa chế độ luyện tập trong khi lượt chơi đang mở" in html
    tag = html[
        html.index('name="closes_practice"') - 80 : html.index('name="closes_practice"') + 80
    ]
    assert "checked" in tag


@pytest.mark.django_db
def test_a_run_that_closes_practice_refuses_to_start_practice_with_an_explanation(quiz, teacher):
    run = _start_run(teacher, quiz, closes_practice=True)
    assert run.closes_practice
    student = Client()
    for response in (student.get(_practice_url(quiz)), student.post(_practice_url(quiz))):
        assert response.status_code == 200
        html = response.content.decode()
        assert LOCKED in html and "Một lớp đang làm câu đố này" in html
        assert reverse("quizzes:join") in html
    assert not Attempt.objects.filter(run=None).exists()
    # The class itself takes the quiz as usual.
    joined = student.post(reverse("quizzes:join"), {"code": run.code, "nickname": "Gấu"})
    assert joined.status_code == 302


@pytest.mark.django_db
def test_a_run_that_leaves_practice_open_does_not_lock_it(client, quiz, teacher):
    run = _start_run(teacher, quiz, closes_practice=False)
    assert not run.closes_practice
    assert client.post(_practice_url(quiz)).status_code == 302


@pytest.mark.django_db
def test_a_practice_in_progress_cannot_go_on_to_get_the_key(client, quiz, teacher):
    attempt_url = client.post(_practice_url(quiz))["Location"]
    attempt = Attempt.objects.get()
    first, second = attempt.question_order[:2]
    data = answers_for(quiz, attempt, right=True)
    assert client.post(attempt_url, {f"q-{first}": data[f"q-{first}"]}).status_code == 200

    _start_run(teacher, quiz, closes_practice=True)
    page = client.get(f"{attempt_url}?vua_tra_loi={first}")
    assert page.status_code == 200 and LOCKED in page.content.decode()
    assert "GIAI-THICH" not in page.content.decode()  # no explanation, no key
    answered = client.post(attempt_url, {f"q-{second}": data[f"q-{second}"]})
    assert answered.status_code == 200 and LOCKED in answered.content.decode()
    attempt.refresh_from_db()
    assert list(attempt.answers) == [first]
    result = client.get(reverse("quizzes:result", kwargs={"token": attempt.token}))
    assert result.status_code == 200 and "GIAI-THICH" not in result.content.decode()


@pytest.mark.django_db
def test_a_finished_practice_result_is_hidden_while_the_run_is_open(client, quiz, teacher):
    attempt_url = client.post(_practice_url(quiz))["Location"]
    attempt = Attempt.objects.get()
    data = answers_for(quiz, attempt, right=True)
    for question_id in attempt.question_order:
        client.post(attempt_url, {f"q-{question_id}": data[f"q-{question_id}"]})
    result_url = reverse("quizzes:result", kwargs={"token": attempt.token})
    assert "GIAI-THICH-1" in client.get(result_url).content.decode()

    run = _start_run(teacher, quiz, closes_practice=True)
    hidden = client.get(result_url)
    assert hidden.status_code == 200 and "GIAI-THICH" not in hidden.content.decode()
    services.quiz_run_close(run=run)
    assert "GIAI-THICH-1" in client.get(result_url).content.decode()


@pytest.mark.django_db
def test_practice_opens_again_when_the_run_is_closed_or_expires(client, quiz, teacher):
    run = _start_run(teacher, quiz, closes_practice=True)
    assert selectors.practice_locked(quiz=quiz)
    services.quiz_run_close(run=run)
    assert not selectors.practice_locked(quiz=quiz)
    assert client.post(_practice_url(quiz)).status_code == 302

    expired = _start_run(teacher, quiz, closes_practice=True)
    assert selectors.practice_locked(quiz=quiz)
    QuizRun.objects.filter(pk=expired.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    assert not selectors.practice_locked(quiz=quiz)


@pytest.mark.django_db
def test_only_the_quiz_of_the_run_is_locked(client, quiz, lesson, teacher):
    other_quiz = QuizPageFactory(parent=lesson)
    _start_run(teacher, quiz, closes_practice=True)
    assert client.post(_practice_url(other_quiz)).status_code == 302


@pytest.mark.django_db
def test_the_services_refuse_practice_while_locked(quiz, teacher):
    practice = services.attempt_start_practice(quiz=quiz)
    run = services.quiz_run_start(quiz=quiz, user=teacher, class_name="7A")
    assert run.closes_practice  # the default
    with pytest.raises(services.PracticeLocked):
        services.attempt_start_practice(quiz=quiz)
    question_id = practice.question_order[0]
    with pytest.raises(services.PracticeLocked):
        services.attempt_answer(
            token=practice.token,
            raw_answers={question_id: answers_for(quiz, practice, right=True)[f"q-{question_id}"]},
        )
    joined = services.attempt_start_in_run(code=run.code, nickname="Gấu")
    answer = answers_for(quiz, joined, right=True)[f"q-{joined.question_order[0]}"]
    answer = answer if isinstance(answer, list) else [answer]
    services.attempt_answer(token=joined.token, raw_answers={joined.question_order[0]: answer})
