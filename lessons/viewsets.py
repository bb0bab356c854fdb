from django.db import router
from django.db.models.deletion import Collector, ProtectedError, RestrictedError
from django.shortcuts import redirect
from django.utils.translation import gettext as gettext_now
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.permissions import policy_registry
from wagtail.snippets.views.snippets import DeleteView, SnippetViewSet, SnippetViewSetGroup

from lessons.models import AgeBand, Topic


def _blocking_rows(objects) -> int:
    """How many rows forbid deleting ``objects`` (on_delete=PROTECT or RESTRICT); 0 if none."""
    if not objects:
        return 0
    model = type(objects[0])
    collector = Collector(using=router.db_for_write(model))
    try:
        collector.collect(objects)
    except ProtectedError as error:
        return len(error.protected_objects)
    except RestrictedError as error:
        return len(error.restricted_objects)
    return 0


def _refusal_message(objects, count) -> str:
    if len(objects) == 1:
        return gettext_now(
            "Không xoá được “%(object)s”: còn %(count)s bản ghi đang dùng mục này (ví dụ các "
            "buổi dạy đã ghi nhận). Mục này được giữ nguyên."
        ) % {"object": objects[0], "count": count}
    return gettext_now(
        "Không xoá được các mục đã chọn: còn %(count)s bản ghi đang dùng chúng (ví dụ các "
        "buổi dạy đã ghi nhận). Không mục nào bị xoá."
    ) % {"count": count}


def snippet_delete_refusal(request, objects):
    """The ``before_delete_snippet`` hook of the snippet delete view and bulk delete: a
    redirect to the listing with a message if deleting the snippets would break rows that use
    them (an age band of recorded sessions is on_delete=PROTECT: that was a 500); None to go on.

    Only the deletion itself (POST) by a user allowed to delete is checked, so nothing is
    told to whoever may not delete."""
    objects = list(objects)
    if request.method != "POST" or not objects:
        return None
    model = type(objects[0])
    policy = policy_registry.get_by_type(model)
    if policy is None or not all(
        policy.user_has_permission_for_instance(request.user, "delete", obj) for obj in objects
    ):
        return None
    count = _blocking_rows(objects)
    if not count:
        return None
    messages.error(request, _refusal_message(objects, count))
    return redirect(model.snippet_viewset.get_url_name("list"))


class ProtectedSnippetDeleteView(DeleteView):
    """Wagtail's snippet delete; a use recorded between the hook's check and the deletion is
    still a message, not a 500."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except (ProtectedError, RestrictedError) as error:
            rows = getattr(error, "protected_objects", None) or error.restricted_objects
            messages.error(self.request, _refusal_message([self.object], len(rows)))
            return redirect(self.get_success_url())


class AgeBandViewSet(SnippetViewSet):
    model = AgeBand
    delete_view_class = ProtectedSnippetDeleteView
    icon = "group"
    menu_label = _("Cấp học / độ tuổi")
    list_display = ["name", "grades", "ages", "sort_order"]
    ordering = ["sort_order", "name"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    delete_view_class = ProtectedSnippetDeleteView
    icon = "tag"
    menu_label = _("Chủ đề")
    list_display = ["name", "competence_domain"]
    list_filter = ["competence_domain"]
    search_fields = ["name"]


class LessonTaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (AgeBandViewSet, TopicViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Phân loại bài học")
    menu_name = "lesson-taxonomy"


lesson_taxonomy_viewset_group = LessonTaxonomyViewSetGroup()
