"""The completion app's background tasks, run by `manage.py db_worker`."""

import datetime

from completion.reminders import reminders_send_run
from completion.services import period_rebuild_run
from core.tasks import retried_task


@retried_task
def period_rebuild(period_id: int) -> int | None:
    """Rebuild a saved period's status rows (enqueued by ``period_save``)."""
    return period_rebuild_run(period_id=period_id)


@retried_task
def reminders_send(day: str) -> dict:
    """The day's reminders (enqueued by ``manage.py completion_remind``); ``day`` ISO."""
    return reminders_send_run(today=datetime.date.fromisoformat(day))
