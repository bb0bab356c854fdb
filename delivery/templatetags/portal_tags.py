from django import template
from wagtail import hooks

register = template.Library()

# Hook functions take ``request=`` and return a link for the portal's menu, or None:
# {"url": ..., "label": ..., "section": ...} (``section`` marks the current page).
PORTAL_NAV_HOOK = "register_portal_nav_item"


@register.simple_tag(takes_context=True)
def portal_nav_items(context) -> list[dict]:
    """Links other apps add to the teacher portal's menu for this user."""
    request = context["request"]
    return [item for fn in hooks.get_hooks(PORTAL_NAV_HOOK) if (item := fn(request=request))]


@register.filter
def person(user) -> str:
    """A user's full name in Vietnamese order (family name first, as "Trần Thị Hoa"), else
    their username; a dash for a deleted account."""
    if user is None:
        return "—"
    parts = (user.last_name.strip(), user.first_name.strip())
    return " ".join(part for part in parts if part) or user.get_username()
