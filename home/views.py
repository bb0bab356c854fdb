import logging
import secrets

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache


def language_switch(request, language: str):
    """Switches language with a plain link, so cached pages carry no CSRF token."""
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    if language in dict(settings.LANGUAGES):
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            path=settings.LANGUAGE_COOKIE_PATH,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )
    return response


@never_cache
def health(request):
    """A trivial response through the whole middleware stack: load balancers and benchmarks."""
    return HttpResponse("ok", content_type="text/plain")


logger = logging.getLogger("curriculum.readiness")

READINESS_CACHE_KEY = "readiness:probe"


def _database_ok() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone()[0] == 1


def _cache_ok() -> bool:
    # A key of its own: concurrent probes (several workers, app servers) must not read each
    # other's value.
    key = f"{READINESS_CACHE_KEY}:{secrets.token_hex(8)}"
    cache.set(key, "ok", timeout=30)
    try:
        return cache.get(key) == "ok"
    finally:
        cache.delete(key)


def _oldest_task_seconds() -> int:
    """How long the oldest task ready to run (not started, not deferred) has waited: 0 if none.

    A deferred task (a retry's ``run_after``) waits from its ``run_after``, not its enqueueing."""
    # django_tasks_db's table; its app label is "django_tasks_database".
    results = apps.get_model("django_tasks_database", "DBTaskResult").objects.ready()
    now = timezone.now()
    since = []
    # ready(): no run_after (stored as a far-future date) or a run_after already passed.
    undeferred = results.filter(run_after__gt=now).order_by("enqueued_at")
    first = undeferred.values_list("enqueued_at", flat=True).first()
    if first is not None:
        since.append(first)
    deferred = results.filter(run_after__lte=now).order_by("run_after")
    first = deferred.values_list("run_after", "enqueued_at").first()
    if first is not None:
        since.append(max(first))
    return max(0, int((now - min(since)).total_seconds())) if since else 0


@never_cache
def ready(request):
    """Readiness for a load balancer or a monitor: the database answers, the cache keeps a
    value, and the task worker keeps up (no task has waited longer than
    ``READINESS_MAX_TASK_AGE_SECONDS``). 200 when all hold, else 503 naming what failed.

    Says nothing but "ok"/"error"/"late" and a number: no exception text (it could name a
    host or a user), no personal data."""
    body = {"database": "ok", "cache": "ok", "tasks": "ok", "oldest_task_seconds": None}
    checks = (("database", _database_ok), ("cache", _cache_ok))
    for name, check in checks:
        try:
            passed = check()
        except Exception as error:  # any failure means "not ready"
            logger.warning("readiness: %s failed (%s)", name, type(error).__name__)
            passed = False
        if not passed:
            body[name] = "error"
    if body["database"] == "ok":
        try:
            age = _oldest_task_seconds()
        except Exception as error:
            logger.warning("readiness: tasks failed (%s)", type(error).__name__)
            body["tasks"] = "error"
        else:
            body["oldest_task_seconds"] = age
            if age > settings.READINESS_MAX_TASK_AGE_SECONDS:
                body["tasks"] = "late"
    else:
        body["tasks"] = "error"
    healthy = all(body[name] == "ok" for name in ("database", "cache", "tasks"))
    return JsonResponse(body, status=200 if healthy else 503)


def rate_limited(request, exception=None):
    """Shown when django-ratelimit refuses a request (RATELIMIT_VIEW)."""
    return TemplateResponse(request, "home/rate_limited.html", status=429)


def locked_out(request, credentials=None, *args, **kwargs):
    """Shown by django-axes after too many failed logins (AXES_LOCKOUT_CALLABLE)."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    # Rendered now: axes reads the response outside the template-response cycle.
    return render(request, "home/locked_out.html", {"cooloff_minutes": minutes}, status=429)
