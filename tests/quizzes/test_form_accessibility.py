"""Help texts and errors of the join form are tied to their input, with Django's ids."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from quizzes.models import QuizRun


def _input(html: str, name: str) -> str:
    match = re.search(rf'<input[^>]*name="{name}"[^>]*>', html)
    assert match, name
    return match.group(0)


def _described_by(html: str, name: str) -> list[str]:
    match = re.search(r'aria-describedby="([^"]*)"', _input(html, name))
    return match.group(1).split() if match else []


@pytest.mark.django_db
def test_the_nickname_help_is_read_with_its_input():
    html = Client().get(reverse("quizzes:join")).content.decode()
    assert _described_by(html, "nickname") == ["id_nickname_helptext"]
    assert 'id="id_nickname_helptext"' in html


@pytest.mark.django_db
def test_a_wrong_code_is_an_error_of_the_code_field():
    response = Client().post(reverse("quizzes:join"), {"code": "XYZXYZ", "nickname": "Gấu"})
    assert response.status_code == 404
    html = response.content.decode()
    code_input = _input(html, "code")
    assert 'aria-invalid="true"' in code_input
    assert "id_code_error" in _described_by(html, "code")
    error = re.search(r'id="id_code_error"[^>]*>(.*?)</div>', html, re.S)
    assert error and "Không có lượt chơi nào với mã này" in error.group(1)
    assert 'role="alert"' not in html.split("<form", 1)[1].split("</form>", 1)[0]


@pytest.mark.django_db
def test_a_nickname_already_used_is_an_error_of_the_nickname_field(client, quiz, teacher):
    client.force_login(teacher)
    client.post(reverse("quizzes:run_start"), {"quiz": quiz.pk, "class_name": "7A"})
    code = QuizRun.objects.get().code
    Client().post(reverse("quizzes:join"), {"code": code, "nickname": "Sao Mai"})
    response = Client().post(reverse("quizzes:join"), {"code": code, "nickname": "sao mai"})
    assert response.status_code == 409
    html = response.content.decode()
    assert 'aria-invalid="true"' in _input(html, "nickname")
    assert _described_by(html, "nickname") == ["id_nickname_helptext", "id_nickname_error"]
    assert 'id="id_nickname_error"' in html
    assert 'aria-invalid="true"' not in _input(html, "code")
