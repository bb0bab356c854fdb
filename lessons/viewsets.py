from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from lessons.models import AgeBand, Topic


class AgeBandViewSet(SnippetViewSet):
    model = AgeBand
    icon = "group"
    menu_label = _("Cấp học / độ tuổi")
    list_display = ["name", "grades", "ages", "sort_order"]
    ordering = ["sort_order", "name"]


class TopicViewSet(SnippetViewSet):
    model = Topic
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
