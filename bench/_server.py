"""Shared by the benchmarks: a demo database and a gunicorn server on 127.0.0.1 they stop."""

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
PYTHON = sys.executable


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def base_env(database_url: str, **extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="curriculum_site.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_HTTPS="0",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=database_url,
        DJANGO_LOG_LEVEL="ERROR",
    )
    env.update(extra)
    return env


def manage(env: dict, *args: str) -> None:
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def prepare_demo(database_url: str, search_index: bool = False) -> None:
    env = base_env(database_url)
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    manage(env, "seed_demo", "--password", secrets.token_urlsafe(12))
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    if search_index:
        # Publishing queues the index updates for the task worker, which the benchmarks do
        # not start: build the index at once.
        manage(env, "update_index", "--verbosity", "0")


def ceiling_env() -> dict:
    """The true ceiling's environment: bench/ceiling_settings.py, nothing of the site."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env["DJANGO_SETTINGS_MODULE"] = "ceiling_settings"
    return env


def _children(pid: int) -> list[int]:
    children = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children += [int(c) for c in (task / "children").read_text().split()]
    return children


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of these processes so far (/proc/<pid>/stat, fields 14 and 15)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


class Gunicorn:
    """gunicorn with the production settings (or ``app`` with its own settings in ``env``);
    stopped (with its workers) on exit."""

    def __init__(
        self,
        env: dict,
        workers: int = 2,
        threads: int = 1,
        app: str = "curriculum_site.wsgi",
        extra_args: tuple[str, ...] = (),
    ):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.workers = workers
        self.process = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                app,
                *extra_args,
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(workers),
                "--threads",
                str(threads),
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
            start_new_session=True,
        )

    def __enter__(self):
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url + "/healthz/", timeout=2).read()  # noqa: S310
                return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("gunicorn did not start")

    def __exit__(self, *exc):
        self.stop()

    def worker_pids(self) -> list[int]:
        return _children(self.process.pid)

    def workers_cpu_seconds(self) -> float:
        return cpu_seconds(self.worker_pids())

    def settle(self, quiet: float = 1.0, timeout: float = 60) -> None:
        """Returns once every worker has booted (imported Django and the site: about a second
        of CPU each) and then used no CPU for ``quiet`` seconds. The first worker answers
        ``/healthz/`` while the others are still importing: CPU counted from before this
        would charge their start-up to the requests a benchmark measures."""
        deadline = time.monotonic() + timeout
        last = -1.0
        while time.monotonic() < deadline:
            used = self.workers_cpu_seconds()
            if used == last and len(self.worker_pids()) == self.workers:
                return
            last = used
            time.sleep(quiet)
        raise RuntimeError("gunicorn's workers kept using CPU with no requests")

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
