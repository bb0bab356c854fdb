from django import template

from schools.selectors import user_scope

register = template.Library()


@register.simple_tag(takes_context=True)
def is_teacher(context) -> bool:
    """Whether the signed-in user teaches at a school (no query for anonymous visitors)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated and user_scope(user=user).is_teacher)


@register.filter
def person(user) -> str:
    """A user's full name, else their username; a dash for a deleted account."""
    if user is None:
        return "—"
    return user.get_full_name() or user.get_username()
