"""Helpers of the moderation e-mails (core/templates/wagtailadmin/notifications/)."""

from django import template
from django.conf import settings
from wagtail.admin.localization import get_available_admin_languages
from wagtail.admin.utils import get_latest_str, get_user_display_name
from wagtail.models import AbstractPage
from wagtail.users.models import UserProfile

register = template.Library()


@register.simple_tag
def mail_language(recipient) -> str:
    """The language the recipient chose in the admin, else the site's (LANGUAGE_CODE).

    Wagtail falls back on the language of whoever triggered the e-mail instead."""
    chosen = UserProfile.get_for_user(recipient).preferred_language if recipient else ""
    if chosen and chosen in dict(get_available_admin_languages()):
        return chosen
    return settings.LANGUAGE_CODE


@register.filter
def kind(obj) -> str:
    """What the object is, in words: "bài học", "trang", a snippet's name."""
    if isinstance(obj, AbstractPage):
        obj = obj.specific_deferred
    return str(obj._meta.verbose_name) if obj is not None else ""


@register.filter
def display_title(obj) -> str:
    """The object's title as its latest draft has it."""
    return get_latest_str(obj) if obj is not None else ""


@register.filter
def person(user) -> str:
    return get_user_display_name(user) if user else ""


@register.filter
def on_site(url) -> str:
    """A URL of the site in full, on WAGTAILADMIN_BASE_URL when it is a path."""
    if not url:
        return ""
    if url.startswith(("http://", "https://")):
        return url
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url
