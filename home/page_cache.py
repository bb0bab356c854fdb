"""A cache of public pages for anonymous visitors, shared by app servers through Redis.

Only Wagtail page views are cached, only for anonymous GET/HEAD requests, and only when the
response sets no cookie, used no CSRF token, queued no message and is a plain 200. Keys hold
a content generation number: publishing, unpublishing, moving or deleting any page (or
changing a setting or snippet that pages show) starts a new generation, so a page and every
page that lists it — the index with any filters, the home page, related lessons — is purged
at once on every app server.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import translation

GENERATION_KEY = "pagecache:generation"
CACHED_HEADER = "X-Page-Cache"


def page_cache_invalidate() -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, timeout=None)


def _generation() -> int:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY, 1)
    return generation


def _key(request, generation: int) -> str:
    raw = f"{request.get_host()}|{request.get_full_path()}|{translation.get_language()}"
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return f"pagecache:{generation}:{digest}"


def _cacheable_request(request) -> bool:
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.user.is_authenticated
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
    """Serves and stores whole pages; placed after authentication and locale middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        generation = _generation()
        key = _key(request, generation)
        cached = cache.get(key)
        if cached is not None:
            content, headers = cached
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            response[CACHED_HEADER] = "hit"
            return response

        response = self.get_response(request)
        if getattr(request, "is_wagtail_page", False) and _cacheable_response(request, response):
            headers = [
                (name, value)
                for name, value in response.items()
                if name.lower() in {"content-type", "content-language", "vary"}
            ]
            cache.set(key, (response.content, headers), settings.PAGE_CACHE_SECONDS)
            response[CACHED_HEADER] = "miss"
        return response
