from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.template.response import TemplateResponse
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


def rate_limited(request, exception=None):
    """Shown when django-ratelimit refuses a request (RATELIMIT_VIEW)."""
    return TemplateResponse(request, "home/rate_limited.html", status=429)


def locked_out(request, credentials=None, *args, **kwargs):
    """Shown by django-axes after too many failed logins (AXES_LOCKOUT_CALLABLE)."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    # Rendered now: axes reads the response outside the template-response cycle.
    return render(request, "home/locked_out.html", {"cooloff_minutes": minutes}, status=429)
