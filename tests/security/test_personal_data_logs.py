"""Logs and log tables keep no personal data they do not need.

django-axes records no successful login (address, user agent, username) and writes only the
path in its log lines; its failure records go once the cool-off is over. gunicorn's access log
(``make run``'s Procfile, deploy/gunicorn.conf.py) holds no address, user agent, query string
or quiz attempt token.
"""

import datetime
import logging
import re
import runpy
import shlex
import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings as django_settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from gunicorn.config import Config

from core.gunicorn_log import ACCESS_LOG_FORMAT, PrivateAccessLogger, path_without_tokens
from tests.security.helpers import PASSWORD

MAKEFILE = Path(django_settings.BASE_DIR) / "Makefile"
PROCFILE = Path(django_settings.BASE_DIR) / "Procfile"
GUNICORN_CONF = Path(django_settings.BASE_DIR) / "deploy" / "gunicorn.conf.py"
USER_AGENT = "Mozilla/5.0 (Linux; Android 13; SM-A145F) DienThoaiCoGiao"
ADDRESS = "203.0.113.77"


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True
    return settings


def _login(username, password):
    client = Client(HTTP_USER_AGENT=USER_AGENT, REMOTE_ADDR=ADDRESS)
    response = client.post(reverse("portal:login"), {"username": username, "password": password})
    return client, response


@pytest.mark.django_db
def test_a_successful_login_writes_no_axes_access_log(axes_on, world):
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    client, response = _login(world.teacher_a.username, PASSWORD)
    assert response.status_code == 302
    assert client.session.get("_auth_user_id") == str(world.teacher_a.pk)
    client.post(reverse("portal:logout"))
    assert not AccessLog.objects.exists()
    assert not AccessAttempt.objects.exists()
    assert not AccessFailureLog.objects.exists()


@pytest.mark.django_db
def test_failure_records_go_once_the_cool_off_is_over(axes_on, world):
    from axes.models import AccessAttempt, AccessFailureLog

    _login(world.teacher_a.username, "sai-mat-khau")
    assert AccessAttempt.objects.count() == 1  # kept while it counts toward a lockout
    AccessAttempt.objects.update(
        attempt_time=timezone.now()
        - django_settings.AXES_COOLOFF_TIME
        - datetime.timedelta(minutes=1)
    )
    # The next login of anyone (here a success) deletes every expired record.
    _login(world.teacher_b.username, PASSWORD)
    assert not AccessAttempt.objects.exists()
    assert not AccessFailureLog.objects.exists()


@pytest.mark.django_db
def test_axes_log_lines_name_no_user_address_or_browser(axes_on, world, caplog):
    caplog.set_level(logging.DEBUG, logger="axes")
    for _ in range(django_settings.AXES_FAILURE_LIMIT):
        _login(world.teacher_a.username, "sai-mat-khau")
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "after repeated login failures" in text  # axes did log the lockout
    for secret in (world.teacher_a.username, ADDRESS, "DienThoaiCoGiao"):
        assert secret not in text


def _makefile_gunicorn_command() -> list[str]:
    """The web server `make run` starts: the Procfile's `web` line, which honcho runs."""
    joined = re.sub(r"\\\n\s*", " ", MAKEFILE.read_text())
    assert any("honcho start" in line for line in joined.splitlines())
    line = next(line for line in PROCFILE.read_text().splitlines() if line.startswith("web:"))
    return shlex.split(line.split("gunicorn curriculum_site.wsgi", 1)[1])


def _no_personal_atoms(log_format: str) -> None:
    for atom in ("%(h)s", "%(a)s", "%(q)s", "%(r)s", "%(u)s", "%(f)s", "}i)s", "}e)s"):
        assert atom not in log_format


def test_make_run_logs_no_address_user_agent_or_query():
    args = _makefile_gunicorn_command()
    assert "--access-logfile" in args
    _no_personal_atoms(args[args.index("--access-logformat") + 1])
    # And the path it logs loses its tokens, through the logger class.
    assert args[args.index("--logger-class") + 1] == "core.gunicorn_log.PrivateAccessLogger"


def test_production_app_servers_log_the_same_way():
    """deploy/gunicorn.conf.py, which the systemd units and the deployment test use."""
    namespace = runpy.run_path(str(GUNICORN_CONF))
    assert namespace["accesslog"] == "-"
    assert namespace["logger_class"] == "core.gunicorn_log.PrivateAccessLogger"
    assert namespace["access_log_format"] == ACCESS_LOG_FORMAT
    _no_personal_atoms(namespace["access_log_format"])
    args = _makefile_gunicorn_command()
    assert args[args.index("--access-logformat") + 1] == ACCESS_LOG_FORMAT


def test_the_access_log_line_holds_no_address_agent_query_or_attempt_token():
    args = _makefile_gunicorn_command()
    log_format = args[args.index("--access-logformat") + 1]
    token = str(uuid.uuid4())
    config = Config()
    config.set("access_log_format", log_format)
    logger = PrivateAccessLogger(config)
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": f"/quiz/attempt/{token}/?nickname=Meo-Con",
        "PATH_INFO": f"/quiz/attempt/{token}/",
        "QUERY_STRING": "nickname=Meo-Con",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": ADDRESS,
        "HTTP_USER_AGENT": USER_AGENT,
        "HTTP_REFERER": "https://truong.example/lop-8a",
        "HTTP_COOKIE": "sessionid=abc",
    }
    response = SimpleNamespace(status="200 OK", sent=1234, headers=[("Set-Cookie", "x=1")])
    request = SimpleNamespace(headers=[("USER-AGENT", USER_AGENT), ("X-FORWARDED-FOR", ADDRESS)])
    atoms = logger.atoms(response, request, environ, datetime.timedelta(milliseconds=42))
    # Even a format asking for them gets "-".
    for atom in ("h", "a", "q", "r", "f", "u", "{user-agent}i", "{x-forwarded-for}i"):
        assert atoms.get(atom, "-") == "-", atom
    line = log_format % atoms
    assert line.startswith("[") and '"GET /quiz/attempt/:token/" 200 1234 42ms' in line
    for secret in (token, ADDRESS, "DienThoaiCoGiao", "Meo-Con", "truong.example", "sessionid"):
        assert secret not in line


@pytest.mark.parametrize(
    ("path", "logged"),
    [
        ("/quiz/attempt/0f8fad5b-d9cb-469f-a165-70867728950e/", "/quiz/attempt/:token/"),
        ("/quiz/attempt/0f8fad5bd9cb469fa16570867728950e/result/", "/quiz/attempt/:token/result/"),
        ("/admin/password_reset/confirm/MQ/c8r3k2-5a1b2c3d4e5f6a7b8c9d0e1f2a/", None),
        ("/bai-hoc/lop-8a-bao-ve-thong-tin-ca-nhan-tren-mang/", "same"),
        ("/portal/sessions/123/", "same"),
    ],
)
def test_tokens_are_cut_from_logged_paths(path, logged):
    result = path_without_tokens(path)
    if logged == "same":
        assert result == path
    elif logged is None:
        assert ":token" in result and "5a1b2c3d4e5f" not in result
    else:
        assert result == logged
