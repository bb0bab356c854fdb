"""Background tasks (Django's task framework, the ``django_tasks`` backport): the project's
tasks are retried, logged, and enqueued only once the data they read is committed.

django_tasks runs a task once: an exception marks its result failed and that is all.
``retried_task`` makes a task that, when it raises, logs it (logger ``curriculum.tasks``: the
task, the result's id, the attempt and the exception's class; never arguments or messages,
which may hold people's data) and enqueues itself again, up to ``TASK_ATTEMPTS`` attempts in
all, each later than the one before (``run_after``, on a backend that can defer; at once on
one that cannot, such as the tests' immediate backend). The failed attempt still fails: its
result keeps the exception, for the superusers' report "Tác vụ nền".
"""

import datetime
import logging
from collections.abc import Callable

from django.db import transaction
from django.utils import timezone
from django_tasks import DEFAULT_TASK_QUEUE_NAME, TaskContext, task
from django_tasks.base import Task

logger = logging.getLogger("curriculum.tasks")

TASK_ATTEMPTS = 3
RETRY_DELAY = datetime.timedelta(seconds=30)
# The keyword a retry carries its attempt number in (the first attempt has none).
ATTEMPT_KWARG = "task_attempt"


def retried_task(
    function: Callable | None = None,
    *,
    attempts: int = TASK_ATTEMPTS,
    delay: datetime.timedelta = RETRY_DELAY,
    priority: int = 0,
    queue_name: str = DEFAULT_TASK_QUEUE_NAME,
    on_give_up: Callable | None = None,
):
    """``@task()`` with retries: ``attempts`` in all, the n-th retry ``n × delay`` later.

    ``on_give_up``, if given, is called with the task's arguments after the last attempt
    failed (to record the failure where its users look), before that attempt fails."""

    def decorate(func: Callable) -> Task:
        def run(context: TaskContext, *args, **kwargs):
            attempt = int(kwargs.pop(ATTEMPT_KWARG, 1))
            try:
                return func(*args, **kwargs)
            except Exception as error:
                this = context.task_result
                path = this.task.module_path
                failure = type(error).__name__
                if attempt >= attempts:
                    logger.error(
                        "task %s id=%s attempt %s/%s failed (%s): given up",
                        path, this.id, attempt, attempts, failure,
                    )  # fmt: skip
                    if on_give_up is not None:
                        try:
                            on_give_up(*args, **kwargs)
                        except Exception as give_up_error:
                            logger.error(
                                "task %s id=%s on_give_up failed (%s)",
                                path, this.id, type(give_up_error).__name__,
                            )  # fmt: skip
                    raise
                again = this.task
                if again.get_backend().supports_defer:
                    again = again.using(run_after=timezone.now() + delay * attempt)
                logger.warning(
                    "task %s id=%s attempt %s/%s failed (%s): retrying",
                    path, this.id, attempt, attempts, failure,
                )  # fmt: skip
                again.enqueue(*args, **kwargs, **{ATTEMPT_KWARG: attempt + 1})
                raise

        # The task's path (module.name) must name the Task this returns, at module level;
        # not functools.wraps: the backend reads the signature, whose first argument is
        # the context.
        run.__module__ = func.__module__
        run.__name__ = func.__name__
        run.__qualname__ = func.__qualname__
        run.__doc__ = func.__doc__
        return task(takes_context=True, priority=priority, queue_name=queue_name)(run)

    return decorate(function) if function is not None else decorate


class TaskLogIdsOnly(logging.Filter):
    """django_tasks logs a failed task with its traceback, whose exception message may quote
    people's data: its records keep their ids (task id, path, state), not the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True


def task_logs_ids_only() -> None:
    """Put ``TaskLogIdsOnly`` on the task framework's and the worker's loggers (at startup)."""
    for name in ("django_tasks", "django.tasks", "django_tasks_db"):
        task_logger = logging.getLogger(name)
        if not any(isinstance(f, TaskLogIdsOnly) for f in task_logger.filters):
            task_logger.addFilter(TaskLogIdsOnly())


def task_attempt(kwargs: dict) -> int:
    """The attempt a task result's keyword arguments are (1 for the first)."""
    return int(kwargs.get(ATTEMPT_KWARG, 1))


def enqueue_on_commit(the_task: Task, *args, **kwargs) -> None:
    """Enqueue once the current transaction commits (at once outside one): the worker never
    reads data that is not there yet, and a rolled-back write enqueues nothing."""
    transaction.on_commit(lambda: the_task.enqueue(*args, **kwargs))
