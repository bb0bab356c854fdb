from django import template

register = template.Library()


@register.filter
def person(user) -> str:
    """A user's full name, else their username; a dash for a deleted account."""
    if user is None:
        return "—"
    return user.get_full_name() or user.get_username()
