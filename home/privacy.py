"""Page privacy without a query per page view.

Wagtail checks a page's view restrictions each time it serves one: a query for the page's
ancestors, then one for their restrictions. The paths under a restriction are kept for the
content generation (a restriction saved or deleted, or a page moved, starts a new one), so a
page under none of them answers without a query; a restricted one goes Wagtail's own way.
"""

from wagtail.models import PageViewRestriction

from home.page_cache import generation_cached


def restricted_paths() -> list[str]:
    """The tree paths of the pages that carry a view restriction."""
    return generation_cached(
        "restricted-paths",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


class CachedViewRestrictionsMixin:
    def get_view_restrictions(self):
        if not any(self.path.startswith(path) for path in restricted_paths()):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
