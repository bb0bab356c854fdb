"""The client's address behind trusted proxies, and counters every worker shares."""

import runpy
import secrets
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.db import connection
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse
from django_ratelimit.core import is_ratelimited

from core.addresses import client_ip
from core.counters import CounterDatabaseCache, counters_table_create
from home import groups

PROXY = "10.0.0.2"  # the reverse proxy, as the app server sees it
SCHOOL_A = "113.160.0.10"
SCHOOL_B = "14.160.0.20"
BASE_SETTINGS = Path(__file__).resolve().parents[2] / "curriculum_site" / "settings" / "base.py"


def _request(forwarded_for=None, remote_addr=PROXY):
    meta = {"REMOTE_ADDR": remote_addr}
    if forwarded_for is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return RequestFactory().get("/", **meta)


def test_without_trusted_proxies_x_forwarded_for_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(_request(SCHOOL_A, remote_addr=SCHOOL_B)) == SCHOOL_B
    assert client_ip(_request(remote_addr=SCHOOL_B)) == SCHOOL_B


def test_behind_trusted_proxies_the_address_they_saw_counts(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(_request(SCHOOL_A)) == SCHOOL_A
    # What the client wrote itself is left of what our proxy appended: ignored.
    assert client_ip(_request(f"6.6.6.6, 8.8.8.8, {SCHOOL_A}")) == SCHOOL_A
    assert client_ip(_request(f"khong-phai-dia-chi, {SCHOOL_A}")) == SCHOOL_A
    # Not through the proxy: no header, so the connection's address.
    assert client_ip(_request()) == PROXY

    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(_request(f"6.6.6.6, {SCHOOL_A}, 10.0.0.3")) == SCHOOL_A
    assert client_ip(_request("10.0.0.3")) == PROXY  # fewer hops than configured


@pytest.fixture
def officer(django_user_model):
    user = django_user_model.objects.create_user("can-bo-tinh", password="mat-khau-dung-1")
    user.groups.add(Group.objects.get(name=groups.OFFICERS))
    return user


def _fail_logins(client, count):
    url = reverse("wagtailadmin_login")
    return [
        client.post(url, {"username": f"khong-co-{n}", "password": "sai-mat-khau"}).status_code
        for n in range(count)
    ]


@pytest.mark.django_db
def test_behind_a_proxy_one_address_failing_logins_does_not_lock_out_another(
    settings, officer, home_page
):
    settings.AXES_ENABLED = True
    settings.TRUSTED_PROXY_COUNT = 1
    attacker = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=SCHOOL_A)
    statuses = _fail_logins(attacker, settings.AXES_FAILURE_LIMIT)
    assert statuses[-1] == 429  # that address is locked out
    url = reverse("wagtailadmin_login")
    credentials = {"username": "can-bo-tinh", "password": "mat-khau-dung-1"}
    assert attacker.post(url, credentials).status_code == 429
    # The officer comes through the same proxy from another address: not locked out.
    officer_client = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=SCHOOL_B)
    assert officer_client.post(url, credentials).status_code == 302


@pytest.mark.django_db
def test_without_a_proxy_a_forged_x_forwarded_for_does_not_escape_the_lockout(
    settings, officer, home_page
):
    from axes.models import AccessAttempt

    settings.AXES_ENABLED = True
    settings.TRUSTED_PROXY_COUNT = 0
    url = reverse("wagtailadmin_login")
    statuses = [
        Client(REMOTE_ADDR=SCHOOL_A, HTTP_X_FORWARDED_FOR=f"6.6.6.{n}")
        .post(url, {"username": f"khong-co-{n}", "password": "sai-mat-khau"})
        .status_code
        for n in range(settings.AXES_FAILURE_LIMIT)
    ]
    assert statuses[-1] == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {SCHOOL_A}


@pytest.mark.django_db
def test_rate_limit_counters_are_kept_in_the_shared_cache(settings, client, home_page):
    assert settings.RATELIMIT_USE_CACHE == "counters"
    assert settings.RATELIMIT_IP_META_KEY == "core.addresses.client_ip"
    assert settings.AXES_CLIENT_IP_CALLABLE == "core.addresses.client_ip"
    client.get("/search/?q=mat+khau")
    assert any("rl:" in key for key in caches["counters"]._cache)
    assert not any("rl:" in key for key in caches["default"]._cache)


def test_counters_are_shared_by_workers_redis_or_the_database(monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    without_redis = runpy.run_path(str(BASE_SETTINGS))
    assert without_redis["CACHES"]["counters"]["BACKEND"] == "core.counters.CounterDatabaseCache"
    assert without_redis["RATELIMIT_USE_CACHE"] == "counters"
    assert without_redis["TRUSTED_PROXY_COUNT"] == 0

    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/0")
    monkeypatch.setenv("DJANGO_TRUSTED_PROXY_COUNT", "1")
    with_redis = runpy.run_path(str(BASE_SETTINGS))
    counters = with_redis["CACHES"]["counters"]
    assert counters["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert counters["LOCATION"] == "redis://127.0.0.1:6379/0"
    assert with_redis["TRUSTED_PROXY_COUNT"] == 1


DATABASE_COUNTERS = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "counters": {
        "BACKEND": "core.counters.CounterDatabaseCache",
        "LOCATION": "test_counters",
        "TIMEOUT": 120,
    },
}


@pytest.mark.django_db
def test_the_database_counters_table_comes_with_migrate_and_counts(settings):
    with override_settings(CACHES=DATABASE_COUNTERS):
        counters_table_create(sender=None, using="default", verbosity=0)
        assert "test_counters" in connection.introspection.table_names()
        counters_table_create(sender=None, using="default", verbosity=0)  # a second run: no-op
        cache = caches["counters"]
        assert isinstance(cache, CounterDatabaseCache)
        assert cache.add("n", 1) and cache.incr("n") == 2 and cache.incr("n", 3) == 5
        with pytest.raises(ValueError):
            cache.incr("missing")
        request = _request(remote_addr=SCHOOL_A)
        limited = [
            is_ratelimited(request, group="t", key="ip", rate="2/m", increment=True)
            for _ in range(3)
        ]
        assert limited == [False, False, True]


def _wrong_codes(count, **meta):
    """``count`` wrong codes, each from a new browser (its own CSRF cookie): what the address
    sends, not what one browser does."""
    responses = []
    for _ in range(count):
        browser = Client(**meta)
        browser.cookies["csrftoken"] = secrets.token_hex(16)
        responses.append(
            browser.post(reverse("quizzes:join"), {"code": "ZZZZZZ", "nickname": "Gấu"})
        )
    return responses


@pytest.mark.django_db
def test_rate_limits_key_on_the_same_client_address(settings, home_page):
    from quizzes.views import WRONG_CODE_RATE

    limit = int(WRONG_CODE_RATE.split("/")[0])
    # No trusted proxy: a forged X-Forwarded-For does not make a new address.
    settings.TRUSTED_PROXY_COUNT = 0
    statuses = [
        response.status_code
        for n in range(limit + 1)
        for response in _wrong_codes(1, REMOTE_ADDR=SCHOOL_A, HTTP_X_FORWARDED_FOR=f"6.6.6.{n}")
    ]
    assert statuses == [404] * limit + [429]
    caches["counters"].clear()
    # Behind one trusted proxy: two schools behind it are counted apart.
    settings.TRUSTED_PROXY_COUNT = 1
    a = _wrong_codes(limit + 1, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=SCHOOL_A)
    assert a[-1].status_code == 429
    b = _wrong_codes(1, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=SCHOOL_B)
    assert b[0].status_code == 404
