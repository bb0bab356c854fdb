"""core/tasks.py: retried tasks, and the superusers' report of the queue ("Tác vụ nền")."""

import datetime
import logging
from pathlib import Path

import pytest
from django.urls import reverse
from django_tasks import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page

from core.tasks import TASK_ATTEMPTS, retried_task
from tests.world import superuser, tree, world  # noqa: F401 - the shared world

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
CALLS: dict[str, int] = {}


class Flaky(Exception):
    pass


@retried_task(delay=datetime.timedelta(0))
def flaky(key: str, failures: int) -> str:
    """Fails ``failures`` times for ``key``, then succeeds."""
    CALLS[key] = CALLS.get(key, 0) + 1
    if CALLS[key] <= failures:
        raise Flaky("pupil Nguyễn Văn A, school 58000101")  # data: never in the log
    return f"done after {CALLS[key]}"


@pytest.fixture(autouse=True)
def _calls():
    CALLS.clear()


def run_worker() -> int:
    """What `manage.py db_worker --batch` does, in the test's transaction: claim each ready
    task and run it, until none is left; the number run."""
    worker = Worker(
        queue_names=["default"], interval=0, batch=True, backend_name="default",
        startup_delay=False, max_tasks=None, worker_id="test-worker", excluded_queue_names=[],
    )  # fmt: skip
    count = 0
    while (result := DBTaskResult.objects.ready().first()) is not None:
        result.claim(worker.worker_id)
        worker.run_task(result)
        count += 1
    return count


def test_a_task_that_fails_twice_is_retried_and_ends_done(caplog):
    caplog.set_level(logging.WARNING, logger="curriculum.tasks")
    result = flaky.enqueue("a", 2)  # the immediate backend runs the attempts inline
    assert CALLS["a"] == 3
    assert result.status == TaskResultStatus.FAILED  # the first attempt failed…
    retries = [r for r in caplog.records if r.name == "curriculum.tasks"]
    assert [r.levelname for r in retries] == ["WARNING", "WARNING"]  # …and was retried
    assert "attempt 1/3" in retries[0].getMessage() and "Flaky" in retries[0].getMessage()
    assert "Nguyễn" not in caplog.text and "58000101" not in caplog.text


def test_on_the_database_queue_retries_are_rows_and_the_last_one_is_done(settings):
    settings.TASKS = DB_TASKS
    flaky.enqueue("b", 2)
    assert run_worker() == 3
    results = list(DBTaskResult.objects.order_by("enqueued_at"))
    assert [r.status for r in results] == ["FAILED", "FAILED", "SUCCESSFUL"]
    assert [r.args_kwargs["kwargs"].get("task_attempt", 1) for r in results] == [1, 2, 3]
    assert results[-1].return_value == "done after 3"
    assert results[1].run_after >= results[0].enqueued_at  # deferred, with run_after


def test_after_three_failures_it_is_logged_and_listed_for_superusers(
    settings,
    caplog,
    client,
    superuser,  # noqa: F811 - the shared fixture
):
    settings.TASKS = DB_TASKS
    caplog.set_level(logging.WARNING, logger="curriculum.tasks")
    flaky.enqueue("c", 10)
    assert run_worker() == TASK_ATTEMPTS
    assert CALLS["c"] == TASK_ATTEMPTS
    assert DBTaskResult.objects.failed().count() == TASK_ATTEMPTS
    given_up = [
        r for r in caplog.records if r.name == "curriculum.tasks" and r.levelname == "ERROR"
    ]
    assert len(given_up) == 1 and "given up" in given_up[0].getMessage()
    assert "Nguyễn" not in caplog.text

    flaky.enqueue("d", 0)
    run_worker()
    client.force_login(superuser)
    html = client.get(reverse("task_results_report")).content.decode()
    assert "tests.core.test_tasks.flaky" in html
    assert "tests.core.test_tasks.Flaky" in html
    assert "3/3" in html
    # Failed ones first: the successful task, though newest, comes after them.
    assert html.index("tests.core.test_tasks.Flaky") < html.index("Successful")
    export = client.get(reverse("task_results_report"), {"export": "csv"})
    assert export.status_code == 200
    lines = b"".join(export.streaming_content).decode("utf-8-sig").splitlines()
    assert len(lines) == 1 + TASK_ATTEMPTS + 1
    assert "Flaky" in lines[1] and "Successful" in lines[-1]


def test_the_report_is_refused_to_anyone_but_superusers(client, world):  # noqa: F811
    # Admin users who are not superusers (a teacher has no admin: Wagtail sends them to log in).
    client.force_login(world.teacher_a)
    assert client.get(reverse("task_results_report")).url.startswith("/admin/login/")
    for user in (world.officer_province, world.officer_a):
        client.force_login(user)
        assert client.get(reverse("task_results_report")).status_code == 403
        assert client.get(reverse("task_results_report_results")).status_code == 403
        response = client.get(reverse("task_results_report"), {"export": "csv"})
        assert response.status_code == 403


def test_the_report_is_in_the_reports_menu_of_superusers_only(client, world, superuser):  # noqa: F811
    client.force_login(superuser)
    assert (
        reverse("task_results_report") in client.get(reverse("wagtailadmin_home")).content.decode()
    )
    client.force_login(world.officer_province)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("task_results_report") not in html


def test_wagtails_own_tasks_wait_for_the_worker_instead_of_running_in_the_request(settings):
    """The deployed settings queue Wagtail 8's tasks (the reference index here) like ours."""
    from curriculum_site.settings import base

    assert base.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
    settings.TASKS = DB_TASKS
    page = Page.objects.get(depth=1)
    page.title = "Gốc"
    page.save()
    results = DBTaskResult.objects.filter(task_path="wagtail.tasks.update_reference_index_task")
    assert list(results.values_list("status", flat=True)) == [TaskResultStatus.READY]
    assert run_worker() >= 1
    assert list(results.values_list("status", flat=True)) == [TaskResultStatus.SUCCESSFUL]


def test_make_run_starts_the_task_worker_beside_the_web_server():
    processes = dict(
        line.split(":", 1)
        for line in (ROOT / "Procfile").read_text().splitlines()
        if line and not line.startswith("#")
    )
    assert set(processes) == {"web", "worker"}
    assert processes["worker"].split() == ["python", "manage.py", "db_worker"]
