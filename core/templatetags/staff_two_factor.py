from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def staff_2fa_required() -> bool:
    """Whether superusers and officers must sign in with a second factor here."""
    return bool(settings.STAFF_2FA_REQUIRED)
