import logging
import time

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from core.security import StaffIdleTimeoutMiddleware
from home import groups
from tests.factories.schools import SchoolFactory, teacher_create


@pytest.mark.django_db
def test_public_pages_forbid_inline_scripts_and_other_hosts(client, home_page, help_page):
    for url in ["/", help_page.url, "/search/?q=an+toan", "/quiz/join/"]:
        policy = client.get(url)["Content-Security-Policy"]
        assert "default-src 'self'" in policy
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy


@pytest.mark.django_db
def test_security_headers_on_every_response(client, home_page):
    response = client.get("/khong-co/")
    assert response.status_code == 404
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "Content-Security-Policy" in response


@pytest.mark.django_db
def test_guessing_quiz_codes_is_rate_limited_per_browser(client, home_page):
    from quizzes.views import WRONG_CODE_BROWSER_RATE

    client.get("/quiz/join/")  # the join page gives the browser its CSRF cookie
    limit = int(WRONG_CODE_BROWSER_RATE.split("/")[0])
    statuses = [
        client.post("/quiz/join/", {"code": "ZZZZZZ", "nickname": "Gấu"}).status_code
        for _ in range(limit + 1)
    ]
    assert set(statuses[:limit]) == {404}  # a wrong code, answered normally
    assert statuses[-1] == 429
    response = client.post("/quiz/join/", {"code": "ZZZZZZ", "nickname": "Gấu"})
    assert "Thao tác quá nhanh" in response.content.decode()


@pytest.fixture
def officer(django_user_model):
    user = django_user_model.objects.create_user("can-bo-tinh", password="mat-khau-dung-1")
    user.groups.add(Group.objects.get(name=groups.OFFICERS))
    return user


@pytest.mark.django_db
def test_logins_are_throttled_per_account_without_permanent_lockout(settings, officer, home_page):
    from axes.models import AccessAttempt

    settings.AXES_ENABLED = True
    client = Client()
    url = reverse("wagtailadmin_login")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(url, {"username": "can-bo-tinh", "password": "sai-mat-khau"})
        assert response.status_code == 200  # the form again, with its error
    last = client.post(url, {"username": "can-bo-tinh", "password": "sai-mat-khau"})
    assert last.status_code == 429  # the limit is reached
    locked = client.post(url, {"username": "can-bo-tinh", "password": "mat-khau-dung-1"})
    assert locked.status_code == 429
    assert "Đăng nhập sai quá nhiều lần" in locked.content.decode()
    # The lockout ends after the cool-off: no permanent lockout.
    assert settings.AXES_COOLOFF_TIME is not None
    AccessAttempt.objects.all().delete()  # what the cool-off does, without the wait
    ok = client.post(url, {"username": "can-bo-tinh", "password": "mat-khau-dung-1"})
    assert ok.status_code == 302


@pytest.mark.django_db
def test_login_gives_a_new_session_id(officer, home_page):
    client = Client()
    client.get(reverse("wagtailadmin_login"))
    before = client.cookies.get("sessionid")
    client.post(
        reverse("wagtailadmin_login"), {"username": "can-bo-tinh", "password": "mat-khau-dung-1"}
    )
    after = client.cookies["sessionid"].value
    assert before is None or before.value != after


@pytest.mark.django_db
def test_idle_staff_are_logged_out(client, officer, home_page):
    client.force_login(officer)
    assert client.get("/admin/").status_code == 200
    session = client.session
    session[StaffIdleTimeoutMiddleware.SESSION_KEY] = int(time.time()) - 3 * 60 * 60
    session.save()
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert client.get("/admin/").status_code == 302  # and stays logged out


@pytest.mark.django_db
def test_deactivating_a_user_ends_their_sessions(client, officer, home_page):
    client.force_login(officer)
    assert client.get("/admin/").status_code == 200
    officer.is_active = False
    officer.save()
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "login" in response["Location"]


@pytest.mark.django_db
def test_security_log_records_events_without_personal_data(caplog, officer, home_page):
    client = Client()
    with caplog.at_level(logging.INFO, logger="curriculum.security"):
        client.post(
            reverse("wagtailadmin_login"), {"username": "can-bo-tinh", "password": "sai-mat-khau"}
        )
        client.post(
            reverse("wagtailadmin_login"),
            {"username": "can-bo-tinh", "password": "mat-khau-dung-1"},
        )
        client.get(reverse("quiz_results_index"))  # officers may; a teacher may not
    text = caplog.text
    assert "login_failed" in text
    assert f"login user={officer.pk}" in text
    assert "can-bo-tinh" not in text and "mat-khau" not in text and "127.0.0.1" not in text


@pytest.mark.django_db
def test_permission_denials_are_logged(caplog, django_user_model, home_page):
    teacher = teacher_create(SchoolFactory(), username="giao-vien-x")
    client = Client()
    client.force_login(teacher)
    with caplog.at_level(logging.WARNING, logger="curriculum.security"):
        response = client.post(reverse("quizzes:run_start"), {"quiz": 999999, "class_name": "7A"})
    assert response.status_code == 404
    with caplog.at_level(logging.WARNING, logger="curriculum.security"):
        client.force_login(django_user_model.objects.create_user("khach", password="x-y-z-1234"))
        client.get(reverse("quizzes:run_list"))
    assert f"permission_denied path={reverse('quizzes:run_list')}" in caplog.text
