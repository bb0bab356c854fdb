"""The completion app's background tasks, run by `manage.py db_worker`."""

from completion.services import period_rebuild_run
from core.tasks import retried_task


@retried_task
def period_rebuild(period_id: int) -> int | None:
    """Rebuild a saved period's status rows (enqueued by ``period_save``)."""
    return period_rebuild_run(period_id=period_id)
