"""What users type is shown as text, and the forms that matter need their CSRF token.

Stored input of teachers, pupils and officers is shown escaped to the others who read it;
without the CSRF token a POST is refused, and with it the same POST works (the control).
"""

import re

import pytest
from django.test import Client
from django.urls import reverse

from delivery.models import DeliverySession
from quizzes.models import Attempt
from tests.quizzes.conftest import answers_for
from tests.security.helpers import PASSWORD, login, session_form

pytestmark = pytest.mark.django_db

HTML_PAYLOADS = {
    "class_name": "<script>alert('lop')</script>",
    "notes": "<img src=x onerror=alert('ghi-chu')>",
    "nickname": "<b onmouseover=alert(1)>Bi</b>",
    "open_answer": "<script>alert('tra-loi')</script>",
    "reason": "<svg onload=alert('ly-do')>",
}


def test_what_teachers_pupils_and_officers_type_is_shown_as_text(other):
    """Stored input is shown escaped wherever another user reads it."""
    world = other.world
    teacher = login(world.teacher_b)
    recorded = teacher.post(
        reverse("portal:session_create"),
        session_form(
            world,
            school=world.school_b,
            class_name=HTML_PAYLOADS["class_name"],
            notes=HTML_PAYLOADS["notes"],
        ),
    )
    assert recorded.status_code == 302
    session = DeliverySession.objects.get(class_name=HTML_PAYLOADS["class_name"])
    officer = login(world.officer_b)
    officer.post(reverse("sessions:return", args=[session.pk]), {"reason": HTML_PAYLOADS["reason"]})

    pupil = Client()
    pupil.post(
        reverse("quizzes:join"), {"code": other.run_b.code, "nickname": HTML_PAYLOADS["nickname"]}
    )
    attempt = Attempt.objects.get(nickname=HTML_PAYLOADS["nickname"])
    answers = answers_for(other.quiz, attempt, right=True)
    for key in answers:
        if other.quiz.scoring_questions[key.removeprefix("q-")].kind == "open":
            answers[key] = HTML_PAYLOADS["open_answer"]
    finished = pupil.post(reverse("quizzes:attempt", kwargs={"token": attempt.token}), answers)
    assert finished.status_code == 200
    attempt.refresh_from_db()
    assert attempt.is_finished

    pages = {
        "portal session": teacher.get(reverse("portal:session_detail", args=[session.pk])),
        "portal list": teacher.get(reverse("portal:session_list")),
        "run results": teacher.get(reverse("quizzes:run_detail", args=[other.run_b.pk])),
        "run results partial": teacher.get(
            reverse("quizzes:run_detail", args=[other.run_b.pk]), {"partial": "1"}
        ),
        "admin inspect": officer.get(reverse("sessions:inspect", args=[session.pk])),
        "admin history": officer.get(reverse("sessions:history", args=[session.pk])),
        "admin list": officer.get(reverse("sessions:index")),
    }
    for where, response in pages.items():
        html = response.content.decode()
        assert response.status_code == 200, where
        for field, payload in HTML_PAYLOADS.items():
            assert payload not in html, f"{field} unescaped on {where}"
    assert (
        "&lt;script&gt;alert(&#x27;lop&#x27;)&lt;/script&gt;"
        in pages["portal session"].content.decode()
    )
    assert "&lt;b onmouseover=alert(1)&gt;Bi&lt;/b&gt;" in pages["run results"].content.decode()


# ---------------------------------------------------------------------------------------------
# CSRF: without the token a POST is refused; with it the same POST works (the control).

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def csrf_token_from(client: Client, url: str) -> str:
    return CSRF_INPUT.search(client.get(url).content.decode()).group(1)


def csrf_client(user=None) -> Client:
    client = Client(enforce_csrf_checks=True)
    if user is not None:
        client.force_login(user)
    return client


def test_the_portal_session_form_needs_its_csrf_token(world):
    client = csrf_client(world.teacher_a)
    url = reverse("portal:session_create")
    data = session_form(world, school=world.school_a)
    assert client.post(url, data).status_code == 403
    assert not DeliverySession.objects.filter(class_name="8A-MOI").exists()
    token = csrf_token_from(client, url)
    assert client.post(url, {**data, "csrfmiddlewaretoken": token}).status_code == 302
    assert DeliverySession.objects.filter(class_name="8A-MOI").count() == 1


def test_quiz_join_and_answers_need_their_csrf_token(other):
    client = csrf_client()
    join = reverse("quizzes:join")
    data = {"code": other.run_b.code, "nickname": "Cá Vàng"}
    assert client.post(join, data).status_code == 403
    assert not Attempt.objects.filter(nickname="Cá Vàng").exists()
    response = client.post(join, {**data, "csrfmiddlewaretoken": csrf_token_from(client, join)})
    assert response.status_code == 302
    attempt = Attempt.objects.get(nickname="Cá Vàng")

    url = reverse("quizzes:attempt", kwargs={"token": attempt.token})
    question = attempt.question_order[0]
    answer = {f"q-{question}": answers_for(other.quiz, attempt, right=True)[f"q-{question}"]}
    assert client.post(url, answer).status_code == 403
    attempt.refresh_from_db()
    assert attempt.answers == {}
    token = csrf_token_from(client, url)
    assert client.post(url, {**answer, "csrfmiddlewaretoken": token}).status_code == 200
    attempt.refresh_from_db()
    assert list(attempt.answers) == [question]


@pytest.mark.parametrize("login_url", ["/portal/login/", "/admin/login/"])
def test_login_forms_need_their_csrf_token(world, login_url):
    client = csrf_client()
    credentials = {"username": world.officer_a.username, "password": PASSWORD}
    assert client.post(login_url, credentials).status_code == 403
    assert "_auth_user_id" not in client.session
    token = csrf_token_from(client, login_url)
    assert client.post(login_url, {**credentials, "csrfmiddlewaretoken": token}).status_code == 302
    assert client.session["_auth_user_id"] == str(world.officer_a.pk)
