"""The class's answers per option, the discrimination and the flags, where a teacher (run page)
and an editor or officer (admin report, with export) read them; query budgets with many
attempts."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from openpyxl import load_workbook

from home import groups
from quizzes import services
from quizzes.models import Attempt
from tests.factories.attempts import finished_attempts_create

pytestmark = pytest.mark.django_db

WRONG_BELIEF = "Gửi địa chỉ ngay"  # the factory quiz's first question, a wrong option
RIGHT = "Không trả lời và kể với người lớn"


def _choice_ids(quiz) -> dict[str, str]:
    ids = {}
    for block in quiz.questions:
        if block.block_type == "choice":
            for choice in block.value["choices"].bound_blocks:
                ids[choice.value["text"]] = choice.id
    return ids


def class_answers(quiz, student: int) -> dict:
    """Ten students: question 1 — four right, six pick WRONG_BELIEF; question 2 (two right
    answers) — nobody right; question 3 (true/false, "Sai" is right) — nine right."""
    ids = _choice_ids(quiz)
    q1, q2, q3, q4 = (block.id for block in quiz.questions)
    return {
        q1: [ids[RIGHT if student < 4 else WRONG_BELIEF]],
        q2: [ids["Ngày sinh của em"]],
        q3: student == 9,
        q4: "Em sẽ kể với mẹ.",
    }


def _play(quiz, run, students: int) -> None:
    answer_sets = [class_answers(quiz, student % 10) for student in range(students)]
    finished_attempts_create(quiz=quiz, run=run, answer_sets=answer_sets)


@pytest.fixture
def run(quiz, teacher):
    return services.quiz_run_start(quiz=quiz, user=teacher, class_name="2A")


@pytest.fixture
def officer(django_user_model):
    user = django_user_model.objects.create_user("can-bo-so", password="mat-khau-can-bo")
    user.groups.add(Group.objects.get(name=groups.OFFICERS))
    return user


def test_the_teacher_sees_which_wrong_answer_the_class_picked(client, quiz, run, teacher):
    _play(quiz, run, 10)
    client.force_login(teacher)
    response = client.get(reverse("quizzes:run_detail", args=[run.pk]))
    html = response.content.decode()
    assert "Các em chọn phương án nào" in html
    assert f"A. {WRONG_BELIEF}" in html and "6 em (60%)" in html
    assert f'B. {RIGHT} <span class="mark">✓ đáp án đúng</span>' in html
    assert "4 em (40%)" in html
    # True/false: how many said "Đúng", how many "Sai".
    assert "A. Đúng" in html and "1 em (10%)" in html
    assert "B. Sai" in html and "9 em (90%)" in html
    assert "Quá dễ: từ 90% số em trả lời đúng" in html  # question 3
    assert "Quá khó: không quá 20% số em trả lời đúng" in html  # question 2
    items = {item.number: item for item in response.context["results"].items}
    assert items[3].flags == ("easy",) and items[2].flags == ("hard",)
    assert items[1].flags == ()
    assert items[1].discrimination is not None
    assert f"<strong>{items[1].discrimination:.2f}</strong>".replace(".", ",") in html
    assert items[4].options == [] and items[4].flags == ()  # open question


def test_too_few_attempts_give_no_discrimination_and_no_flags(client, quiz, run, teacher):
    _play(quiz, run, 3)
    client.force_login(teacher)
    response = client.get(reverse("quizzes:run_detail", args=[run.pk]))
    html = response.content.decode()
    assert "chưa tính được" in html
    assert "Quá dễ" not in html and "Quá khó" not in html
    assert all(item.discrimination is None for item in response.context["results"].items)


def test_an_unfinished_attempt_counts_in_the_options_but_not_in_the_discrimination(
    client, quiz, run, teacher
):
    _play(quiz, run, 10)
    ids = _choice_ids(quiz)
    q1 = next(iter(quiz.questions)).id
    Attempt.objects.create(
        quiz=quiz, run=run, nickname="Muộn", nickname_key="muon", answers={q1: [ids[RIGHT]]}
    )
    client.force_login(teacher)
    response = client.get(reverse("quizzes:run_detail", args=[run.pk]))
    items = {item.number: item for item in response.context["results"].items}
    assert [option.count for option in items[1].options] == [6, 5, 0]
    alone = client.get(reverse("quizzes:run_detail", args=[run.pk]))  # same again: stable
    assert alone.context["results"].items[0].discrimination == items[1].discrimination


def test_the_admin_report_shows_and_exports_the_option_counts(client, quiz, run, officer):
    _play(quiz, run, 10)
    client.force_login(officer)
    url = reverse("quiz_results", args=[quiz.pk])
    html = client.get(url).content.decode()
    assert f"A. {WRONG_BELIEF}: 6 em (60%)" in html
    assert f"<strong>B. {RIGHT} ✓</strong>: 4 em (40%)" in html
    assert "Quá khó: không quá 20% số em trả lời đúng" in html

    body = b"".join(client.get(url, {"export": "csv"}).streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body), delimiter=";"))
    heading = rows[0]
    options = heading.index("Số em chọn từng phương án")
    discrimination = heading.index("Độ phân biệt (−1 đến 1)")
    flags = heading.index("Cần xem lại")
    assert rows[1][options] == (
        f"A. {WRONG_BELIEF}: 6 (60%); B. {RIGHT}: 4 (40%) ✓; C. Hẹn gặp người đó: 0 (0%)"
    )
    assert rows[3][options] == "A. Đúng: 1 (10%); B. Sai: 9 (90%) ✓"
    assert "," in rows[1][discrimination]  # a number with the decimal comma
    assert rows[2][flags] == "Quá khó: không quá 20% số em trả lời đúng"
    assert rows[4][options] == rows[4][discrimination] == ""  # open question

    response = client.get(url, {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert isinstance(values[1][discrimination], float)
    assert -1 <= values[1][discrimination] <= 1


def test_the_export_neutralises_an_option_that_looks_like_a_formula(client, lesson, officer):
    from tests.factories.quizzes import TRUE_FALSE, QuizPageFactory

    formula = (
        "choice",
        {
            "question": "Câu có phương án lạ",
            "image": None,
            "choices": [
                {"text": '=HYPERLINK("http://x")', "correct": False},
                {"text": "Kể với người lớn", "correct": True},
            ],
            "shuffle_choices": False,
            "partial_credit": False,
            "explanation": "…",
        },
    )
    quiz = QuizPageFactory(parent=lesson, questions=[formula, TRUE_FALSE])
    client.force_login(officer)
    url = reverse("quiz_results", args=[quiz.pk])
    response = client.get(url, {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = [cell.value for row in sheet.iter_rows() for cell in row]
    assert not any(isinstance(value, str) and value.startswith("=") for value in cells)


@pytest.mark.parametrize("students", [10, 80])
def test_run_page_query_budget_does_not_grow_with_the_class(
    client, quiz, run, teacher, students, django_assert_max_num_queries
):
    _play(quiz, run, students)
    client.force_login(teacher)
    url = reverse("quizzes:run_detail", args=[run.pk])
    client.get(url)
    # The same number for 10 students as for 80: the attempts are one query.
    with django_assert_max_num_queries(8):
        assert client.get(url).status_code == 200
    with django_assert_max_num_queries(7):
        assert client.get(url, {"partial": "1"}).status_code == 200


@pytest.mark.parametrize("students", [10, 80])
def test_report_query_budget_does_not_grow_with_attempts(
    client, quiz, run, officer, students, django_assert_max_num_queries
):
    _play(quiz, run, students)
    client.force_login(officer)
    url = reverse("quiz_results", args=[quiz.pk])
    client.get(url)
    # The same number for 10 attempts as for 80: the attempts are one query.
    with django_assert_max_num_queries(19):
        assert client.get(url).status_code == 200
    with django_assert_max_num_queries(19):
        assert client.get(url, {"export": "csv"}).status_code == 200
