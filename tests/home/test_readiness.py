"""/readyz/ (home.views.ready): the database, the cache and the task queue, for a load balancer."""

import datetime

import pytest
from django.db import OperationalError
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult

pytestmark = pytest.mark.django_db

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
SECRET_TEXT = "password=s3cret host=db.internal user=nguyen.van.a"


@task()
def noop() -> None:
    """A task that is never run here: it only waits in the queue."""


@pytest.fixture
def queue(settings):
    settings.TASKS = DB_TASKS
    settings.READINESS_MAX_TASK_AGE_SECONDS = 300


def waiting(seconds: int, **fields) -> DBTaskResult:
    """A task enqueued ``seconds`` ago (enqueued_at is set on insert, so moved back after)."""
    result = DBTaskResult.objects.get(id=noop.enqueue().id)
    fields.setdefault("enqueued_at", timezone.now() - datetime.timedelta(seconds=seconds))
    DBTaskResult.objects.filter(pk=result.pk).update(**fields)
    return result


def test_ready_answers_200_with_each_check_and_is_never_cached(client, queue):
    response = client.get("/readyz/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "database": "ok",
        "cache": "ok",
        "tasks": "ok",
        "oldest_task_seconds": 0,
    }
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies


def test_health_stays_a_plain_liveness_check(client):
    response = client.get("/healthz/")
    assert response.status_code == 200 and response.content == b"ok"


def test_a_task_waiting_less_than_the_limit_is_reported_but_ready(client, queue):
    waiting(200)
    response = client.get("/readyz/")
    assert response.status_code == 200
    assert 200 <= response.json()["oldest_task_seconds"] < 260


def test_a_task_waiting_longer_than_the_limit_makes_it_not_ready(client, queue):
    waiting(30)
    waiting(301)
    response = client.get("/readyz/")
    assert response.status_code == 503
    body = response.json()
    assert body["tasks"] == "late" and body["database"] == "ok" and body["cache"] == "ok"
    assert body["oldest_task_seconds"] >= 301
    assert "no-store" in response["Cache-Control"]


def test_the_limit_is_a_setting(client, queue, settings):
    waiting(100)
    settings.READINESS_MAX_TASK_AGE_SECONDS = 60
    assert client.get("/readyz/").status_code == 503


def test_started_and_finished_tasks_do_not_count(client, queue):
    waiting(3600, status=TaskResultStatus.RUNNING, started_at=timezone.now())
    waiting(3600, status=TaskResultStatus.SUCCESSFUL, finished_at=timezone.now())
    waiting(3600, status=TaskResultStatus.FAILED, finished_at=timezone.now())
    response = client.get("/readyz/")
    assert response.status_code == 200
    assert response.json()["oldest_task_seconds"] == 0


def test_a_deferred_task_waits_from_its_run_after(client, queue):
    now = timezone.now()
    waiting(3600, run_after=now + datetime.timedelta(minutes=5))  # a retry, not due yet
    assert client.get("/readyz/").json()["oldest_task_seconds"] == 0
    waiting(3600, run_after=now - datetime.timedelta(seconds=20))  # due 20 s ago
    body = client.get("/readyz/").json()
    assert 20 <= body["oldest_task_seconds"] < 80


def test_a_cache_that_keeps_nothing_is_not_ready(client, queue, settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
        "counters": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    response = client.get("/readyz/")
    assert response.status_code == 503
    assert response.json()["cache"] == "error"
    assert response.json()["database"] == "ok"


def test_a_cache_that_fails_is_not_ready_and_its_error_is_not_shown(client, queue, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError(SECRET_TEXT)

    monkeypatch.setattr("home.views.cache.set", broken)
    response = client.get("/readyz/")
    assert response.status_code == 503
    assert response.json()["cache"] == "error"
    assert SECRET_TEXT.encode() not in response.content


def test_a_database_that_fails_is_not_ready_and_its_error_is_not_shown(
    client, queue, monkeypatch, caplog
):
    class BrokenConnection:
        def cursor(self):
            raise OperationalError(SECRET_TEXT)

    monkeypatch.setattr("home.views.connection", BrokenConnection())
    response = client.get("/readyz/")
    assert response.status_code == 503
    assert response.json() == {
        "database": "error",
        "cache": "ok",
        "tasks": "error",
        "oldest_task_seconds": None,
    }
    assert SECRET_TEXT.encode() not in response.content
    assert "s3cret" not in caplog.text and "OperationalError" in caplog.text


def test_a_missing_task_table_is_not_ready(client, queue, monkeypatch):
    def broken(*args, **kwargs):
        raise OperationalError("no such table: django_tasks_db_dbtaskresult")

    monkeypatch.setattr("home.views._oldest_task_seconds", broken)
    response = client.get("/readyz/")
    assert response.status_code == 503
    assert response.json()["tasks"] == "error" and response.json()["database"] == "ok"


def test_concurrent_probes_do_not_read_each_others_value_and_leave_no_key():
    from concurrent.futures import ThreadPoolExecutor

    from django.core.cache import cache

    from home.views import _cache_ok

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: _cache_ok(), range(400)))
    assert all(results)
    assert not [key for key in cache._cache if "readiness" in key]
