"""The checks of the deployment test, run by deploy/test/deploy_test.sh once its app servers,
task worker and nginx are up (it passes their addresses and process ids in DEPLOY_TEST_*).

Each check prints PASS or FAIL with what it saw; the exit status is non-zero if one failed.
Changes to the data go through ``manage.py shell -c`` with the servers' own environment (same
database, Redis and media folder), the way Wagtail and the admin make them.
"""

import hashlib
import http.client
import json
import os
import re
import shlex
import signal
import subprocess
import sys
import threading
import time
import traceback
import uuid
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


@check("the environment example lists every variable the code reads")
def environment_example():
    names = set()
    pattern = re.compile(
        r"""(?:environ\.get|environ\[|getenv|env_bool|env_list)\(?\s*["']([A-Z_0-9]+)"""
    )
    for folder in (
        "curriculum_site",
        "core",
        "home",
        "lessons",
        "quizzes",
        "schools",
        "delivery",
        "completion",
        "deploy",
    ):
        for path in (ROOT / folder).rglob("*.py"):
            if "test" not in path.parts:
                names.update(pattern.findall(path.read_text(encoding="utf-8")))
    example = (ROOT / "deploy" / "curriculum.env.example").read_text(encoding="utf-8")
    listed = set(re.findall(r"^([A-Z_0-9]+)=", example, flags=re.MULTILINE))
    missing = sorted(names - listed - {"DJANGO_SETTINGS_MODULE"})
    assert not missing, f"not in deploy/curriculum.env.example: {missing}"
    return f"{len(listed)} variables"


@check("both app servers and nginx answer /healthz/ and /readyz/")
def servers_ready():
    seen = set()
    for base in (*SERVERS, CLIENT_A, CLIENT_A, CLIENT_B):
        health = get(base, "/healthz/")
        assert health.status_code == 200, (base, health.status_code, health.text[:300])
        response = get(base, "/readyz/")
        assert response.status_code == 200, (base, response.status_code, response.text)
        assert response.json()["database"] == "ok" and response.json()["cache"] == "ok"
        assert "no-store" in response.headers["Cache-Control"]
        if base in (CLIENT_A, CLIENT_B):
            seen |= {upstream(health), upstream(response)}
    assert len(seen) == 2, f"nginx used {seen}, not both app servers"
    return f"nginx balances over {sorted(seen)}"


@check("a published lesson is served fresh by nginx and by each app server")
def publish_purges_every_cache():
    lesson = shell(
        "import json\n"
        "from lessons.models import LessonPage\n"
        "page = LessonPage.objects.live().order_by('pk').first()\n"
        "print(json.dumps({'id': page.pk, 'url': page.url, 'title': page.title}))\n"
    )
    url, old_title = lesson["url"], lesson["title"]
    hits = 0
    for _ in range(2):
        for base in (CLIENT_A, CLIENT_A, *SERVERS):
            response = get(base, url)
            assert response.status_code == 200 and old_title in response.text
            hits += response.headers.get("X-Page-Cache") == "hit"
    assert hits >= 3, f"only {hits} cached copies served before publishing: nothing to purge"

    new_title = f"Bài học kiểm thử triển khai {int(time.time())}"
    shell(
        "import json\n"
        "from lessons.models import LessonPage\n"
        f"page = LessonPage.objects.get(pk={lesson['id']})\n"
        f"page.title = {new_title!r}\n"
        "revision = page.save_revision(log_action=True)\n"
        "revision.publish()\n"
        "print(json.dumps({'published': revision.pk}))\n"
    )
    answered = set()
    for _ in range(3):
        for base in (CLIENT_A, CLIENT_B, *SERVERS):
            response = get(base, url)
            assert response.status_code == 200, (base, response.status_code)
            assert new_title in response.text, f"{base}{url} still served the old lesson"
            assert f"<title>{old_title}" not in response.text
            answered.add(upstream(response) or base)
    assert len(answered) >= 2
    return f"{url}: {hits} cached copies before, the new title from {len(answered)} answers after"


@check("a lesson unpublished in one app server's admin is gone from the other and from nginx")
def unpublish_through_one_server():
    # The last lesson, so that the checks below, which read the first, keep theirs.
    lesson = shell(
        "import json\n"
        "from lessons.models import LessonPage\n"
        "page = LessonPage.objects.live().order_by('pk').last()\n"
        "print(json.dumps({'id': page.pk, 'url': page.url}))\n"
    )
    url = lesson["url"]
    for base in (CLIENT_A, CLIENT_B, *SERVERS, CLIENT_A, CLIENT_B):
        response = get(base, url)
        assert response.status_code == 200, (base, response.status_code)
    session = login_session(SERVERS[0])
    response = login(session, SERVERS[0], "admin", PASSWORD)
    assert response.status_code == 302, f"the superuser could not sign in: {response}"
    response = session.post(
        f"{SERVERS[0]}/admin/pages/{lesson['id']}/unpublish/",
        data={"csrfmiddlewaretoken": session.cookies["csrftoken"]},
        allow_redirects=False,
        timeout=TIMEOUT,
    )
    assert response.status_code == 302, (response.status_code, response.text[-800:])
    answers = []
    for base in (SERVERS[1], CLIENT_A, CLIENT_B, CLIENT_A, CLIENT_B):
        response = get(base, url)
        answers.append(response.status_code)
    assert answers == [404] * len(answers), f"{url} after unpublishing: {answers}"
    return f"{url} unpublished on {SERVERS[0]}: {answers} from the other server and nginx"


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


@check("failed logins on both app servers count together, per client address")
def logins_are_throttled_across_servers():
    session_a = login_session(CLIENT_A)
    statuses, servers = [], set()
    for attempt in range(5):
        response = login(session_a, CLIENT_A, "moderator", f"wrong-password-{attempt}")
        statuses.append(response.status_code)
        servers.add(upstream(response))
    assert len(servers) == 2, f"the failures reached {servers} only"
    assert statuses[:4] == [200] * 4, statuses
    # Locked after five failures: the right password, and another account, from that address,
    # on either app server.
    locked = []
    for username in ("moderator", "officer", "editor"):
        response = login(session_a, CLIENT_A, username, PASSWORD)
        locked.append((response.status_code, upstream(response)))
    assert all(status == 429 for status, _ in locked), locked
    assert len({server for _, server in locked}) == 2, locked
    # Another school's address is not locked out by the first one.
    session_b = login_session(CLIENT_B)
    response = login(session_b, CLIENT_B, "editor", PASSWORD)
    assert response.status_code == 302, response.status_code
    assert response.headers["Location"].endswith("/admin/"), response.headers["Location"]
    return f"failures {statuses}, then {[s for s, _ in locked]}; 127.0.0.3 signs in"


def raw_get(path: str) -> tuple[int, bytes]:
    """A GET with the path exactly as written (requests would resolve ``..`` itself)."""
    connection = http.client.HTTPConnection(
        ADDRESS_A, PROXY_PORT, timeout=TIMEOUT, source_address=(ADDRESS_A, 0)
    )
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@check("nginx serves library images, and no documents or evidence")
def media():
    image = shell(
        "import io, json\n"
        "from PIL import Image\n"
        "from django.core.files.images import ImageFile\n"
        "from wagtail.images import get_image_model\n"
        "buffer = io.BytesIO()\n"
        "Image.new('RGB', (16, 16), (200, 30, 30)).save(buffer, 'PNG')\n"
        "image = get_image_model()(title='Deploy test',"
        " file=ImageFile(buffer, name='deploy-test.png'))\n"
        "image.save()\n"
        "rendition = image.get_rendition('fill-8x8')\n"
        "print(json.dumps({'original': image.file.name, 'rendition': rendition.file.name}))\n"
    )
    served = []
    for name in (image["original"], image["rendition"]):
        assert name.startswith(("original_images/", "images/")), name
        response = get(CLIENT_A, f"/media/{name}")
        assert response.status_code == 200, (name, response.status_code)
        assert response.content == (MEDIA_ROOT / name).read_bytes()
        assert response.headers["Content-Type"] == "image/png"
        assert "X-Upstream" not in response.headers  # from disk, not from an app server
        served.append(name)

    secret = b"%PDF-1.4 private document of the deployment test"
    for name in (
        "documents/deploy-test.pdf",
        "evidence/2026/12/deploy-test.png",
        "avatar_images/deploy-test.png",
        "imports/deploy-test.csv",
    ):
        (MEDIA_ROOT / name).parent.mkdir(parents=True, exist_ok=True)
        (MEDIA_ROOT / name).write_bytes(secret)
    (MEDIA_ROOT / "images" / "deploy-test-link.pdf").symlink_to(
        MEDIA_ROOT / "documents" / "deploy-test.pdf"
    )
    refused = {}
    for path in (
        "/media/documents/deploy-test.pdf",
        "/media/evidence/2026/12/deploy-test.png",
        "/media/avatar_images/deploy-test.png",
        "/media/imports/deploy-test.csv",
        "/media/images/../documents/deploy-test.pdf",
        "/media/images/%2e%2e/documents/deploy-test.pdf",
        "/media/images/..%2fdocuments/deploy-test.pdf",
        "/media/original_images/../../media/documents/deploy-test.pdf",
        "/media/images/deploy-test-link.pdf",
        "/media/",
        "/media/images/",
    ):
        status, body = raw_get(path)
        assert status != 200 and secret not in body, (path, status)
        refused[path] = status
    return f"served {served}; refused {sorted(set(refused.values()))} for {len(refused)} paths"


@check("a period saved in the admin through nginx returns before its rebuild; the worker builds it")
def period_rebuild_by_worker():
    session = login_session(CLIENT_B)
    response = login(session, CLIENT_B, "officer", PASSWORD)
    assert response.status_code == 302, f"the province officer could not sign in: {response}"
    name = f"Kỳ kiểm thử triển khai {int(time.time())}"
    os.kill(WORKER_PID, signal.SIGSTOP)  # no worker meanwhile: what the request did alone
    try:
        started = time.monotonic()
        response = session.post(
            CLIENT_B + "/admin/reporting_periods/new/",
            data={
                "csrfmiddlewaretoken": session.cookies["csrftoken"],
                "name": name,
                "start": "2091-01-01",
                "end": "2091-06-30",
                "due_date": "2091-06-30",
                "sessions_required": "1",
                "reminder_days": "14,3",
            },
            allow_redirects=False,
            timeout=TIMEOUT,
        )
        seconds = time.monotonic() - started
        assert response.status_code == 302, (response.status_code, response.text[-800:])
        ((period_id, requested),) = sql(
            DB, "SELECT id, rebuild_requested_at FROM schools_reportingperiod WHERE name = %s", name
        )
        ((rows,),) = sql(
            DB, "SELECT count(*) FROM schools_schoolperiodstatus WHERE period_id = %s", period_id
        )
        assert requested is not None and rows == 0, (requested, rows)
        listing = session.get(CLIENT_B + "/admin/reporting_periods/", timeout=TIMEOUT)
        assert "Đang tính lại số liệu" in listing.text, "the periods list hides the pending rebuild"
        time.sleep(2)
        ready = get(CLIENT_A, "/readyz/").json()
        assert ready["oldest_task_seconds"] >= 1, ready  # the rebuild waits in the queue
    finally:
        os.kill(WORKER_PID, signal.SIGCONT)
    saved = {"id": period_id, "seconds": seconds}
    deadline = time.monotonic() + 60
    while True:
        (requested,) = sql(
            DB,
            "SELECT rebuild_requested_at FROM schools_reportingperiod WHERE id = %s",
            saved["id"],
        )[0]
        (rows,) = sql(
            DB,
            "SELECT count(*) FROM schools_schoolperiodstatus WHERE period_id = %s",
            saved["id"],
        )[0]
        if requested is None:
            break
        assert time.monotonic() < deadline, "the worker did not rebuild the period in 60 s"
        time.sleep(0.5)
    assert rows > 0, "rebuilt, but no status rows"
    (schools,) = sql(DB, "SELECT count(*) FROM schools_school")[0]
    return (
        f"saved through nginx in {saved['seconds'] * 1000:.0f} ms with the rebuild pending and "
        f"no rows; "
        f"the worker built {rows} rows ({schools} schools)"
    )


@check("stopping an app server during GETs loses no request")
def stop_one_server():
    lesson_url = shell(
        "import json\n"
        "from lessons.models import LessonPage\n"
        "print(json.dumps({'url': LessonPage.objects.live().order_by('pk').first().url}))\n"
    )["url"]
    paths = ["/healthz/", "/", lesson_url, "/readyz/", "/bai-hoc/", "/static/css/site.css"]
    paths = [p for p in paths if get(CLIENT_A, p).status_code == 200]
    stopped = threading.Event()
    done = threading.Event()
    lock = threading.Lock()
    counts = {"total": 0, "after": 0}
    failures: list[str] = []
    after_stop: set[str] = set()
    before_stop: set[str] = set()

    def visitor(base: str, offset: int):
        session = client(base)
        index = offset
        while not done.is_set():
            path = paths[index % len(paths)]
            index += 1
            was_stopped = stopped.is_set()
            try:
                response = session.get(base + path, timeout=TIMEOUT)
                problem = None if response.status_code == 200 else str(response.status_code)
            except requests.RequestException as error:
                problem = type(error).__name__
                response = None
            with lock:
                counts["total"] += 1
                if problem:
                    failures.append(f"{path}: {problem}")
                elif response is not None and upstream(response):
                    (after_stop if was_stopped else before_stop).add(upstream(response))
                if was_stopped:
                    counts["after"] += 1

    threads = [
        threading.Thread(target=visitor, args=(base, offset))
        for offset, base in enumerate((CLIENT_A, CLIENT_B, CLIENT_A, CLIENT_B))
    ]
    for thread in threads:
        thread.start()
    time.sleep(3)
    os.kill(WEB1_PID, signal.SIGTERM)  # what `systemctl stop curriculum-web@PORT` sends
    stop_at = time.monotonic()
    while True:
        try:
            os.kill(WEB1_PID, 0)
        except ProcessLookupError:
            break
        if time.monotonic() - stop_at > 40:
            break
        time.sleep(0.1)
    stopped.set()
    time.sleep(3)
    done.set()
    for thread in threads:
        thread.join()
    assert not failures, f"{len(failures)} of {counts['total']} failed: {failures[:5]}"
    assert f"127.0.0.1:{WEB_PORTS[0]}" in before_stop, before_stop
    assert after_stop == {f"127.0.0.1:{WEB_PORTS[1]}"}, after_stop
    assert counts["after"] > 20, counts
    return (
        f"{counts['total']} GETs, none lost; app server :{WEB_PORTS[0]} stopped in "
        f"{time.monotonic() - stop_at - 3:.1f}s, then {counts['after']} answered by the other"
    )


@check("nginx's access log holds no address, user agent, query or attempt token")
def nginx_log_is_private():
    token = str(uuid.uuid4())
    get(CLIENT_A, f"/quiz/attempt/{token}/?nickname=Lan")
    time.sleep(1)  # nginx writes the line once the response is sent
    log = (WORK / "nginx-access.log").read_text(encoding="utf-8")
    lines = log.splitlines()
    assert len(lines) > 100, f"only {len(lines)} lines logged"
    for secret in (ADDRESS_A, ADDRESS_B, "python-requests", token, "nickname", "Lan"):
        assert secret not in log, f"{secret!r} is in nginx's access log"
    assert any('/quiz/attempt/:token/"' in line for line in lines), lines[-3:]
    return f"{len(lines)} lines, e.g. {lines[-1]}"


@check("the daily purge's commands run (curriculum-purge.service)")
def purge_service():
    unit = (ROOT / "deploy" / "systemd" / "curriculum-purge.service").read_text()
    commands = [
        # "-": systemd goes on to the next command if this one fails.
        shlex.split(
            line.removeprefix("ExecStart=")
            .removeprefix("-")
            .replace("/srv/curriculum/app/", f"{ROOT}/")
        )
        for line in unit.splitlines()
        if line.startswith("ExecStart=")
    ]
    assert any("purge_attempts" in command for command in commands), commands
    for command in commands:
        result = subprocess.run(  # noqa: S603
            command, cwd=ROOT, capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, (command, result.stderr[-1000:])
    return ", ".join(command[-1] for command in commands)


def tables(database: str) -> dict[str, int]:
    names = [
        row[0]
        for row in sql(
            database,
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
        )
    ]
    with psycopg.connect(f"{PG}/{database}", autocommit=True) as connection:
        return {
            name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]  # noqa: S608
            for name in names
        }


def files(root: Path) -> dict[str, str]:
    found = {}
    for path in sorted(root.rglob("*")):
        name = path.relative_to(root).as_posix()
        if path.is_symlink():
            found[name] = "link to " + os.readlink(path)
        elif path.is_file():
            found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


@check("a backup restores into a fresh database and folder: same rows, same media")
def backup_and_restore():
    os.kill(WORKER_PID, signal.SIGTERM)  # nothing writes while the copies are compared
    backups = WORK / "backups"
    environment = {**os.environ, "DATABASE_URL": f"{PG}/{DB}", "MEDIA_ROOT": str(MEDIA_ROOT)}
    backup = (
        subprocess.run(  # noqa: S603
            [str(ROOT / "deploy" / "backup.sh"), str(backups)],
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    folder = Path(backup)
    assert {p.name for p in folder.iterdir()} == {"database.dump", "media.tar.gz", "SHA256SUMS"}
    restored_media = WORK / "media-restored"
    restored = subprocess.run(  # noqa: S603
        [
            str(ROOT / "deploy" / "restore.sh"),
            str(folder),
            f"{PG}/{DB}_restored",
            str(restored_media),
        ],
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert restored.returncode == 0, restored.stderr[-2000:]
    original, copy = tables(DB), tables(f"{DB}_restored")
    assert original == copy, {
        name: (original.get(name), copy.get(name))
        for name in original.keys() | copy.keys()
        if original.get(name) != copy.get(name)
    }
    assert original["wagtailcore_page"] > 0 and original["auth_user"] > 0
    media_before, media_after = files(MEDIA_ROOT), files(restored_media)
    assert media_before == media_after, set(media_before.items()) ^ set(media_after.items())
    assert "original_images/deploy-test.png" in media_after
    # A second restore into the same database is refused, not merged.
    again = subprocess.run(  # noqa: S603
        [
            str(ROOT / "deploy" / "restore.sh"),
            str(folder),
            f"{PG}/{DB}_restored",
            str(WORK / "media-again"),
        ],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert again.returncode != 0
    return (
        f"{len(original)} tables, {sum(original.values())} rows and {len(media_after)} media "
        f"files alike in {folder.name}"
    )


def main() -> int:
    failed = [name for name, function in CHECKS if not run(name, function)]
    print(f"{len(CHECKS) - len(failed)} of {len(CHECKS)} checks passed", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
