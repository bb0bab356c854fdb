from django.dispatch import receiver
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.signals import init_new_page

from home.page_cache import generation_cached
from lessons.models import LESSON_PAGE_CONTEXT_HOOK, LessonPage
from quizzes.admin_views import RESULTS_PERMISSION, QuizListReportView, QuizResultsReportView
from quizzes.models import YOUNG_GRADE_MAX, QuizPage
from quizzes.selectors import lesson_quizzes


@hooks.register("register_admin_urls")
def register_quiz_report_urls():
    return [
        path("reports/quizzes/", QuizListReportView.as_view(), name="quiz_results_index"),
        path(
            "reports/quizzes/results/",
            QuizListReportView.as_view(results_only=True),
            name="quiz_results_index_results",
        ),
        path("reports/quizzes/<int:pk>/", QuizResultsReportView.as_view(), name="quiz_results"),
        path(
            "reports/quizzes/<int:pk>/results/",
            QuizResultsReportView.as_view(results_only=True),
            name="quiz_results_results",
        ),
    ]


class QuizResultsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(RESULTS_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_quiz_results_menu_item():
    return QuizResultsMenuItem(
        _("Kết quả câu đố"), reverse("quiz_results_index"), icon_name="help", order=700
    )


@hooks.register(LESSON_PAGE_CONTEXT_HOOK)
def add_lesson_quizzes(*, request, page):
    quizzes = generation_cached(f"lesson-quizzes:{page.pk}", lambda: lesson_quizzes(lesson=page))
    return {"quizzes": quizzes}


@receiver(init_new_page, dispatch_uid="quizzes.quiz_takes_its_lessons_age_band")
def quiz_takes_its_lessons_age_band(sender, page, parent, **kwargs):
    """A quiz created under a lesson starts with the lesson's age band (its first, if several);
    the editor may change it."""
    if isinstance(page, QuizPage) and isinstance(parent, LessonPage) and page.age_band_id is None:
        page.age_band = parent.age_bands.order_by("sort_order", "pk").first()


@receiver(init_new_page, dispatch_uid="quizzes.quiz_for_young_children_by_default")
def quiz_for_young_children_by_default(sender, page, parent, **kwargs):
    """A quiz created under a lesson for grades 1–3 (the lesson's grades, else its age band's)
    starts in young children's mode: one question per screen, big targets; the editor may
    untick it."""
    if not (isinstance(page, QuizPage) and isinstance(parent, LessonPage)):
        return
    highest = parent.grade_max
    if highest is None:
        band = parent.age_bands.order_by("sort_order", "pk").first()
        grades = band.grade_range if band else None
        highest = grades[1] if grades else None
    if highest is not None and highest <= YOUNG_GRADE_MAX:
        page.young_children = True
