import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from quizzes.models import Attempt, QuizRun
from quizzes.services import JOIN_CODE_ALPHABET
from tests.quizzes.conftest import answers_for


def _start_run(client, teacher, quiz, class_name="7A"):
    client.force_login(teacher)
    response = client.post(
        reverse("quizzes:run_start"), {"quiz": quiz.pk, "class_name": class_name}
    )
    assert response.status_code == 302, response.content.decode()
    return QuizRun.objects.latest("created_at")


def _join(code, nickname):
    student = Client()
    response = student.post(reverse("quizzes:join"), {"code": code, "nickname": nickname})
    return student, response


@pytest.mark.django_db
def test_teacher_starts_a_run_with_a_readable_code_and_qr(client, quiz, teacher):
    run = _start_run(client, teacher, quiz)
    assert len(run.code) == 6
    assert set(run.code) <= set(JOIN_CODE_ALPHABET)
    assert not set(run.code) & set("0O1IL2Z5S8B")
    page = client.get(reverse("quizzes:run_detail", args=[run.pk])).content.decode()
    assert run.code in page
    assert "<svg" in page  # the QR code, drawn on the server
    assert "quiz/join/" in page


@pytest.mark.django_db
def test_only_teachers_start_runs(client, quiz, editor, django_user_model):
    client.force_login(editor)
    response = client.post(reverse("quizzes:run_start"), {"quiz": quiz.pk, "class_name": "7A"})
    assert response.status_code == 403
    assert QuizRun.objects.count() == 0
    assert "Dành cho giáo viên" not in client.get(quiz.url).content.decode()


@pytest.mark.django_db
def test_anonymous_users_are_sent_to_login_for_teacher_pages(client, quiz, teacher):
    run = _start_run(Client(), teacher, quiz)
    for url in [reverse("quizzes:run_list"), reverse("quizzes:run_detail", args=[run.pk])]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/portal/login/")


@pytest.mark.django_db
def test_a_teacher_never_sees_another_teachers_run(client, quiz, teacher, other_teacher):
    run = _start_run(Client(), teacher, quiz)
    client.force_login(other_teacher)
    assert client.get(reverse("quizzes:run_detail", args=[run.pk])).status_code == 404
    assert client.post(reverse("quizzes:run_close", args=[run.pk])).status_code == 404
    assert run.code not in client.get(reverse("quizzes:run_list")).content.decode()
    run.refresh_from_db()
    assert run.closed_at is None


@pytest.mark.django_db
def test_students_join_answer_and_the_teacher_sees_scores_and_item_analysis(client, quiz, teacher):
    run = _start_run(client, teacher, quiz)
    lan, response = _join(run.code.lower(), "Mèo con")  # codes are not case-sensitive
    assert response.status_code == 302
    attempt = Attempt.objects.get(run=run)
    assert attempt.nickname == "Mèo con"
    # One question per screen: the student answers them one by one.
    data = answers_for(quiz, attempt, right=True)
    for question_id in attempt.question_order:
        lan.post(response["Location"], {f"q-{question_id}": data[f"q-{question_id}"]})
    attempt.refresh_from_db()
    assert attempt.is_finished and attempt.score == 3

    minh, response = _join(run.code, "Cá heo")
    attempt2 = Attempt.objects.get(run=run, nickname="Cá heo")
    data = answers_for(quiz, attempt2, right=False)
    for question_id in attempt2.question_order:
        minh.post(response["Location"], {f"q-{question_id}": data[f"q-{question_id}"]})

    page = client.get(reverse("quizzes:run_detail", args=[run.pk])).content.decode()
    assert "Mèo con" in page and "3/3 (100%)" in page
    assert "Cá heo" in page and "0/3 (0%)" in page
    assert "2/2 đã nộp bài" in page
    assert page.count("</meter> 50%") == 3  # each scored question: one of two right
    assert "Em sẽ đặt mật khẩu dài hơn." in page  # open answers for the teacher
    partial = client.get(reverse("quizzes:run_detail", args=[run.pk]), {"partial": "1"})
    assert "<html" not in partial.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("code", "nickname", "status", "message"),
    [
        ("ZZZZZZ", "Gấu", 404, "Không có lượt chơi"),
        ("ABC", "Gấu", 404, "6 ký tự"),
        (None, "", 400, "bắt buộc"),
        (None, "em@example.com", 400, "email"),
        (None, "0912345678", 400, "số điện thoại"),
        (None, "x" * 31, 400, "tối đa"),
    ],
)
def test_join_refuses_bad_codes_and_nicknames(
    client, quiz, teacher, code, nickname, status, message
):
    run = _start_run(client, teacher, quiz)
    _, response = _join(code or run.code, nickname)
    assert response.status_code == status
    assert message in response.content.decode()
    assert Attempt.objects.count() == 0


@pytest.mark.django_db
def test_nicknames_are_unique_in_a_run_ignoring_case_and_accents(client, quiz, teacher):
    run = _start_run(client, teacher, quiz)
    assert _join(run.code, "Ân")[1].status_code == 302
    _, response = _join(run.code, " an ")
    assert response.status_code == 409
    assert "đã có người dùng" in response.content.decode()
    assert Attempt.objects.filter(run=run).count() == 1


@pytest.mark.django_db
def test_closed_and_expired_runs_take_no_more_answers(client, quiz, teacher):
    run = _start_run(client, teacher, quiz)
    student, response = _join(run.code, "Sóc nâu")
    attempt_url = response["Location"]
    client.post(reverse("quizzes:run_close", args=[run.pk]), {"confirm": "1"})

    _, late = _join(run.code, "Thỏ trắng")
    assert late.status_code == 410
    assert "đã kết thúc" in late.content.decode()
    attempt = Attempt.objects.get(run=run)
    first = attempt.question_order[0]
    answer = answers_for(quiz, attempt, right=True)[f"q-{first}"]
    response = student.post(attempt_url, {f"q-{first}": answer})
    assert response.status_code == 410
    attempt.refresh_from_db()
    assert attempt.answers == {}

    expired = _start_run(client, teacher, quiz, "7B")
    QuizRun.objects.filter(pk=expired.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    assert _join(expired.code, "Gấu")[1].status_code == 410


@pytest.mark.django_db
def test_run_attempts_keep_the_open_answers_but_no_personal_data(client, quiz, teacher):
    fields = {field.name for field in Attempt._meta.get_fields()}
    forbidden = {"name", "email", "phone", "ip", "ip_address", "user_agent", "user", "student"}
    assert not fields & forbidden
    run = _start_run(client, teacher, quiz)
    student, response = _join(run.code, "Chim sẻ")
    attempt = Attempt.objects.get(run=run)
    open_id = next(q for q in attempt.question_order if quiz.scoring_questions[q].kind == "open")
    student.post(response["Location"], {f"q-{open_id}": "Em sẽ hỏi ý kiến bố mẹ."})
    attempt.refresh_from_db()
    assert attempt.answers[open_id] == "Em sẽ hỏi ý kiến bố mẹ."
    assert not re.search(r"\d+\.\d+\.\d+\.\d+", str(attempt.__dict__))


@pytest.mark.django_db
def test_run_page_query_budget_does_not_grow_with_students(
    client, quiz, teacher, django_assert_max_num_queries
):
    run = _start_run(client, teacher, quiz)
    url = reverse("quizzes:run_detail", args=[run.pk])
    client.get(url)  # warm the site cache, as any running server has
    counts = []
    for batch in range(2):
        for number in range(5 * (batch + 1)):
            _join(run.code, f"Bạn {batch}-{number}")
        with django_assert_max_num_queries(12) as captured:
            assert client.get(url).status_code == 200
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1]


@pytest.mark.django_db
def test_closing_a_run_asks_to_confirm_first(client, quiz, teacher):
    run = _start_run(client, teacher, quiz)
    detail = client.get(reverse("quizzes:run_detail", args=[run.pk])).content.decode()
    assert "<details" in detail and 'name="confirm" value="1"' in detail
    url = reverse("quizzes:run_close", args=[run.pk])
    asked = client.post(url)  # without confirm=1: the confirmation page, nothing closed
    assert asked.status_code == 200
    assert "Đóng lượt chơi?" in asked.content.decode()
    run.refresh_from_db()
    assert run.closed_at is None
    done = client.post(url, {"confirm": "1"})
    assert done.status_code == 302
    run.refresh_from_db()
    assert run.closed_at is not None
