"""Security middleware and the security log.

The security log (logger ``curriculum.security``) records logins, failed logins, lockouts,
permission denials, rate limits, verification decisions and consent flags. Its messages
carry user ids and object ids only: no names, e-mail addresses, IP addresses or nicknames.
"""

import logging
import time

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

security_log = logging.getLogger("curriculum.security")

# The Wagtail admin needs inline scripts and styles; public pages get none.
ADMIN_PREFIX = "/admin/"
ADMIN_DIRECTIVES = {
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if request.path_info.startswith(ADMIN_PREFIX):
            parts.replace = {**(parts.replace or {}), **ADMIN_DIRECTIVES}
        return parts


class StaffIdleTimeoutMiddleware:
    """Logs out admin users idle for longer than ``STAFF_IDLE_TIMEOUT_SECONDS``.

    Staff are whoever uses the Wagtail admin: the clock runs on admin requests, which
    costs no permission query (teachers on the portal keep their longer session)."""

    SESSION_KEY = "staff_last_seen"
    # Write the session at most once a minute, not on every request.
    RESOLUTION_SECONDS = 60

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        in_admin = request.path_info.startswith(ADMIN_PREFIX)
        if in_admin and user is not None and user.is_authenticated:
            now = int(time.time())
            last_seen = request.session.get(self.SESSION_KEY, now)
            if now - last_seen > settings.STAFF_IDLE_TIMEOUT_SECONDS:
                security_log.info("idle_logout user=%s", user.pk)
                logout(request)
                messages.info(request, _("Phiên làm việc đã hết hạn do lâu không thao tác."))
                login_url = reverse("wagtailadmin_login")
                return redirect(f"{login_url}?{urlencode({'next': request.get_full_path()})}")
            if self.SESSION_KEY not in request.session or (
                now - last_seen >= self.RESOLUTION_SECONDS
            ):
                request.session[self.SESSION_KEY] = now
        return self.get_response(request)


class SecurityEventsMiddleware:
    """Logs permission denials and rate limits (the response, not the request body)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code in (403, 429):
            user = getattr(request, "user", None)
            security_log.warning(
                "%s path=%s user=%s",
                "permission_denied" if response.status_code == 403 else "rate_limited",
                request.path,
                user.pk if user is not None and user.is_authenticated else "-",
            )
        return response


class NoStoreMiddleware:
    """``Cache-Control: no-store, private`` on every response meant for one person.

    Classroom computers are shared: a teacher's portal page, a pupil's quiz attempt, an
    evidence photo or an admin page must not stay in the browser's cache for the next user.
    A response is private when the user is signed in, when it sets a cookie, when its path
    is under ``NO_STORE_PATH_PREFIXES`` (admin, portal, quiz runs and attempts), or when the
    visitor has unlocked a password-protected page or document collection. A response
    already marked ``public`` keeps its policy; anonymous public pages (the page cache's, the
    quiz intro page) are left alone. Placed first, so it sees every cookie set on the way out.
    """

    # Directives that would let a browser keep or share the response.
    DROPPED = {"public", "private", "no-store", "max-age", "s-maxage", "immutable"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        directives = [
            directive.strip()
            for directive in response.get("Cache-Control", "").split(",")
            if directive.strip()
        ]
        names = {directive.split("=", 1)[0].strip().lower() for directive in directives}
        if "public" in names or not self._private(request, response):
            return response
        kept = [d for d in directives if d.split("=", 1)[0].strip().lower() not in self.DROPPED]
        response["Cache-Control"] = ", ".join(["no-store", "private", *kept])
        return response

    # Where Wagtail's session remembers the password-protected pages and collections a visitor
    # has unlocked: what such a visitor is then shown is for them only.
    PASSED_RESTRICTION_KEYS = (
        "passed_page_view_restrictions",
        "passed_collection_view_restrictions",
    )

    @classmethod
    def _private(cls, request, response) -> bool:
        user = getattr(request, "user", None)
        session = getattr(request, "session", None)
        return bool(
            (user is not None and user.is_authenticated)
            or response.cookies
            or request.path_info.startswith(tuple(settings.NO_STORE_PATH_PREFIXES))
            # Only a session something already read (no extra query for other visitors).
            or (
                session is not None
                and session.accessed
                and any(session.get(key) for key in cls.PASSED_RESTRICTION_KEYS)
            )
        )


def axes_client_str(username, ip_address, user_agent, path_info, request) -> str:
    """What django-axes writes in its log lines (lockouts, failures): the path only, no
    username, address or user agent (``AXES_CLIENT_STR_CALLABLE``)."""
    if isinstance(path_info, (list, tuple)):
        path_info = path_info[0] if path_info else ""
    return f"path={path_info or '-'}"


@receiver(user_logged_in)
def _logged_in(sender, request, user, **kwargs):
    security_log.info("login user=%s", user.pk)


@receiver(user_logged_out)
def _logged_out(sender, request, user, **kwargs):
    if user is not None:
        security_log.info("logout user=%s", user.pk)


@receiver(user_login_failed)
def _login_failed(sender, credentials, request=None, **kwargs):
    # The username tried is personal data (and sometimes a mistyped password): not logged.
    security_log.warning("login_failed path=%s", request.path if request else "-")
