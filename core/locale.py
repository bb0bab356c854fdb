"""Vietnamese for every visitor; English only when they ask for it through the footer's links.

Django's LocaleMiddleware would follow the browser's Accept-Language, so a phone set to English
got English labels around Vietnamese lessons without asking. Here the language comes from the
language cookie (set by ``home.views.language_switch``) or ``LANGUAGE_CODE`` - nothing else.
"""

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers


def language_from_request(request) -> str:
    """The language cookie's language when it is one of LANGUAGES, else LANGUAGE_CODE."""
    code = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if code:
        try:
            return translation.get_supported_language_variant(code)
        except LookupError:
            pass
    return settings.LANGUAGE_CODE


class ChosenLanguageMiddleware:
    """Replaces LocaleMiddleware: activates the chosen language, ignoring Accept-Language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        translation.activate(language_from_request(request))
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        patch_vary_headers(response, ("Cookie",))
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
