"""Routing a URL to a page without a query per level.

Wagtail finds each level's child as a plain ``Page`` and then fetches its specific model. The
slugs and models of a page's children, and each child reached this way, are kept for the
content generation (home/page_cache.py): a page found once is then served from the cache
until anything is published, moved or deleted. Anything unexpected goes Wagtail's own way.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from home.page_cache import generation_cached


def _child_content_types(page) -> dict[str, int]:
    return generation_cached(
        f"children:{page.pk}",
        lambda: dict(Page.objects.child_of(page).values_list("slug", "content_type_id")),
    )


class OneQueryRouteMixin:
    def route(self, request, path_components):
        if path_components:
            content_type_id = _child_content_types(self).get(path_components[0])
            model = (
                content_type_id and ContentType.objects.get_for_id(content_type_id).model_class()
            )
            if model is not None and issubclass(model, Page):
                slug = path_components[0]
                # The child itself is kept for the generation too: a publish, unpublish, move
                # or delete starts a new one, so the copy is never older than the tree.
                subpage = generation_cached(
                    f"route:{self.pk}:{slug}",
                    lambda: model.objects.child_of(self).filter(slug=slug).first(),
                )
                if subpage is not None:
                    subpage._cached_parent_obj = self  # get_parent() without a query
                    return subpage.route(request, path_components[1:])
        return super().route(request, path_components)
