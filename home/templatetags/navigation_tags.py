from django import template
from wagtail.models import Site

from home.models import HelpContacts
from home.page_cache import generation_cached

register = template.Library()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    items = (
        generation_cached(
            f"menu:{site.pk}",
            lambda: list(site.root_page.get_children().live().in_menu().specific()),
        )
        if site
        else []
    )
    if site:
        # The header's own "Cần giúp đỡ?" link leads there already: not a second tab stop.
        help_page_id = HelpContacts.for_request(request).help_page_id
        if help_page_id:
            items = [item for item in items if item.pk != help_page_id]
    current = context.get("page")
    return {"items": items, "current": current, "request": request}
