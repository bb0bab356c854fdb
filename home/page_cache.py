"""A cache of public pages for anonymous visitors, shared by app servers through Redis.

Only Wagtail page views are cached, only for anonymous GET/HEAD requests, and only when the
response sets no cookie, used no CSRF token, queued no message and is a plain 200. Keys hold
a content generation number: publishing, unpublishing, moving or deleting any page (or
changing a setting or snippet that pages show) starts a new generation, so a page and every
page that lists it — the index with any filters, the home page, related lessons — is purged
at once on every app server.
"""

import functools
import hashlib
import re
import threading
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.core.signals import request_finished, request_started
from django.dispatch import receiver
from django.http import HttpResponse
from django.urls import get_resolver
from django.utils import translation
from wagtail.models import Site

from core.compression import gzip_response_prepare, public_gzip
from core.locale import language_from_request

# Entries are (body, headers, gzipped body or None); the version in the key keeps an app
# server from reading another release's entries during a rolling deploy.
GENERATION_KEY = "pagecache:generation"
CACHED_HEADER = "X-Page-Cache"
# What pages show that changes only with the content (site, menu, settings, filters): kept for
# a generation, so it is read from the cache even when whole pages are not (cache off, or a
# signed-in user). An hour at most, in case a change ever bypasses the signals.
SHARED_DATA_SECONDS = 3600
# Headers a stored page does not keep: set again per response, or never shared.
_NOT_STORED = {"set-cookie", CACHED_HEADER.lower()}

T = TypeVar("T")


# The generation, read once per request: the page cache, the site, fragments and the quiz's
# page all need it, and with Redis each read is a round trip. Outside requests (commands,
# the task worker) it is read every time.
_request = threading.local()


@receiver(request_started)
@receiver(request_finished)
def _request_generation_forget(**kwargs) -> None:
    _request.generation = None
    _request.active = kwargs.get("signal") is request_started


def page_cache_invalidate() -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, timeout=None)
    _request.generation = None


def _generation() -> int:
    if getattr(_request, "active", False) and _request.generation is not None:
        return _request.generation
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY, 1)
    if getattr(_request, "active", False):
        _request.generation = generation
    return generation


def current_generation() -> int:
    """The content generation: it changes whenever what public pages show changes."""
    return _generation()


def generation_cached(name: str, build: Callable[[], T]) -> T:
    """``build()``, computed once per content generation (and language) and shared by every
    worker and app server; a publish, move, delete or setting change starts a new one."""
    key = f"pagecache:{_generation()}:data:{translation.get_language()}:{name}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, SHARED_DATA_SECONDS)
    return value


def _site_build(request):
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific  # routing starts there: no query for it
    return site


def site_prime(request) -> None:
    """Wagtail's site for this request (and its root page) from the generation's cache, where
    ``Site.find_for_request`` looks first; site changes start a new generation."""
    if not hasattr(request, "_wagtail_site"):
        try:
            host = f"{request.get_host()}|{request.get_port()}"
        except DisallowedHost:
            return  # answered 400 further down: no cache entry per made-up host
        try:
            site = generation_cached(f"site:{host}", lambda: _site_build(request))
        except Exception:  # noqa: BLE001 - only a shortcut: Wagtail looks the site up itself
            return  # (and /readyz/ must be able to report a broken cache)
        if site is not None:
            request._wagtail_site = site


def _language(request) -> str:
    # Above ChosenLanguageMiddleware, the language it will choose (the cookie, else vi).
    if hasattr(request, "LANGUAGE_CODE"):
        return translation.get_language()
    return language_from_request(request)


def _key(request, generation: int) -> str:
    raw = f"{request.get_host()}|{request.get_full_path()}|{_language(request)}"
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return f"pagecache:v2:{generation}:{digest}"


def _anonymous(request) -> bool:
    user = getattr(request, "user", None)
    if user is not None:
        return not user.is_authenticated
    # Above the session and auth middleware: without a session or messages cookie nobody is
    # signed in and nothing is queued for this browser.
    cookies = request.COOKIES
    return not cookies.get(settings.SESSION_COOKIE_NAME) and not cookies.get("messages")


@functools.cache
def _project_prefixes() -> tuple[str, ...]:
    """The fixed start of every URL the project routes to its own views (quizzes, the portal,
    the admin, search…): listed before Wagtail's catch-all, so they are never cached pages."""
    prefixes = []
    for pattern in get_resolver().url_patterns:
        route = str(pattern.pattern).lstrip("^")
        fixed = re.split(r"[<(\[\\.*+?$]", route)[0]
        if not fixed:
            break  # Wagtail's pages from here on
        prefixes.append("/" + fixed)
    return (settings.STATIC_URL, *prefixes)  # static files are WhiteNoise's, below


def _cacheable_request(request) -> bool:
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.path_info.startswith(_project_prefixes())
        and _anonymous(request)
    )


def _cacheable_response(request, response) -> bool:
    messages = getattr(request, "_messages", None)
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not getattr(request, "is_preview", False)
        and not (messages and getattr(messages, "_queued_messages", None))
        and "private" not in response.get("Cache-Control", "")
    )


class PublicPageCacheMiddleware:
    """Serves and stores whole pages.

    Listed twice: high in the stack, where a hit for a browser without a session or messages
    cookie costs no session, CSRF, auth or locale work; and low, after authentication, for
    anonymous visitors who carry a session (a pupil after a quiz). A request is handled by
    the first of the two that can."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if getattr(request, "_page_cache_seen", False) or not _cacheable_request(request):
            site_prime(request)
            return self.get_response(request)
        request._page_cache_seen = True
        generation = _generation()
        key = _key(request, generation)
        cached = cache.get(key)
        if cached is not None:
            content, headers, compressed = cached
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            response[CACHED_HEADER] = "hit"
            gzip_response_prepare(request, response, compressed)
            return response

        site_prime(request)
        response = self.get_response(request)
        if getattr(request, "is_wagtail_page", False) and _cacheable_response(request, response):
            # Every header the middleware below set (the ones above set theirs again).
            headers = [
                (name, value) for name, value in response.items() if name.lower() not in _NOT_STORED
            ]
            compressed = public_gzip(request, response)
            cache.set(key, (response.content, headers, compressed), settings.PAGE_CACHE_SECONDS)
            response[CACHED_HEADER] = "miss"
        return response
