import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from completion.models import CompletionStatus, ReportingPeriod, SchoolPeriodStatus
from completion.services import completion_build, period_save
from delivery.models import DeliverySession, SessionStatus
from schools.models import School

DASHBOARD = "/admin/completion/"


@pytest.fixture
def period(world):
    today = datetime.date.today()
    period = period_save(
        period=ReportingPeriod(
            name="Kỳ hiện tại",
            start=today - datetime.timedelta(days=60),
            end=today + datetime.timedelta(days=60),
            due_date=today + datetime.timedelta(days=70),
        )
    )
    # School A: verified (complete); school B: submitted only (pending).
    DeliverySession.objects.filter(pk=world.session_a.pk).update(status=SessionStatus.VERIFIED)
    completion_build(period=period)
    return period


def test_province_officer_sees_the_headline_against_the_target(client, world, period):
    client.force_login(world.officer_province)
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    html = response.content.decode()
    assert "1 / 2 trường hoàn thành (50,0%) — mục tiêu 100%" in html
    assert "<svg" in html and "Huyện Ninh Sơn" in html and "Huyện Bác Ái" in html
    headline = response.context["headline"]
    assert (headline.complete, headline.pending, headline.expected) == (1, 1, 2)
    assert "Trường THCS Phước Thắng" in html  # listed among the schools not yet complete
    assert "Trường THCS Lâm Sơn" not in html.split('id="incomplete"')[1]


def test_district_officer_sees_only_their_district(client, world, period):
    client.force_login(world.officer_b)
    response = client.get(DASHBOARD)
    html = response.content.decode()
    assert "0 / 1 trường hoàn thành" in html
    assert "Trường THCS Lâm Sơn" not in html
    assert client.get(DASHBOARD, {"area": world.district_a.pk}).status_code == 404
    school_url = reverse("completion_school", args=[world.school_a.pk])
    assert client.get(school_url, {"period": period.pk}).status_code == 404
    export = client.get(DASHBOARD, {"export": "csv"}).content.decode("utf-8-sig")
    assert "Lâm Sơn" not in export and "Phước Thắng" in export


def test_drill_down_from_area_to_school_to_sessions(client, world, period):
    client.force_login(world.officer_province)
    response = client.get(DASHBOARD, {"area": world.district_b.pk, "period": period.pk})
    assert "0 / 1 trường hoàn thành" in response.content.decode()
    school = client.get(
        reverse("completion_school", args=[world.school_b.pk]), {"period": period.pk}
    ).content.decode()
    assert "9C-PHUOC-THANG" in school  # the school's session in the period
    assert "Chờ xác nhận" in school


def test_teachers_and_people_without_a_role_are_kept_out(client, world, period):
    for user in (world.teacher_a, world.nobody):
        client.force_login(user)
        response = client.get(DASHBOARD)
        assert response.status_code in (302, 403)
        assert "trường hoàn thành" not in response.content.decode()


def test_xlsx_export_has_the_numbers_on_the_screen(client, world, period):
    client.force_login(world.officer_province)
    screen = client.get(DASHBOARD).context["headline"]
    response = client.get(DASHBOARD, {"export": "xlsx", "table": "rollup"})
    assert response.status_code == 200
    start, end = f"{period.start:%Y%m%d}", f"{period.end:%Y%m%d}"
    assert f"hoan-thanh-tong-hop-{start}-{end}.xlsx" in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][2] == "Số trường phải thực hiện"
    total = rows[-1]
    assert total[0] == "Tổng"
    assert total[2:5] == [screen.expected, screen.complete, screen.complete_percent]

    schools = client.get(DASHBOARD, {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(schools.content)).active
    by_code = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    assert by_code[world.school_a.code][4].value == "Hoàn thành"
    assert by_code[world.school_b.code][4].value == "Chờ xác nhận"


def test_print_view_for_the_peoples_committee(client, world, period):
    client.force_login(world.officer_province)
    html = client.get(DASHBOARD, {"print": "1"}).content.decode()
    assert "Kết quả thực hiện chương trình" in html
    assert "1 / 2 trường hoàn thành" in html
    assert "report-print.css" in html and "sidebar" not in html


def _bulk_schools(count, area, period, *, first):
    codes = [f"Q{number:06d}" for number in range(first, first + count)]
    School.objects.bulk_create(
        School(code=code, name=f"Trường {code}", school_type="TH", area=area) for code in codes
    )
    schools = list(School.objects.filter(code__in=codes))
    SchoolPeriodStatus.objects.bulk_create(
        SchoolPeriodStatus(
            period=period,
            school=school,
            area=area,
            area_path=area.path,
            school_type="TH",
            status=CompletionStatus.NOT_STARTED if number % 3 else CompletionStatus.COMPLETE,
            missing_level_ids=[],
        )
        for number, school in enumerate(schools)
    )


def _dashboard_queries(client) -> tuple[int, int]:
    client.get(DASHBOARD)  # warm Wagtail's own caches, as a running server has
    with CaptureQueriesContext(connection) as queries:
        response = client.get(DASHBOARD)
    assert response.status_code == 200
    return len(queries), response.context["headline"].expected


def test_dashboard_query_count_is_the_same_for_10_and_1000_schools(client, world, period):
    client.force_login(world.officer_province)
    _bulk_schools(10, world.commune_a, period, first=0)
    small, expected = _dashboard_queries(client)
    assert expected == 12
    _bulk_schools(990, world.commune_b, period, first=10)
    large, expected = _dashboard_queries(client)
    assert expected == 1002
    assert small == large


def test_only_province_officers_set_reporting_periods(
    client, world, period, django_capture_on_commit_callbacks
):
    client.force_login(world.officer_a)
    assert client.get(reverse("reporting_periods:index")).status_code in (302, 403)
    client.force_login(world.officer_province)
    assert client.get(reverse("reporting_periods:index")).status_code == 200
    response = client.post(
        reverse("reporting_periods:add"),
        {
            "name": "Trùng kỳ",
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
            "due_date": period.due_date.isoformat(),
            "sessions_required": 1,
            "verified_only": "on",
        },
    )
    assert response.status_code == 200
    assert "trùng thời gian" in response.content.decode()
    next_start = period.end + datetime.timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("reporting_periods:add"),
            {
                "name": "Kỳ sau",
                "start": next_start.isoformat(),
                "end": (next_start + datetime.timedelta(days=100)).isoformat(),
                "due_date": (next_start + datetime.timedelta(days=110)).isoformat(),
                "sessions_required": 1,
            },
        )
    assert response.status_code == 302
    created = ReportingPeriod.objects.get(name="Kỳ sau")
    # Rebuilt on save by the task, enqueued on commit (run inline by the tests' backend).
    assert created.school_statuses.count() == 2
    assert not created.rebuild_pending


def test_teacher_portal_shows_the_schools_status_and_what_is_missing(client, world, period):
    from schools.models import School

    School.objects.get(pk=world.school_b.pk).levels.add(world.primary_lesson.age_bands.get())
    completion_build(period=period)
    client.force_login(world.teacher_b)
    html = client.get("/portal/").content.decode()
    assert "Kỳ hiện tại" in html
    assert "Đang thực hiện" in html
    assert "còn thiếu: Tiểu học" in html
    client.force_login(world.teacher_a)
    html = client.get("/portal/").content.decode()
    assert "Hoàn thành" in html and "đúng hạn" in html


def test_home_page_shows_the_figure_for_the_current_period(
    client, world, period, django_assert_max_num_queries
):
    client.get("/")
    with django_assert_max_num_queries(20):
        html = client.get("/", {"x": "1"}).content.decode()
    assert "1/2 trường đã thực hiện chương trình (50,0%)" in html
    assert "Trường THCS" not in html  # aggregates only, no school is named
