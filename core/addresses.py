"""The client's address as the app sees it behind the reverse proxies it trusts."""

from django.conf import settings
from ipware import get_client_ip


def client_ip(request) -> str:
    """The client's address: login throttling (axes) and rate limits (django-ratelimit) key on it.

    With ``TRUSTED_PROXY_COUNT`` = 0 (no proxy) it is ``REMOTE_ADDR`` and any
    ``X-Forwarded-For`` is ignored: a client could write anything there. Behind N proxies of
    our own, each appending the address it saw, the client is the N-th address from the right of
    ``X-Forwarded-For``; whatever the client put to the left of it is ignored. Where the header
    has fewer addresses than that (a request that did not come through the proxies),
    ``REMOTE_ADDR`` again."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        # python-ipware counts the proxies listed in the header: the last one is REMOTE_ADDR.
        ip, _routable = get_client_ip(
            request,
            proxy_order="left-most",
            proxy_count=proxies - 1,
            request_header_order=("HTTP_X_FORWARDED_FOR",),
            strict=False,
        )
        if ip:
            return ip
    return request.META.get("REMOTE_ADDR", "")
