"""The schools app's background tasks, run by `manage.py db_worker`."""

from core.tasks import retried_task
from schools.services.import_jobs import school_import_job_give_up, school_import_job_run


def _give_up(job_id: str) -> None:
    school_import_job_give_up(job_id=job_id)


@retried_task(on_give_up=_give_up)
def school_import_apply(job_id: str) -> dict | None:
    """Apply a large school import the officer confirmed (``schools.import_views``)."""
    return school_import_job_run(job_id=job_id)
