"""Large school imports, applied by the worker: the officer confirmed the preview, the file
waits in default_storage (``imports/``), and the task checks and applies it again — the data
may have changed since the preview, so every row is validated anew, all or nothing."""

from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.utils import timezone
from django.utils.translation import gettext as _

from schools.models import ImportJob, ImportJobStatus
from schools.services.registry import school_import


def _errors(errors) -> list[dict]:
    return [{"line": e.line, "field": str(e.field), "message": str(e.message)} for e in errors]


def _finish(job: ImportJob, status: str, **fields) -> None:
    job.status = status
    job.finished_at = timezone.now()
    for name, value in fields.items():
        setattr(job, name, value)
    job.save()
    if default_storage.exists(job.stored_path):
        default_storage.delete(job.stored_path)


def school_import_job_run(*, job_id: str) -> dict | None:
    """Apply a queued school import; what it did, as the job records it. Raises (so the task
    is retried, the file kept) only on unexpected errors; a file with errors is an answer."""
    job = ImportJob.objects.filter(pk=job_id, status=ImportJobStatus.QUEUED).first()
    if job is None:
        return None  # already applied or refused
    try:
        with default_storage.open(job.stored_path, "rb") as stored:
            content = stored.read()
    except FileNotFoundError:
        message = _("tệp đã bị xoá trước khi được xử lý; hãy tải tệp lên lại.")
        _finish(job, ImportJobStatus.FAILED, errors=[{"line": 0, "field": "", "message": message}])
        return {"status": job.status}
    user = get_user_model().objects.filter(pk=job.user_id, is_active=True).first()
    if user is None:
        message = _("tài khoản gửi tệp không còn hoạt động.")
        _finish(job, ImportJobStatus.FAILED, errors=[{"line": 0, "field": "", "message": message}])
        return {"status": job.status}
    result = school_import(name=job.file_name, content=content, user=user, dry_run=False)
    if result.errors:
        _finish(job, ImportJobStatus.REFUSED, errors=_errors(result.errors))
    else:
        _finish(
            job,
            ImportJobStatus.DONE,
            created=result.created,
            updated=result.updated,
            unchanged=result.unchanged,
        )
    return {"status": job.status, "created": job.created, "updated": job.updated}


def school_import_job_give_up(*, job_id: str) -> None:
    """Every attempt failed: the job says so, and keeps nothing of the file."""
    job = ImportJob.objects.filter(pk=job_id, status=ImportJobStatus.QUEUED).first()
    if job is not None:
        message = _("lỗi hệ thống khi nhập; chưa nhập gì. Hãy thử lại sau hoặc báo quản trị.")
        _finish(job, ImportJobStatus.FAILED, errors=[{"line": 0, "field": "", "message": message}])
