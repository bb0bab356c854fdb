"""Large school imports go to the worker: the officer gets a page to come back to, and the
result (counts, or every error) is there once the task ran. Small ones stay in the request;
teacher accounts always do (their passwords are shown once and stored nowhere)."""

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django_tasks import default_task_backend

from schools import import_views
from schools.models import ImportJob, ImportJobStatus, School
from schools.tasks import school_import_apply
from tests.factories.schools import SchoolFactory

pytestmark = pytest.mark.django_db

HEADER = "code,name,type,area,levels,enrolment\n"
DUMMY_TASKS = {
    "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend", "QUEUES": ["default"]}
}
PROCESSING = "Tệp đang được xử lý…"


def _file(rows: int) -> bytes:
    lines = [f"59{i:05d},Trường Tiểu học Số {i},TH,Xã Lâm Sơn,Tiểu học,100\n" for i in range(rows)]
    return (HEADER + "".join(lines)).encode()


def _preview(client, content: bytes) -> str:
    response = client.post(
        reverse("schools:import"), {"file": SimpleUploadedFile("truong.csv", content)}
    )
    assert response.status_code == 200
    return response.context["token"]


def _confirm_queued(client, token, capture):
    """Confirm with a queue that does not run the task; the job and what was enqueued."""
    with override_settings(TASKS=DUMMY_TASKS):
        with capture(execute=True):
            response = client.post(reverse("schools:import"), {"token": token})
        queued = [(r.task.module_path, r.args) for r in default_task_backend.results]
    job = ImportJob.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("schools:import_job", args=[job.pk])
    assert queued == [("schools.tasks.school_import_apply", [str(job.pk)])]
    return job


def test_a_400_row_import_is_queued_then_applied(client, world, django_capture_on_commit_callbacks):
    client.force_login(world.officer_a)
    token = _preview(client, _file(400))
    job = _confirm_queued(client, token, django_capture_on_commit_callbacks)
    assert job.rows == 400 and job.status == ImportJobStatus.QUEUED
    assert default_storage.exists(job.stored_path)  # kept for the worker
    assert not School.objects.filter(code__startswith="59").exists()  # not in the request
    page = client.get(reverse("schools:import_job", args=[job.pk]))
    html = page.content.decode()
    assert PROCESSING in html and "Xem kết quả" in html
    assert "Xem kết quả" in client.get(reverse("schools:import")).content.decode()

    school_import_apply.enqueue(str(job.pk))  # the worker (inline here)
    job.refresh_from_db()
    assert job.status == ImportJobStatus.DONE and job.created == 400
    assert School.objects.filter(code__startswith="59").count() == 400
    assert not default_storage.exists(job.stored_path)
    html = client.get(reverse("schools:import_job", args=[job.pk])).content.decode()
    assert "Đã nhập: 400 trường mới, 0 trường cập nhật, 0 không đổi." in html
    assert PROCESSING not in html
    # A task run twice (a retry after a lost answer) applies nothing again.
    assert school_import_apply.enqueue(str(job.pk)).return_value is None


def test_the_worker_checks_again_and_shows_every_error(
    client, world, django_capture_on_commit_callbacks
):
    client.force_login(world.officer_a)
    token = _preview(client, _file(350))
    job = _confirm_queued(client, token, django_capture_on_commit_callbacks)
    # Meanwhile a school with one of the file's codes appeared in district B: out of scope.
    SchoolFactory(code="5900007", area=world.commune_b)
    school_import_apply.enqueue(str(job.pk))
    job.refresh_from_db()
    assert job.status == ImportJobStatus.REFUSED
    assert not School.objects.filter(code="5900001").exists()  # all or nothing
    html = client.get(reverse("schools:import_job", args=[job.pk])).content.decode()
    assert "ngoài phạm vi quản lý" in html and "<td>9</td>" in html  # line 9 of the file


def test_only_the_sender_and_superusers_see_a_queued_import(
    client, world, superuser, django_capture_on_commit_callbacks
):
    client.force_login(world.officer_a)
    job = _confirm_queued(client, _preview(client, _file(301)), django_capture_on_commit_callbacks)
    url = reverse("schools:import_job", args=[job.pk])
    client.force_login(world.officer_b)
    assert client.get(url).status_code == 404
    client.force_login(superuser)
    assert client.get(url).status_code == 200


def test_small_imports_stay_in_the_request(client, world):
    client.force_login(world.officer_a)
    token = _preview(client, _file(import_views.IMPORT_QUEUE_ROWS))
    response = client.post(reverse("schools:import"), {"token": token})
    assert response.status_code == 302 and response.url == reverse("schools:index")
    assert School.objects.filter(code__startswith="59").count() == import_views.IMPORT_QUEUE_ROWS
    assert not ImportJob.objects.exists()


def test_teacher_account_imports_are_never_queued():
    # Their passwords are shown on the answer page once; nothing may keep them for later.
    assert import_views.TeacherImportView.queue_above_rows is None


def test_an_import_that_fails_every_attempt_says_so(
    client, world, monkeypatch, django_capture_on_commit_callbacks
):
    client.force_login(world.officer_a)
    job = _confirm_queued(client, _preview(client, _file(301)), django_capture_on_commit_callbacks)

    def broken(**kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr("schools.services.import_jobs.school_import", broken)
    school_import_apply.enqueue(str(job.pk))  # three attempts, inline
    job.refresh_from_db()
    assert job.status == ImportJobStatus.FAILED
    assert not default_storage.exists(job.stored_path)
    html = client.get(reverse("schools:import_job", args=[job.pk])).content.decode()
    assert "lỗi hệ thống" in html
