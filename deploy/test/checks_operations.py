"""Checks of operations: the task worker, an app server stopping, logs, the daily purge,
backup and restore."""

import hashlib
import os
import shlex
import signal
import subprocess
import threading
import time
import uuid
from pathlib import Path

import psycopg
import requests
from harness import (
    ADDRESS_A,
    ADDRESS_B,
    CLIENT_A,
    CLIENT_B,
    DB,
    MEDIA_ROOT,
    PASSWORD,
    PG,
    ROOT,
    TIMEOUT,
    WEB1_PID,
    WEB_PORTS,
    WORK,
    WORKER_PID,
    check,
    client,
    get,
    login,
    login_session,
    shell,
    sql,
    upstream,
)


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
