"""Gzip for public HTML only.

Compressing a response that holds a secret next to text an attacker can choose (a search
query, a nickname) lets the compressed length leak the secret (BREACH). So only what anyone
may see is compressed: HTML for an anonymous visitor that sets no cookie, carries no CSRF
token and may be cached. Pages from the page cache (home.page_cache) are stored
uncompressed and compressed here on each response, for the browsers that accept gzip.
Portal, admin, quiz attempt and login pages are sent as they are.
"""

from django.middleware.gzip import GZipMiddleware

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


class PublicGZipMiddleware(GZipMiddleware):
    """Django's GZipMiddleware, for anonymous public HTML only; placed right after
    SecurityMiddleware so it compresses what every other middleware has finished."""

    def process_response(self, request, response):
        if not _public_html(request, response):
            return response
        return super().process_response(request, response)
