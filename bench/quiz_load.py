"""A whole class takes a quiz at once: N students join one run and answer together.

    .venv/bin/python bench/quiz_load.py [--students 300] [--workers 3] [--threads 1]

Builds the demo site in a fresh database (bench/data/quiz_load.sqlite3, or DATABASE_URL for
PostgreSQL: an empty database the script may fill), opens a run of a demo quiz, starts
gunicorn with the production settings on 127.0.0.1, and lets N students (threads) join with
the code at the same moment, then answer question by question at the same moment, as a
class does. Prints answers per second, latency percentiles, errors and the CPU time the
gunicorn workers spent per answer (from /proc/<pid>/stat of the workers, counted once they
have booted, over the whole class: joins and the question pages included), then checks that
every attempt is stored exactly once and finished:

    answers_per_s=X p50_ms=Y p99_ms=Z errors=N cpu_ms_per_answer=C stored_once=yes

Exits non-zero on any error or any attempt not stored exactly once (CI runs it with
--students 60 on PostgreSQL: a limit or lock that breaks a class fails the build).
Everything it started is stopped.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _server import DATA, PYTHON, ROOT, Gunicorn, base_env, cpu_seconds, prepare_demo  # noqa: E402

QUIZ_SLUG_PATH = "/bai-hoc/mat-khau-manh-hai-buoc/cau-do/"
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
INPUT = re.compile(r'<input type="(?:radio|checkbox)" name="(q-[^"]+)" value="([^"]+)"')
TEXTAREA = re.compile(r'<textarea id="[^"]+" name="(q-[^"]+)"')
RESULT = 'class="score-card'


def shell(env: dict, code: str) -> str:
    return (
        subprocess.run(
            [PYTHON, "manage.py", "shell", "-c", code],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )  # after the shell's own banner


def open_run(env: dict) -> str:
    return shell(
        env,
        "from django.contrib.auth import get_user_model;"
        "from wagtail.models import Page;"
        "from quizzes.services import quiz_run_start;"
        f"quiz = Page.objects.get(url_path__endswith='{QUIZ_SLUG_PATH}').specific;"
        "teacher = get_user_model().objects.get(username='teacher');"
        "print(quiz_run_start(quiz=quiz, user=teacher, class_name='Bench').code)",
    )


def check_stored(env: dict, code: str) -> str:
    return shell(
        env,
        "from quizzes.models import Attempt;"
        f"a = Attempt.objects.filter(run__code='{code}');"
        "print(a.count(), a.filter(finished_at__isnull=False).count(),"
        " a.values('nickname').distinct().count())",
    )


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--students", type=int, default=300)
    # As deploy/gunicorn.conf.py runs an app server: three synchronous workers.
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1, help="gunicorn threads per worker")
    args = parser.parse_args()

    DATA.mkdir(parents=True, exist_ok=True)
    database_url = os.environ.get("DATABASE_URL")
    if not database_url:
        sqlite_file = DATA / "quiz_load.sqlite3"
        for leftover in DATA.glob("quiz_load.sqlite3*"):
            leftover.unlink()
        database_url = f"sqlite:///{sqlite_file}"
    prepare_demo(database_url)
    env = base_env(database_url)
    code = open_run(env)

    answer_times: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    joined = threading.Barrier(args.students)

    with Gunicorn(env, workers=args.workers, threads=args.threads) as server:
        join_url = server.url + "/quiz/join/"
        server.settle()
        workers = server.worker_pids()

        def student(number: int) -> None:
            session = requests.Session()
            # A new connection per request: a kept-alive one that the server closes while
            # idle would fail a POST that was never sent, which measures the client, not us.
            session.headers["Connection"] = "close"
            try:
                token = CSRF.search(session.get(join_url, timeout=120).text).group(1)
                joined.wait(timeout=300)
                page = session.post(
                    join_url,
                    data={"csrfmiddlewaretoken": token, "code": code, "nickname": f"HS {number}"},
                    headers={"Referer": join_url},
                    timeout=120,
                )
                # The last answer comes back with the result (its score card), not a redirect.
                while RESULT not in page.text:
                    if page.status_code != 200:
                        raise RuntimeError(f"{page.status_code} {page.url}")
                    data = {"csrfmiddlewaretoken": CSRF.search(page.text).group(1)}
                    choice = INPUT.search(page.text)
                    if choice:
                        data[choice.group(1)] = choice.group(2)
                    else:
                        data[TEXTAREA.search(page.text).group(1)] = "Em sẽ bật đăng nhập hai bước."
                    started = time.perf_counter()
                    page = session.post(
                        page.url.split("?")[0],
                        data=data,
                        headers={"Referer": page.url},
                        timeout=120,
                    )
                    with lock:
                        answer_times.append(time.perf_counter() - started)
            except Exception as error:  # noqa: BLE001 - every failure is counted and shown
                with lock:
                    errors.append(f"student {number}: {error}")

        cpu_before = cpu_seconds(workers)
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=args.students) as pool:
            list(pool.map(student, range(args.students)))
        elapsed = time.perf_counter() - started
        cpu = cpu_seconds(workers) - cpu_before

    total, finished, distinct = map(int, check_stored(env, code).split())
    stored_once = total == finished == distinct == args.students
    engine = "postgresql" if database_url.startswith("postgres") else "sqlite"
    milliseconds = [t * 1000 for t in answer_times] or [0.0]
    answers = len(answer_times)
    print(
        f"db={engine} students={args.students} answers={answers} "
        f"answers_per_s={answers / elapsed:.0f} "
        f"p50_ms={statistics.median(milliseconds):.0f} p99_ms={percentile(milliseconds, 0.99):.0f} "
        f"errors={len(errors)} cpu_ms_per_answer={cpu * 1000 / max(answers, 1):.1f} "
        f"stored_once={'yes' if stored_once else 'no'} wall_s={elapsed:.1f}"
    )
    print(f"stored attempts={total} finished={finished} distinct_nicknames={distinct}")
    for error in errors[:10]:
        print(error)
    ok = stored_once and not errors
    print("OK: every attempt stored exactly once" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
