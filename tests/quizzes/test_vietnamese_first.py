"""Issue "Vietnamese-first experience": students on a phone join and answer in Vietnamese."""

import re

import pytest
from django.urls import reverse

from quizzes.models import Attempt
from tests.quizzes.test_runs import _join, _start_run

JOIN_LABEL = "Vào làm câu đố"


def _input_tag(page: str, input_id: str) -> str:
    at = page.index(f'id="{input_id}"')
    return page[page.rindex("<input", 0, at) : page.index(">", at)]


@pytest.mark.django_db
def test_the_join_page_is_linked_from_the_header_and_the_home_page(client, home_page):
    join_url = reverse("quizzes:join")
    home = client.get("/").content.decode()
    assert home.count(f'href="{join_url}"') >= 2  # the header and the home page's own link
    assert JOIN_LABEL in home


@pytest.mark.django_db
def test_the_join_form_comes_before_the_privacy_points_and_uses_our_messages(client):
    page = client.get(reverse("quizzes:join")).content.decode()
    form_at = page.index('id="id_code"')
    privacy_at = page.index('id="privacy-kids"')
    assert form_at < privacy_at
    assert "novalidate" in page[page.rindex("<form", 0, form_at) : form_at]
    assert "autofocus" not in _input_tag(page, "id_code")


@pytest.mark.django_db
def test_a_wrong_code_focuses_the_code_field(client):
    response = client.post(reverse("quizzes:join"), {"code": "ZZZZZZ", "nickname": "Gấu"})
    assert response.status_code == 404
    page = response.content.decode()
    assert "autofocus" in _input_tag(page, "id_code")
    assert 'id="id_code_error"' in page


@pytest.mark.django_db
def test_an_empty_nickname_gets_the_vietnamese_field_error(client, quiz, teacher):
    run = _start_run(client, teacher, quiz)
    _, response = _join(run.code, "")
    assert response.status_code == 400
    page = response.content.decode()
    assert 'id="id_nickname_error"' in page
    assert "bắt buộc" in page
    assert "autofocus" in _input_tag(page, "id_nickname")
    assert "autofocus" not in _input_tag(page, "id_code")


@pytest.mark.django_db
def test_an_answer_without_a_choice_gets_a_vietnamese_error(client, quiz, teacher):
    run = _start_run(client, teacher, quiz)
    student, response = _join(run.code, "Sóc nâu")
    page = student.get(response["Location"]).content.decode()
    assert re.search(r'<form method="post"[^>]* class="quiz-form" novalidate>', page)
    answered = student.post(response["Location"], {})
    assert answered.status_code == 400
    assert "Hãy chọn hoặc viết câu trả lời" in answered.content.decode()
    assert Attempt.objects.get(run=run).answers == {}


@pytest.mark.django_db
def test_a_closed_run_shows_no_answer_button(client, quiz, teacher):
    run = _start_run(client, teacher, quiz)
    student, response = _join(run.code, "Sóc nâu")
    attempt_url = response["Location"]
    assert "Trả lời" in student.get(attempt_url).content.decode()
    client.post(reverse("quizzes:run_close", args=[run.pk]), {"confirm": "1"})

    page = student.get(attempt_url).content.decode()
    assert 'class="quiz-form"' not in page
    assert '<button type="submit">' not in page
    assert "Lượt chơi đã kết thúc" in page

    attempt = Attempt.objects.get(run=run)
    late = student.post(attempt_url, {f"q-{attempt.question_order[0]}": "true"})
    assert late.status_code == 410
    assert 'class="quiz-form"' not in late.content.decode()
    assert late.content.decode().count("Lượt chơi đã kết thúc") == 1
