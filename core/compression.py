"""Gzip for public HTML only.

Compressing a response that holds a secret next to text an attacker can choose (a search
query, a nickname) lets the compressed length leak the secret (BREACH). So only what anyone
may see is compressed: HTML for an anonymous visitor that sets no cookie, carries no CSRF
token and may be cached. The page cache (home.page_cache) stores a compressed copy beside
each public page, made once with ``public_gzip``, so a hit costs no compression.
Portal, admin, quiz attempt and login pages are sent as they are.
"""

from django.middleware.gzip import GZipMiddleware
from django.utils.cache import patch_vary_headers
from django.utils.regex_helper import _lazy_re_compile
from django.utils.text import compress_string

ACCEPTS_GZIP = _lazy_re_compile(r"\bgzip\b")

PRIVATE_DIRECTIVES = ("private", "no-store")


def _public_html(request, response) -> bool:
    user = getattr(request, "user", None)
    cache_control = response.get("Cache-Control", "").lower()
    return (
        (user is None or not user.is_authenticated)
        and response.get("Content-Type", "").startswith("text/html")
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not any(directive in cache_control for directive in PRIVATE_DIRECTIVES)
        and b"csrfmiddlewaretoken" not in response.content
    )


def public_gzip(request, response) -> bytes | None:
    """The response's body compressed, for a public page worth compressing; else None."""
    if len(response.content) < 200 or not _public_html(request, response):
        return None
    compressed = compress_string(
        response.content, max_random_bytes=PublicGZipMiddleware.max_random_bytes
    )
    return compressed if len(compressed) < len(response.content) else None


def gzip_response_prepare(request, response, compressed: bytes | None) -> None:
    """Sends ``compressed`` (a stored copy of the body) to a browser that accepts gzip; the
    middleware above leaves a response with a Content-Encoding alone."""
    if compressed is None:
        return
    patch_vary_headers(response, ("Accept-Encoding",))
    if ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
        response.content = compressed
        response["Content-Length"] = str(len(compressed))
        response["Content-Encoding"] = "gzip"


class PublicGZipMiddleware(GZipMiddleware):
    """Django's GZipMiddleware, for anonymous public HTML only; placed right after
    SecurityMiddleware so it compresses what every other middleware has finished."""

    def process_response(self, request, response):
        if not _public_html(request, response):
            return response
        return super().process_response(request, response)
