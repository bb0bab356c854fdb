"""What every check of the deployment test shares: the addresses and processes
deploy_test.sh started (DEPLOY_TEST_*), the check registry, HTTP clients and shell access."""

import json
import os
import subprocess
import sys
import time
import traceback
from pathlib import Path

import psycopg
import requests
from requests.adapters import HTTPAdapter

ROOT = Path(__file__).resolve().parents[2]
WORK = Path(os.environ["DEPLOY_TEST_WORK"])
PG = os.environ["DEPLOY_TEST_PG"]
DB = os.environ["DEPLOY_TEST_DB"]
PROXY_PORT = int(os.environ["DEPLOY_TEST_PROXY_PORT"])
# Two client addresses (loopback aliases): each client connects from its own address to
# nginx, which passes it on in X-Forwarded-For.
ADDRESS_A, ADDRESS_B = "127.0.0.2", "127.0.0.3"
CLIENT_A = f"http://{ADDRESS_A}:{PROXY_PORT}"
CLIENT_B = f"http://{ADDRESS_B}:{PROXY_PORT}"
WEB_PORTS = [int(port) for port in os.environ["DEPLOY_TEST_WEB"].split()]
SERVERS = [f"http://127.0.0.1:{port}" for port in WEB_PORTS]
WEB1_PID = int(os.environ["DEPLOY_TEST_WEB1_PID"])
WORKER_PID = int(os.environ["DEPLOY_TEST_WORKER_PID"])
PASSWORD = os.environ["DEPLOY_TEST_PASSWORD"]
MEDIA_ROOT = Path(os.environ["MEDIA_ROOT"])
TIMEOUT = 15

CHECKS: list[tuple[str, object]] = []


def check(name: str):
    """Registers the decorated function as a check, run in order by ``main``."""

    def register(function):
        CHECKS.append((name, function))
        return function

    return register


def run(name: str, function) -> bool:
    """Runs one check and prints its result."""
    started = time.monotonic()
    try:
        detail = function()
        passed = True
    except Exception as error:
        passed = False
        detail = f"{type(error).__name__}: {error}"
        if not isinstance(error, AssertionError):
            detail += "\n" + traceback.format_exc()
    seconds = time.monotonic() - started
    print(
        f"{'PASS' if passed else 'FAIL'} {name} ({seconds:.1f}s){': ' if detail else ''}"
        f"{detail or ''}",
        flush=True,
    )
    return passed


def shell(code: str) -> dict:
    """Runs ``code`` in ``manage.py shell -c``; it prints one JSON object as its last line."""
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if result.returncode != 0:
        raise RuntimeError(f"manage.py shell failed:\n{result.stderr[-2000:]}")
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    return json.loads(lines[-1])


class SourceAddressAdapter(HTTPAdapter):
    """Connects from a given local address."""

    def __init__(self, address: str):
        self.address = address
        super().__init__()

    def init_poolmanager(self, *args, **kwargs):
        kwargs["source_address"] = (self.address, 0)
        super().init_poolmanager(*args, **kwargs)


def client(base: str) -> requests.Session:
    """A session that connects to ``base`` from the address it names (client A or B), and
    to the app servers directly from 127.0.0.1."""
    session = requests.Session()
    address = base.split("//")[1].split(":")[0]
    session.mount(base, SourceAddressAdapter(address))
    return session


def get(base: str, path: str, **kwargs):
    with client(base) as session:
        return session.get(base + path, timeout=TIMEOUT, **kwargs)


def upstream(response) -> str:
    """The app server that answered (the last one nginx tried)."""
    return response.headers.get("X-Upstream", "").split(",")[-1].strip()


def sql(database: str, query: str, *params):
    with psycopg.connect(f"{PG}/{database}", autocommit=True) as connection:
        return connection.execute(query, params).fetchall()


def login_session(base: str) -> requests.Session:
    session = client(base)
    response = session.get(base + "/admin/login/", timeout=TIMEOUT)
    assert response.status_code == 200 and "csrftoken" in session.cookies
    return session


def login(session, base: str, username: str, password: str):
    response = session.post(
        base + "/admin/login/",
        data={
            "username": username,
            "password": password,
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
            "next": "/admin/",
        },
        allow_redirects=False,
        timeout=TIMEOUT,
    )
    return response
