"""Officers' list of the reminders sent in a period, within their areas: those that could not
be e-mailed (no address) first, to be passed on another way."""

from django.core.paginator import Paginator
from django.db.models import Q
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from completion.models import ReminderSent
from completion.views import CompletionSubpageMixin
from schools.selectors import paths_under

REMINDERS_PER_PAGE = 100


class ReminderListView(CompletionSubpageMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "completion/reminders.html"
    header_icon = "mail"

    def get_page_title(self):
        return _("Nhắc nhở hoàn thành chương trình")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        f = self.filters
        reminders = ReminderSent.objects.none()
        if f.period is not None:
            reminders = ReminderSent.objects.filter(period=f.period)
            if f.officer_paths is not None:
                reminders = reminders.filter(
                    paths_under(f.officer_paths, "school__area__path")
                    | paths_under(f.officer_paths, "area__path")
                )
            if f.area is not None:
                reminders = reminders.filter(
                    Q(school__area__path__startswith=f.area.path)
                    | Q(area__path__startswith=f.area.path)
                )
            if self.request.GET.get("missing") == "1":
                reminders = reminders.filter(emailed=False)
            reminders = reminders.select_related("school", "area", "recipient").order_by(
                "emailed", "-sent_at", "pk"
            )
        page = Paginator(reminders, REMINDERS_PER_PAGE).get_page(self.request.GET.get("p"))
        context.update(completion_filters=f, reminders=page)
        return context
