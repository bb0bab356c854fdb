"""Learning gain per lesson across classes and areas: the session records both runs of a class,
the admin report and the officers' dashboard panel give the pure function's figures, each
officer within their areas."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from completion.models import ReportingPeriod
from completion.services import period_save
from delivery.gain_views import gain_dashboard_panel
from delivery.models import DeliverySession, SessionStatus
from delivery.selectors import lesson_gains
from home.groups import EDITORS
from quizzes import gain, services
from quizzes.selectors import attempt_percent
from tests.factories.delivery import DeliverySessionFactory
from tests.factories.quizzes import QuizPageFactory
from tests.quizzes.test_run_gain import ALL, finish

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/lesson-gain/"
DASHBOARD = "/admin/completion/"


def _pair(quiz, teacher, class_name, *, pre, post):
    """A class's pre-test and post-test, each pupil answering right the kinds listed."""
    pre_run = services.quiz_run_start(quiz=quiz, user=teacher, class_name=class_name)
    for n, right in enumerate(pre):
        finish(pre_run, f"Trước {n}", right=right)
    post_run = services.quiz_run_start_post(pre_run=pre_run, user=teacher)
    for n, right in enumerate(post):
        finish(post_run, f"Sau {n}", right=right)
    return pre_run, post_run


def _percents(run):
    return [
        attempt_percent(score=a.score, max_score=a.max_score)
        for a in run.attempts.filter(finished_at__isnull=False)
    ]


def _class_gain(pair):
    return gain.class_gain(pre=_percents(pair[0]), post=_percents(pair[1]))


@pytest.fixture
def gains(world):
    """Lesson "Bắt nạt trên mạng": two classes in district A, one in district B; plus pairs that
    must not count (withdrawn session, a post-test nobody finished, a run never linked)."""
    quiz = QuizPageFactory(parent=world.lesson)
    a1 = _pair(quiz, world.teacher_a, "7A", pre=[(), ("choice",)], post=[ALL, ALL])
    a2 = _pair(quiz, world.teacher_a, "7B", pre=[()], post=[("choice",)])
    b1 = _pair(quiz, world.teacher_b, "9C", pre=[ALL], post=[ALL])
    withdrawn = _pair(quiz, world.teacher_a, "7C", pre=[()], post=[ALL])
    empty = _pair(quiz, world.teacher_a, "7D", pre=[()], post=[])
    _pair(quiz, world.teacher_a, "7E", pre=[()], post=[ALL])  # no session links it
    lesson = world.lesson
    DeliverySessionFactory(
        school=world.school_a, lesson=lesson, age_band=world.thcs, quiz_run=a1[1]
    )
    # This class's session links the pre-test: the pair is found from either end.
    DeliverySessionFactory(
        school=world.school_a, lesson=lesson, age_band=world.thcs, quiz_run=a2[0]
    )
    DeliverySessionFactory(
        school=world.school_b, lesson=lesson, age_band=world.thcs, quiz_run=b1[1]
    )
    DeliverySessionFactory(
        school=world.school_a,
        lesson=lesson,
        age_band=world.thcs,
        quiz_run=withdrawn[1],
        status=SessionStatus.WITHDRAWN,
    )
    DeliverySessionFactory(
        school=world.school_a, lesson=lesson, age_band=world.thcs, quiz_run=empty[1]
    )
    return {"a": [a1, a2], "b": [b1]}


def _expected(pairs):
    return gain.gain_summary([_class_gain(pair) for pair in pairs])


def _editor(django_user_model):
    user = django_user_model.objects.create_user("bien-tap", password="mat-khau-thu-nghiem")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


def test_a_session_records_both_runs_of_the_class(client, world, gains):
    pre, post = gains["a"][0]
    session = world.school_a.sessions.get(quiz_run=post)
    client.force_login(world.teacher_a)
    page = client.get(reverse("portal:session_detail", args=[session.pk])).content.decode()
    assert reverse("quizzes:run_detail", args=[pre.pk]) in page
    assert reverse("quizzes:run_detail", args=[post.pk]) in page
    assert page.index(pre.code) < page.index(post.code)  # before, then after
    assert "trước bài học" in page and "sau bài học" in page
    assert session.quiz_run.pre_run == pre


def test_hand_computed_figures_of_district_a():
    # 7A: before (0 + 66.7) / 2 = 33.3, after 100; 7B: before 0, after 66.7.
    # Lesson: before (33.3 + 0) / 2 = 16.7, after (100 + 66.7) / 2 = 83.3, gain 66.7, g 0.8.
    summary = gain.gain_summary(
        [
            gain.class_gain(pre=[0, 200 / 3], post=[100, 100]),
            gain.class_gain(pre=[0], post=[200 / 3]),
        ]
    )
    assert round(summary.pre_mean, 1) == 16.7
    assert round(summary.post_mean, 1) == 83.3
    assert round(summary.gain, 1) == 66.7
    assert round(summary.normalised, 2) == 0.8


@pytest.mark.parametrize(("who", "side"), [("officer_a", "a"), ("officer_province", "all")])
def test_the_report_gives_the_pure_functions_figures_within_the_officers_areas(
    client, world, gains, who, side
):
    pairs = gains["a"] if side == "a" else gains["a"] + gains["b"]
    expected = _expected(pairs)
    client.force_login(getattr(world, who))
    response = client.get(REPORT)
    assert response.status_code == 200
    (row,) = response.context["object_list"]
    assert row.lesson_title == "Bắt nạt trên mạng"
    assert row.summary == expected
    assert row.classes == len(pairs)
    assert row.schools == (1 if side == "a" else 2)
    html = response.content.decode()
    assert str(round(expected.pre_mean, 1)).replace(".", ",") in html
    assert "bài làm của từng em không được nối giữa hai lần" in html

    export = client.get(REPORT, {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(export.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Bài học"
    assert rows[1][:2] == ("Bắt nạt trên mạng", len(pairs))
    assert rows[1][5:] == (
        round(expected.pre_mean, 1),
        round(expected.post_mean, 1),
        round(expected.gain, 1),
        round(expected.normalised, 2),
    )


def test_district_b_sees_only_its_class_and_cannot_filter_to_district_a(client, world, gains):
    client.force_login(world.officer_b)
    (row,) = client.get(REPORT).context["object_list"]
    assert row.summary == _expected(gains["b"])
    response = client.get(REPORT, {"area": world.district_a.pk})
    assert not response.context["object_list"] or (
        response.context["object_list"][0].summary == _expected(gains["b"])
    )


def test_the_province_filters_the_report_by_area_and_date(client, world, gains):
    client.force_login(world.officer_province)
    (row,) = client.get(REPORT, {"area": world.district_b.pk}).context["object_list"]
    assert row.summary == _expected(gains["b"])
    future = (datetime.date.today() + datetime.timedelta(days=10)).isoformat()
    response = client.get(REPORT, {"date_from": future})
    assert list(response.context["object_list"]) == []


def test_editors_read_every_area_and_others_are_refused(client, world, gains, django_user_model):
    client.force_login(_editor(django_user_model))
    (row,) = client.get(REPORT).context["object_list"]
    assert row.summary == _expected(gains["a"] + gains["b"])
    for user in (world.teacher_a, world.nobody):
        client.force_login(user)
        response = client.get(REPORT)
        assert response.status_code in (302, 403)
        assert "Bắt nạt trên mạng" not in response.content.decode()
    client.logout()
    assert client.get(REPORT)["Location"].startswith("/admin/login/")


def test_the_report_keeps_to_its_query_budget(client, world, gains, django_assert_max_num_queries):
    client.force_login(world.officer_province)
    client.get(REPORT)
    with django_assert_max_num_queries(14):
        assert client.get(REPORT).status_code == 200


@pytest.fixture
def period(world):
    today = datetime.date.today()
    return period_save(
        period=ReportingPeriod(
            name="Kỳ hiện tại",
            start=today - datetime.timedelta(days=60),
            end=today + datetime.timedelta(days=60),
            due_date=today + datetime.timedelta(days=70),
        )
    )


def test_the_dashboard_shows_mean_gain_per_lesson_within_the_officers_areas(
    client, world, gains, period
):
    client.force_login(world.officer_a)
    html = client.get(DASHBOARD).content.decode()
    panel = html.split('id="lesson-gain"')[1].split("</section>")[0]
    expected = _expected(gains["a"])
    assert "Bắt nạt trên mạng" in panel
    for value in (expected.pre_mean, expected.post_mean, expected.gain):
        assert str(round(value, 1)).replace(".", ",") in panel
    assert "bài làm của từng em không được nối giữa hai lần" in panel

    client.force_login(world.officer_b)
    panel_b = client.get(DASHBOARD).content.decode().split('id="lesson-gain"')[1]
    assert "<td>100,0</td><td>100,0</td><td>0,0</td>" in panel_b.split("</section>")[0]


def test_the_panel_follows_area_and_period_and_equals_the_pure_function(rf, world, gains, period):
    request = rf.get(DASHBOARD)
    request.user = world.officer_province

    def rows(**kwargs):
        html = gain_dashboard_panel(request=request, **kwargs)
        return html

    everything = rows(officer_paths=None, area=None, period=period)
    summary = _expected(gains["a"] + gains["b"])
    assert f"<td>{len(gains['a']) + 1}</td>" in everything
    assert str(round(summary.post_mean, 1)).replace(".", ",") in everything
    district_b = rows(officer_paths=(world.district_b.path,), area=None, period=period)
    assert "<td>100,0</td><td>100,0</td><td>0,0</td>" in district_b
    earlier = ReportingPeriod(
        name="Kỳ trước",
        start=datetime.date(2000, 1, 1),
        end=datetime.date(2000, 6, 30),
        due_date=datetime.date(2000, 7, 10),
    )
    assert "Chưa có lớp nào" in rows(officer_paths=None, area=None, period=earlier)


def test_the_panel_costs_two_queries_however_many_classes(rf, world, gains, period):
    request = rf.get(DASHBOARD)
    request.user = world.officer_province
    with CaptureQueriesContext(connection) as queries:
        gain_dashboard_panel(
            request=request, officer_paths=None, area=world.province, period=period
        )
    assert len(queries) == 2


def test_the_demo_has_a_class_that_took_the_quiz_before_and_after():
    call_command("seed_demo", "--password", "mot-mat-khau-demo")
    call_command("seed_demo", "--password", "mot-mat-khau-demo")  # once, however often run
    (row,) = lesson_gains(sessions=DeliverySession.objects.all())
    assert row.classes == 1 and row.pre_attempts == row.post_attempts == 7
    assert row.gain > 0


@pytest.mark.parametrize(
    "query", [{"area": "999999"}, {"area": "abc"}, {"date_from": "32/13/2026"}, {"export": "pdf"}]
)
def test_bad_filters_are_answered_without_an_error(client, world, gains, query):
    client.force_login(world.officer_a)
    response = client.get(REPORT, query)
    assert response.status_code == 200
    # Whatever the filter, nothing beyond district A.
    for row in response.context["object_list"]:
        assert row.summary == _expected(gains["a"])
