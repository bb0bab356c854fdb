"""Spreadsheet formula injection: text that people type — a class name, a school's name, a
reason for returning a session, an area's name, a quiz title — comes out of every export as text
a spreadsheet program shows and never runs (OWASP "CSV injection"), while numbers stay numbers.

The admin lists (sessions, schools, teacher accounts, quiz reports), the teachers' portal, the
completion dashboard and the import templates all write through ``core.spreadsheets``."""

import csv
import datetime
import io
import re
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.urls import URLResolver, get_resolver, reverse
from openpyxl import load_workbook
from wagtail.models import Page

from completion.models import ReportingPeriod
from completion.services import completion_build, period_save
from core.spreadsheets.writing import SafeSpreadsheetExportMixin
from delivery.models import DeliverySession, SessionStatus
from schools.models import Area, School
from tests.factories.delivery import DeliverySessionFactory
from tests.factories.quizzes import QuizPageFactory
from tests.security.helpers import login

HYPERLINK = '=HYPERLINK("http://evil.example/x","click")'
CMD = "+cmd|' /C calc'!A0"
SUM = "@SUM(1+1)"
MINUS = "-2+3"
SCHOOL_NAME = "=1+1"
PERIOD_NAME = "Học kỳ I"

NUMBER = re.compile(r"-?\d+(,\d+)?")  # CSV: a decimal comma, as Vietnamese Excel reads
FORMATS = ["csv", "xlsx"]


@pytest.fixture
def poisoned(world):
    """School A's data as someone typing formulas would leave it."""
    DeliverySession.objects.filter(pk=world.session_a.pk).update(
        class_name=HYPERLINK,
        lesson_title=SUM,
        notes=CMD,
        return_reason=CMD,
        status=SessionStatus.RETURNED,
    )
    DeliverySessionFactory(
        school=world.school_a,
        lesson=world.lesson,
        age_band=world.thcs,
        class_name=MINUS,
        notes=MINUS,
        return_reason=HYPERLINK,
        participants=28,
    )
    School.objects.filter(pk=world.school_a.pk).update(name=SCHOOL_NAME, address=MINUS)
    Area.objects.filter(pk=world.district_a.pk).update(name=MINUS)
    Area.objects.filter(pk=world.commune_a.pk).update(name=SUM)
    get_user_model().objects.filter(pk=world.teacher_a.pk).update(
        first_name=HYPERLINK, last_name=""
    )
    return world


@pytest.fixture
def period(poisoned):
    today = datetime.date.today()
    period = period_save(
        period=ReportingPeriod(
            name=PERIOD_NAME,
            start=today - datetime.timedelta(days=60),
            end=today + datetime.timedelta(days=60),
            due_date=today + datetime.timedelta(days=70),
        )
    )
    completion_build(period=period)
    return period


# ---------------------------------------------------------------------------------------------
# Reading the exports back


def _content(response) -> bytes:
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


def _formula_like(text: str) -> bool:
    if NUMBER.fullmatch(text):
        return False  # a negative number is a number
    return text.startswith(("\t", "\r")) or text.lstrip().startswith(("=", "+", "-", "@"))


def csv_rows(response) -> list[list[str]]:
    text = _content(response).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
    cells = [cell for row in rows for cell in row]
    assert [cell for cell in cells if _formula_like(cell)] == []
    assert text.startswith("\ufeff"), "no byte-order mark: Excel would garble Vietnamese"
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return rows


def xlsx_rows(response, sheet=0) -> list[list]:
    content = _content(response)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name), f"a formula in {name}"
    workbook = load_workbook(io.BytesIO(content))
    cells = [cell for ws in workbook.worksheets for row in ws.iter_rows() for cell in row]
    assert [cell.coordinate for cell in cells if cell.data_type == "f"] == []
    texts = [cell.value for cell in cells if isinstance(cell.value, str)]
    assert [text for text in texts if _formula_like(text)] == []
    return [[cell.value for cell in row] for row in workbook.worksheets[sheet].iter_rows()]


def read(response, file_format) -> list[list]:
    return csv_rows(response) if file_format == "csv" else xlsx_rows(response)


def assert_shown_as_text(rows, *payloads):
    cells = {cell for row in rows for cell in row}
    for payload in payloads:
        assert "'" + payload in cells, f"{payload!r} is not in the export as text"


def row_with(rows, value) -> list:
    return next(row for row in rows if value in row)


# ---------------------------------------------------------------------------------------------
# Sessions: the officers' admin list and the teachers' portal

SESSION_PAYLOADS = (HYPERLINK, CMD, SUM, MINUS, SCHOOL_NAME)


@pytest.mark.parametrize("file_format", FORMATS)
@pytest.mark.parametrize("who", ["superuser", "officer_province"])
def test_admin_sessions_export(poisoned, superuser, who, file_format):
    user = superuser if who == "superuser" else poisoned.officer_province
    response = login(user).get("/admin/sessions/", {"export": file_format})
    rows = read(response, file_format)
    assert rows[0][:2] == ["Mã trường", "Trường"]
    assert_shown_as_text(rows, *SESSION_PAYLOADS)
    # code, school, area, type, date, lesson, class, band, audience, mode, participants,
    # girls, ethnic minority, minutes, evidence, status, return reason
    session = next(row for row in rows if row[6] == "'" + HYPERLINK)
    other = next(row for row in rows if row[6] == "'" + MINUS)
    assert session[1] == "'" + SCHOOL_NAME and session[2] == "'" + SUM  # the school's commune
    assert session[5] == "'" + SUM and session[16] == "'" + CMD
    assert other[16] == "'" + HYPERLINK
    if file_format == "xlsx":
        assert (session[10], session[13], session[14], other[10]) == (35, 45, 1, 28)
        assert isinstance(session[4], datetime.datetime) and session[11] is None
    else:
        assert (session[10], session[13], session[14], other[10]) == ("35", "45", "1", "28")
        assert session[4] == poisoned.session_a.date.isoformat() and session[11] == ""


def test_portal_sessions_export(poisoned):
    response = login(poisoned.teacher_a).get(reverse("portal:session_export"))
    assert response["Content-Disposition"] == 'attachment; filename="buoi-day.csv"'
    rows = csv_rows(response)
    assert rows[0][:3] == ["Mã trường", "Trường", "Ngày dạy"]
    assert_shown_as_text(rows, *SESSION_PAYLOADS)
    # code, school, date, lesson, class, band, audience, mode, participants, girls,
    # ethnic minority, minutes, status, return reason
    session = next(row for row in rows if row[4] == "'" + HYPERLINK)
    assert session[1] == "'" + SCHOOL_NAME and session[3] == "'" + SUM
    assert session[2] == poisoned.session_a.date.isoformat()
    assert (session[8], session[9], session[11], session[13]) == ("35", "", "45", "'" + CMD)
    assert "Phước Thắng" not in {cell for row in rows for cell in row}


# ---------------------------------------------------------------------------------------------
# Schools, teacher accounts, the import templates


@pytest.mark.parametrize("file_format", FORMATS)
def test_schools_export(poisoned, file_format):
    response = login(poisoned.officer_province).get(
        reverse("schools:index"), {"export": file_format}
    )
    rows = read(response, file_format)
    assert_shown_as_text(rows, SCHOOL_NAME, SUM, MINUS)
    school = row_with(rows, "'" + SCHOOL_NAME)
    # code, name, type, area code, area, levels, enrolment, address, active
    assert school[0] == poisoned.school_a.code and school[4] == "'" + SUM
    assert school[7] == "'" + MINUS and school[8] == "1"
    enrolment = poisoned.school_a.enrolment
    assert school[6] == (enrolment if file_format == "xlsx" else str(enrolment))


@pytest.mark.parametrize("file_format", FORMATS)
def test_teacher_accounts_export(poisoned, file_format):
    response = login(poisoned.officer_province).get(
        reverse("teachers:index"), {"export": file_format}
    )
    rows = read(response, file_format)
    assert_shown_as_text(rows, HYPERLINK, SCHOOL_NAME)


def test_import_template_guide(poisoned):
    client = login(poisoned.officer_a)
    guide = xlsx_rows(client.get(reverse("schools:import_template"), {"format": "xlsx"}), 1)
    assert_shown_as_text(guide, SUM)  # the officer's communes, by code and name
    csv_rows(client.get(reverse("schools:import_template"), {"format": "csv"}))


# ---------------------------------------------------------------------------------------------
# The completion dashboard: per school and rolled up


@pytest.mark.parametrize("file_format", FORMATS)
def test_completion_export_per_school(poisoned, period, file_format):
    response = login(poisoned.officer_province).get(
        reverse("completion_dashboard"), {"export": file_format, "period": period.pk}
    )
    rows = read(response, file_format)
    assert_shown_as_text(rows, SCHOOL_NAME, SUM)
    school = row_with(rows, "'" + SCHOOL_NAME)
    # code, name, type, area, status, on time, missing levels, sessions, participants, enrolment
    assert school[0] == poisoned.school_a.code and school[3] == "'" + SUM
    enrolment = poisoned.school_a.enrolment
    if file_format == "xlsx":
        assert all(isinstance(value, int) for value in school[7:10])
        assert school[9] == enrolment
    else:
        assert all(NUMBER.fullmatch(value) for value in school[7:10])
        assert school[9] == str(enrolment)


def test_completion_xlsx_export_of_a_period_named_with_a_slash(poisoned, period):
    # Excel forbids / in a worksheet's name: the period's name is cleaned, not a server error.
    ReportingPeriod.objects.filter(pk=period.pk).update(name="Học kỳ I 2025/2026")
    response = login(poisoned.officer_province).get(
        reverse("completion_dashboard"), {"export": "xlsx", "period": period.pk}
    )
    xlsx_rows(response)
    assert load_workbook(io.BytesIO(response.content)).active.title == "Học kỳ I 2025-2026"


@pytest.mark.parametrize("file_format", FORMATS)
def test_completion_export_rolled_up(poisoned, period, file_format):
    response = login(poisoned.officer_province).get(
        reverse("completion_dashboard"),
        {"export": file_format, "table": "rollup", "period": period.pk},
    )
    rows = read(response, file_format)
    assert_shown_as_text(rows, MINUS)  # district A's name
    district = row_with(rows, "'" + MINUS)
    total = rows[-1]
    assert total[0] == "Tổng"
    if file_format == "xlsx":
        assert all(isinstance(value, int | float) for value in district[2:] + total[2:])
        assert total[2] == 2
    else:
        assert all(NUMBER.fullmatch(value) for value in district[2:] + total[2:])
        assert total[2] == "2"


# ---------------------------------------------------------------------------------------------
# Quiz reports


@pytest.mark.parametrize("file_format", FORMATS)
def test_quiz_report_export(poisoned, superuser, file_format):
    QuizPageFactory(parent=poisoned.lesson, title=HYPERLINK)
    response = login(superuser).get(reverse("quiz_results_index"), {"export": file_format})
    rows = read(response, file_format)
    assert_shown_as_text(rows, HYPERLINK)
    quiz = row_with(rows, "'" + HYPERLINK)
    assert quiz[1:] == ([0, 0] if file_format == "xlsx" else ["0", "0"])


# ---------------------------------------------------------------------------------------------
# No export of the project's own left out


def _views(patterns):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _views(pattern.url_patterns)
        elif view_class := getattr(pattern.callback, "view_class", None):
            yield view_class, getattr(pattern.callback, "view_initkwargs", {})


def test_every_project_view_that_exports_writes_through_core_spreadsheets():
    exporting = [
        view_class
        for view_class, initkwargs in _views(get_resolver().url_patterns)
        if not view_class.__module__.startswith("wagtail.")
        and (getattr(view_class, "list_export", None) or initkwargs.get("list_export"))
    ]
    names = {view_class.__name__ for view_class in exporting}
    assert {"SessionIndexView", "SchoolIndexView", "QuizListReportView"} <= names
    unsafe = {view for view in exporting if not issubclass(view, SafeSpreadsheetExportMixin)}
    assert unsafe == set(), (
        "these views export CSV/XLSX without neutralising formulas: put "
        "core.spreadsheets.writing.SafeSpreadsheetExportMixin before the Wagtail view class"
    )


def test_wagtails_own_report_csv_neutralises_an_editors_title(poisoned, superuser):
    """The aging pages report is Wagtail's; a title typed by an editor is a cell there."""
    Page.objects.filter(pk=poisoned.lesson.get_parent().get_parent().pk).update(title=HYPERLINK)
    response = login(superuser).get(reverse("wagtailadmin_reports:aging_pages"), {"export": "csv"})
    text = _content(response).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    cells = [cell for row in rows for cell in row]
    assert "'" + HYPERLINK in cells
    assert [cell for cell in cells if _formula_like(cell)] == []
