from django import template

register = template.Library()


@register.filter
def person(user) -> str:
    """A user's full name in Vietnamese order (family name first, as "Trần Thị Hoa"), else
    their username; a dash for a deleted account."""
    if user is None:
        return "—"
    parts = (user.last_name.strip(), user.first_name.strip())
    return " ".join(part for part in parts if part) or user.get_username()
