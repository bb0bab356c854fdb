"""Saving a reporting period answers at once: the worker rebuilds its figures, and until then
every page of the period says they are being recalculated instead of showing stale ones."""

import datetime

import pytest
from django.test import override_settings
from django.urls import reverse
from django_tasks import default_task_backend

from completion.models import ReportingPeriod, SchoolPeriodStatus
from completion.services import completion_build, period_save
from completion.tasks import period_rebuild
from delivery.models import SessionStatus

DASHBOARD = "/admin/completion/"
PENDING = "Đang tính lại số liệu của kỳ này…"
DUMMY_TASKS = {
    "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend", "QUEUES": ["default"]}
}


def _dates(today=None):
    today = today or datetime.date.today()
    return {
        "start": (today - datetime.timedelta(days=60)).isoformat(),
        "end": (today + datetime.timedelta(days=60)).isoformat(),
        "due_date": (today + datetime.timedelta(days=70)).isoformat(),
        "sessions_required": 1,
        "verified_only": "on",
    }


@pytest.fixture
def province(client, world):
    client.force_login(world.officer_province)
    return client


def test_saving_a_period_queues_its_rebuild_and_the_pages_say_so(
    province, world, django_capture_on_commit_callbacks
):
    with override_settings(TASKS=DUMMY_TASKS):
        with django_capture_on_commit_callbacks(execute=True):
            response = province.post(
                reverse("reporting_periods:add"), {"name": "Kỳ hiện tại", **_dates()}
            )
        assert response.status_code == 302
        queued = list(default_task_backend.results)  # enqueued once committed
    period = ReportingPeriod.objects.get(name="Kỳ hiện tại")
    # Answered without building a row: the rebuild waits in the queue, once, for this period.
    assert not SchoolPeriodStatus.objects.filter(period=period).exists()
    assert period.rebuild_pending
    assert [(r.task.module_path, r.args) for r in queued] == [
        ("completion.tasks.period_rebuild", [period.pk])
    ]

    html = province.get(DASHBOARD, {"period": period.pk}).content.decode()
    assert PENDING in html
    assert "trường hoàn thành" not in html  # no figures meanwhile
    printed = province.get(DASHBOARD, {"period": period.pk, "print": "1"}).content.decode()
    assert PENDING in printed and "trường hoàn thành" not in printed
    export = province.get(DASHBOARD, {"period": period.pk, "export": "csv"})
    assert export.status_code == 302  # no spreadsheet of figures being recalculated
    assert PENDING in province.get(export.url).content.decode()
    listing = province.get(reverse("reporting_periods:index")).content.decode()
    assert PENDING in listing

    # The worker runs the task (here inline, on the tests' immediate backend).
    period_rebuild.enqueue(period.pk)
    period.refresh_from_db()
    assert not period.rebuild_pending
    assert SchoolPeriodStatus.objects.filter(period=period).count() == 2
    html = province.get(DASHBOARD, {"period": period.pk}).content.decode()
    assert PENDING not in html
    assert "0 / 2 trường hoàn thành" in html
    assert province.get(DASHBOARD, {"period": period.pk, "export": "csv"}).status_code == 200
    assert PENDING not in province.get(reverse("reporting_periods:index")).content.decode()


def test_editing_a_period_hides_its_old_figures_until_rebuilt(
    province, world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        period = period_save(period=ReportingPeriod(name="Kỳ hiện tại", **_dates_model()))
    assert not ReportingPeriod.objects.get(pk=period.pk).rebuild_pending  # built inline
    world.session_a.status = SessionStatus.VERIFIED
    world.session_a.save()
    completion_build(period=period)
    assert "trường hoàn thành" in province.get(DASHBOARD).content.decode()

    form = {"name": "Kỳ hiện tại", **_dates(), "sessions_required": 2}
    with override_settings(TASKS=DUMMY_TASKS), django_capture_on_commit_callbacks(execute=True):
        response = province.post(reverse("reporting_periods:edit", args=[period.pk]), form)
    assert response.status_code == 302
    html = province.get(DASHBOARD).content.decode()
    assert PENDING in html and "1 / 2 trường hoàn thành" not in html  # stale: 2 now needed

    period_rebuild.enqueue(period.pk)
    html = province.get(DASHBOARD).content.decode()
    assert PENDING not in html and "0 / 2 trường hoàn thành" in html


def test_a_rebuild_that_read_an_older_save_leaves_the_newer_one_pending(world):
    with override_settings(TASKS=DUMMY_TASKS):
        period = period_save(period=ReportingPeriod(name="Kỳ hiện tại", **_dates_model()))
    read_by_worker = ReportingPeriod.objects.get(pk=period.pk)
    # The period is saved again while the worker builds from what it read.
    newer = read_by_worker.rebuild_requested_at + datetime.timedelta(seconds=1)
    ReportingPeriod.objects.filter(pk=period.pk).update(rebuild_requested_at=newer)
    completion_build(period=read_by_worker)
    assert ReportingPeriod.objects.get(pk=period.pk).rebuild_requested_at == newer
    # The newer save's own task rebuilds from the newer period and clears it.
    period_rebuild.enqueue(period.pk)
    assert not ReportingPeriod.objects.get(pk=period.pk).rebuild_pending
    # A task whose work an earlier one already did does nothing.
    assert period_rebuild.enqueue(period.pk).return_value is None


def test_a_deleted_period_needs_no_rebuild(world):
    with override_settings(TASKS=DUMMY_TASKS):
        period = period_save(period=ReportingPeriod(name="Kỳ hiện tại", **_dates_model()))
    pk = period.pk
    period.delete()
    assert period_rebuild.enqueue(pk).return_value is None


def _dates_model():
    values = _dates()
    return {
        "start": datetime.date.fromisoformat(values["start"]),
        "end": datetime.date.fromisoformat(values["end"]),
        "due_date": datetime.date.fromisoformat(values["due_date"]),
    }
