from wagtail import hooks
from wagtail.snippets.models import register_snippet

from home.models import HOME_PAGE_CONTEXT_HOOK
from home.page_cache import generation_cached
from lessons.models import LessonIndexPage
from lessons.selectors import age_band_list, lesson_latest
from lessons.viewsets import lesson_taxonomy_viewset_group, snippet_delete_refusal

register_snippet(lesson_taxonomy_viewset_group)
# Deleting a snippet that rows still use (PROTECT) is refused with a message, not a 500.
hooks.register("before_delete_snippet", snippet_delete_refusal)


@hooks.register(HOME_PAGE_CONTEXT_HOOK)
def add_lessons_to_home(*, request, page):
    """The home page's ways in: the age bands and the latest lessons (read once per content
    generation: publishing or editing a band starts a new one)."""
    return generation_cached(
        "home-lessons",
        lambda: {
            "lesson_index": LessonIndexPage.objects.live().first(),
            "age_bands": age_band_list(),
            "latest_lessons": lesson_latest(limit=6),
        },
    )
