"""The teacher portal gives one clear status line per school, never "pending" and "missing"
together."""

import datetime

import pytest

from completion.models import ReportingPeriod
from completion.services import completion_build, period_save
from delivery.models import DeliverySession, SessionStatus
from schools.models import School
from tests.world import tree, world  # noqa: F401 - the shared world

pytestmark = pytest.mark.django_db


@pytest.fixture
def period(world):  # noqa: F811
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


def _status_line(html: str) -> str:
    start = html.index('class="completion-status')
    return html[start : html.index("</p>", start)]


def test_a_pending_school_reads_as_waiting_for_verification_only(client, world, period):  # noqa: F811
    client.force_login(world.teacher_b)
    line = _status_line(client.get("/portal/").content.decode())
    assert "Chờ xác nhận" in line
    assert "Đủ buổi dạy, đang chờ cán bộ quản lý xác nhận" in line
    assert "còn thiếu" not in line.lower()


def test_a_school_in_progress_reads_as_what_is_missing(client, world, period):  # noqa: F811
    School.objects.get(pk=world.school_b.pk).levels.add(world.primary_lesson.age_bands.get())
    completion_build(period=period)
    client.force_login(world.teacher_b)
    line = _status_line(client.get("/portal/").content.decode())
    assert "Đang thực hiện" in line and "còn thiếu: Tiểu học" in line
    assert "chờ cán bộ quản lý xác nhận" not in line
