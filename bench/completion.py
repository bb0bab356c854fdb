"""Server time of the officers' completion dashboard at national sizes.

    .venv/bin/python bench/completion.py [--schools 1000,10000,30000] [--runs 7] [--keep]

For each size N it builds its own database: bench/data/completion-N.sqlite3, or, when
DATABASE_URL is postgres://.../NAME, a database NAME_N on that server which it creates and
drops. It migrates it, fills it with bench/scale_data/ (about 33 sessions a school:
30,000 schools make 1,000,000 sessions over 8 periods), then, in a subprocess with the
production settings, GETs /admin/completion/ as a superuser through django.test.Client: one
warm-up, then the median server time of --runs requests and the number of queries. Then it
saves the latest reporting period through the admin's edit view (the request: save and
enqueue its rebuild on the database queue; median of --runs) and runs the queued tasks as
`manage.py db_worker --batch` does (the worker's rebuild of every school's row). Prints one
line per size:

    schools=N sessions=M median_ms=X queries=Q period_save_ms=S rebuild_ms=R

and, on lines starting with "#", how long the data took to build and the same page for the
officer of one province. The databases are removed at the end unless --keep is given.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _server import DATA, PYTHON, ROOT, base_env, manage  # noqa: E402

DASHBOARD = "/admin/completion/"
SESSIONS_PER_SCHOOL = 100 / 3


def measure(runs: int) -> None:
    """In the subprocess: time the dashboard in-process and print the figures as JSON."""
    import django

    sys.path.insert(0, str(ROOT))
    django.setup()

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from home.groups import OFFICERS
    from schools.models import Area, AreaLevel, Membership, Role

    User = get_user_model()
    superuser = User.objects.create_superuser("bench-completion-admin", password=None)
    officer = User.objects.create_user("bench-completion-officer", password=None)
    officer.groups.add(Group.objects.get(name=OFFICERS))
    province = Area.objects.filter(level=AreaLevel.PROVINCE).order_by("path").first()
    Membership.objects.create(user=officer, role=Role.OFFICER, area=province)

    def timed(user) -> dict:
        client = Client()
        client.force_login(user)
        times, counts = [], []
        for attempt in range(runs + 1):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(DASHBOARD)
                elapsed = time.perf_counter() - started
            if response.status_code != 200:
                raise RuntimeError(f"{DASHBOARD} answered {response.status_code}")
            if attempt:  # the first request warms caches and connections
                times.append(elapsed * 1000)
                counts.append(len(queries))
        return {"median_ms": statistics.median(times), "queries": counts}

    figures = {"superuser": timed(superuser), "province_officer": timed(officer)}
    figures.update(period_save_and_rebuild(superuser, runs))
    print(json.dumps(figures))


def period_save_and_rebuild(superuser, runs: int) -> dict:
    """The admin's save of a period (answered once saved and queued), then the worker's pass."""
    from django.test import Client
    from django.urls import reverse
    from django_tasks_db.management.commands.db_worker import Worker
    from django_tasks_db.models import DBTaskResult

    from completion.models import ReportingPeriod, SchoolPeriodStatus

    period = ReportingPeriod.objects.order_by("-start").first()
    url = reverse("reporting_periods:edit", args=[period.pk])
    client = Client()
    client.force_login(superuser)
    client.get(url)  # warm-up: the form, not timed
    times = []
    for attempt in range(runs):
        form = {
            "name": period.name,
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
            "due_date": period.due_date.isoformat(),
            # A change each time, as an officer's edit would be: 1 and 2 sessions in turn.
            "sessions_required": 1 + (attempt + period.sessions_required) % 2,
        }
        if period.verified_only:
            form["verified_only"] = "on"
        started = time.perf_counter()
        response = client.post(url, form)
        elapsed = time.perf_counter() - started
        if response.status_code != 302:
            raise RuntimeError(f"saving the period answered {response.status_code}")
        times.append(elapsed * 1000)
    period.refresh_from_db()
    if not period.rebuild_pending:
        raise RuntimeError("the saved period is not waiting for its rebuild")
    queued = DBTaskResult.objects.ready().count()
    worker = Worker(
        queue_names=["default"], interval=0, batch=True, backend_name="default",
        startup_delay=False, max_tasks=None, worker_id="bench", excluded_queue_names=[],
    )  # fmt: skip
    started = time.perf_counter()
    worker.run()  # what `manage.py db_worker --batch` does: every queued task, then stop
    rebuild = (time.perf_counter() - started) * 1000
    period.refresh_from_db()
    if period.rebuild_pending or DBTaskResult.objects.failed().exists():
        raise RuntimeError("the worker did not rebuild the period")
    return {
        "period_save_ms": statistics.median(times),
        "rebuild_ms": rebuild,
        "rebuild_tasks": queued,
        "rebuild_rows": SchoolPeriodStatus.objects.filter(period=period).count(),
    }


class Database:
    """The database of one size: a SQLite file, or a PostgreSQL database on DATABASE_URL's
    server; created empty on entry, removed on exit unless kept."""

    def __init__(self, base_url: str | None, schools: int, keep: bool):
        self.keep = keep
        if base_url:
            parts = urlsplit(base_url)
            self.name = f"{parts.path.lstrip('/')}_{schools}"
            self.url = urlunsplit(parts._replace(path=f"/{self.name}"))
            self.server_url = urlunsplit(parts._replace(path="/postgres"))
            self.sqlite_file = None
        else:
            self.sqlite_file = DATA / f"completion-{schools}.sqlite3"
            self.url = f"sqlite:///{self.sqlite_file}"

    def _postgres(self, statement: str) -> None:
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.server_url, autocommit=True) as connection:
            connection.execute(sql.SQL(statement).format(sql.Identifier(self.name)))

    def _remove(self) -> None:
        if self.sqlite_file:
            for leftover in DATA.glob(f"{self.sqlite_file.name}*"):
                leftover.unlink()
        else:
            self._postgres("DROP DATABASE IF EXISTS {} WITH (FORCE)")

    def __enter__(self):
        self._remove()
        if not self.sqlite_file:
            self._postgres("CREATE DATABASE {}")
        return self

    def __exit__(self, *exc):
        if not self.keep:
            self._remove()


def run_size(base_url: str | None, schools: int, runs: int, keep: bool) -> None:
    sessions = round(schools * SESSIONS_PER_SCHOOL)
    with Database(base_url, schools, keep) as database:
        env = base_env(
            database.url,
            DJANGO_ALLOWED_HOSTS="testserver,127.0.0.1",
            # One connection for the whole run, as an app server keeps it.
            DJANGO_CONN_MAX_AGE="600",
            # The superuser signs in with force_login: no second factor to give.
            DJANGO_STAFF_2FA_REQUIRED="0",
        )
        manage(env, "migrate", "--noinput", "--verbosity", "0")
        started = time.monotonic()
        generated = _output(
            env, "bench/scale_data", "--schools", str(schools), "--sessions", str(sessions),
        )  # fmt: skip
        print(f"# schools={schools} generate_s={time.monotonic() - started:.1f}")
        print(f"# {generated}")
        measured = _output(env, __file__, "--measure", "--runs", str(runs))
        figures = json.loads(measured.splitlines()[-1])
        superuser, officer = figures["superuser"], figures["province_officer"]
        print(
            f"schools={schools} sessions={sessions} "
            f"median_ms={superuser['median_ms']:.1f} queries={_usual(superuser['queries'])} "
            f"period_save_ms={figures['period_save_ms']:.1f} rebuild_ms={figures['rebuild_ms']:.1f}"
        )
        print(
            f"# worker pass: {figures['rebuild_tasks']} queued tasks (one rebuild per save, "
            f"the first does it, and Wagtail's), {figures['rebuild_rows']} status rows rebuilt"
        )
        print(
            f"# province officer: median_ms={officer['median_ms']:.1f} "
            f"queries={_usual(officer['queries'])}"
        )
        for who, result in ((k, figures[k]) for k in ("superuser", "province_officer")):
            if len(set(result["queries"])) > 1:
                # The admin session is written at most once a minute (StaffIdleTimeoutMiddleware):
                # when pages are slow, some runs include that write's queries.
                print(f"# {who}: queries per run {result['queries']}")
        sys.stdout.flush()


def _output(env: dict, *args: str) -> str:
    """Run a Python script of the project; its output, or its errors and a stop."""
    result = subprocess.run(
        [PYTHON, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode:
        sys.exit(f"{' '.join(args[:2])} failed:\n{result.stderr[-3000:]}")
    return result.stdout.strip()


def _usual(counts: list[int]) -> int:
    return statistics.mode(counts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--schools", default="1000,10000,30000", help="comma-separated sizes")
    parser.add_argument("--runs", type=int, default=7, help="timed requests after a warm-up")
    parser.add_argument("--keep", action="store_true", help="keep the databases afterwards")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.runs)
        return

    sizes = [int(size) for size in args.schools.split(",") if size.strip()]
    base_url = os.environ.get("DATABASE_URL") or None
    if base_url and not base_url.startswith(("postgres://", "postgresql://")):
        sys.exit("DATABASE_URL must be postgres://…/NAME (or unset for SQLite)")
    DATA.mkdir(parents=True, exist_ok=True)
    # The admin's pages need the static files' manifest of the production settings.
    manage(base_env("sqlite://:memory:"), "collectstatic", "--noinput", "--verbosity", "0")
    for schools in sizes:
        run_size(base_url, schools, args.runs, args.keep)


if __name__ == "__main__":
    main()
