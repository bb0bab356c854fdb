"""Sends a signed-in user who owes a second factor to the code page (or to enrolment)."""

from contextlib import suppress

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse
from django.utils.http import urlencode

from core.two_factor.policy import ENROLLED, MUST_ENROL, session_state

# Areas that need the second factor: the Wagtail admin and the teacher portal. Their 2FA pages
# live at PREFIX + "2fa/" (curriculum_site/urls.py).
AREAS = {
    "admin": "/admin/",
    "portal": "/portal/",
}
# Pages of those areas a user who still owes the code may open.
OPEN_URL_NAMES = (
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",  # the icons the 2FA pages themselves load
    "portal:logout",
)
# The login pages: open to anyone, but a user who has given the password and owes the code is
# sent on to the code page (the login view would send a signed-in user straight back to
# ``next``, where they are anonymous again: a loop).
LOGIN_URL_NAMES = ("wagtailadmin_login", "portal:login")


def area_of(path_info: str) -> str | None:
    for area, prefix in AREAS.items():
        if path_info.startswith(prefix):
            return area
    return None


def _paths(names) -> set[str]:
    paths = set()
    for name in names:
        with suppress(NoReverseMatch):
            paths.add(reverse(name))
    return paths


async def _anonymous():
    return AnonymousUser()


def two_factor_url(area: str, name: str, next_url: str = "") -> str:
    url = reverse(f"two_factor_{area}:{name}")
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


class TwoFactorMiddleware:
    """For /admin/ and /portal/ (but their login and logout and the 2FA pages themselves):
    a user who must use a second factor, or has enrolled, and has not given a code in this
    session goes to the code page, or to enrolment if they have no device yet. Everywhere
    else that user is anonymous until the code is given: the password alone must not open
    login-only documents, restricted pages or a teacher's quiz runs.

    Placed after django_otp's OTPMiddleware, which gives ``request.user.is_verified()``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        area = area_of(request.path_info)
        if area is not None:
            response = self.challenge(request, area)
            if response is not None:
                return response
        # Only a browser with a session can be signed in: pupils' requests skip the user lookup.
        elif settings.SESSION_COOKIE_NAME in request.COOKIES and self.owed_state(request):
            request.user = AnonymousUser()
            request.auser = _anonymous
        return self.get_response(request)

    def owed_state(self, request) -> str | None:
        """ENROLLED or MUST_ENROL when the signed-in user still owes a code; else None."""
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        is_verified = getattr(user, "is_verified", None)
        if is_verified is not None and is_verified():
            return None
        state = session_state(request)
        return state if state in (ENROLLED, MUST_ENROL) else None

    def challenge(self, request, area):
        if request.path_info.startswith(AREAS[area] + "2fa/") or request.path in _paths(
            OPEN_URL_NAMES
        ):
            return None
        login_page = request.path in _paths(LOGIN_URL_NAMES)
        if login_page and request.method == "POST":
            return None  # signing in again, perhaps as someone else
        state = self.owed_state(request)
        if state is None:
            return None
        # From a login page the user goes on to where it would have sent them (the code page
        # checks that ``next`` stays on this site).
        next_url = request.GET.get("next", "") if login_page else request.get_full_path()
        return redirect(two_factor_url(area, "verify" if state == ENROLLED else "enrol", next_url))
