import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook

from home import groups
from quizzes import services
from tests.quizzes.conftest import answers_for


@pytest.fixture
def played_run(quiz, teacher):
    run = services.quiz_run_start(quiz=quiz, user=teacher, class_name="8C")
    for nickname, right in [("Hổ", True), ("Báo", True), ("Voi", False)]:
        attempt = services.attempt_start_in_run(code=run.code, nickname=nickname)
        data = answers_for(quiz, attempt, right=right)
        services.attempt_answer(
            token=attempt.token,
            raw_answers={
                key.removeprefix("q-"): value if isinstance(value, list) else [value]
                for key, value in data.items()
            },
        )
    return run


@pytest.fixture
def officer(django_user_model):
    user = django_user_model.objects.create_user("can-bo", password="mat-khau-can-bo")
    user.groups.add(Group.objects.get(name=groups.OFFICERS))
    return user


@pytest.mark.django_db
def test_officer_sees_item_analysis_across_runs(client, quiz, played_run, officer):
    client.force_login(officer)
    response = client.get(reverse("quiz_results", args=[quiz.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert quiz.title in html
    rows = {item.number: item for item in response.context["object_list"]}
    assert rows[1].answered == 3 and rows[1].correct == 2 and rows[1].percent_correct == 66
    assert rows[4].percent_correct is None  # open question: not scored
    assert response.context["summary"]["run_attempts"] == 3
    index = client.get(reverse("quiz_results_index"))
    assert quiz.title in index.content.decode()


@pytest.mark.django_db
def test_results_export_as_spreadsheets(client, quiz, played_run, officer):
    client.force_login(officer)
    url = reverse("quiz_results", args=[quiz.pk])
    response = client.get(url, {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body), delimiter=";"))
    assert rows[0][:2] == ["Câu", "Nội dung"]
    assert rows[1][3:6] == ["3", "2", "66"]
    response = client.get(url, {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][5] == "Tỉ lệ đúng (%)"
    assert values[1][5] == 66


@pytest.mark.django_db
def test_teachers_and_anonymous_users_cannot_read_the_report(client, quiz, played_run, teacher):
    url = reverse("quiz_results", args=[quiz.pk])
    assert client.get(url).status_code == 302  # to the admin login
    client.force_login(teacher)
    assert client.get(url).status_code in (302, 403)
    assert Client().get(reverse("quiz_results_index")).status_code == 302


@pytest.mark.django_db
def test_report_query_budget_is_fixed(
    client, quiz, played_run, officer, django_assert_max_num_queries
):
    client.force_login(officer)
    url = reverse("quiz_results", args=[quiz.pk])
    client.get(url)
    with django_assert_max_num_queries(25):
        assert client.get(url).status_code == 200
