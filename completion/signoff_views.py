"""Admin views of the district-to-province sign-off: the list of a period's districts, one
district's sign-off (its figures, state and the actions the user may take), the actions
(POST only) and the history of every submit, return and approval (Wagtail log entries)."""

from django.core.exceptions import ValidationError
from django.db.models import Value
from django.db.models.functions import StrIndex, Substr
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import registry as log_registry
from wagtail.models import ModelLogEntry

from completion.figures import tally_from_data
from completion.models import DistrictSignOff, ReportingPeriod
from completion.selectors import TALLY, Tally, completion_headline, completion_rows
from completion.signoff import (
    signoff_approve,
    signoff_return,
    signoff_submit,
    signoff_units,
    user_may_review,
    user_may_submit,
)
from completion.views import CompletionSubpageMixin, _officer_paths


def _unit_tallies(period, officer_paths) -> dict[str, Tally]:
    """Live headline of each second-level unit, in one grouped query."""
    rows = completion_rows(period=period, area=None, school_type=None, officer_paths=officer_paths)
    first = StrIndex("area_path", Value("/"))
    second = StrIndex(Substr("area_path", first + 1), Value("/"))
    grouped = (
        rows.annotate(unit=Substr("area_path", 1, first + second))
        .values("unit")
        .annotate(**TALLY)
        .order_by()
    )
    return {row["unit"]: Tally(**{n: row[n] or 0 for n in TALLY}) for row in grouped}


class SignOffListView(CompletionSubpageMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "completion/signoff_list.html"
    header_icon = "tasks"

    def get_page_title(self):
        return _("Phê duyệt số liệu")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        f = self.filters
        units = []
        if f.period is not None:
            sign_offs = {
                s.area_id: s
                for s in DistrictSignOff.objects.filter(period=f.period).select_related(
                    "approved_figures"
                )
            }
            tallies = _unit_tallies(f.period, f.officer_paths)
            for area in signoff_units(user=self.request.user).order_by("path"):
                sign_off = sign_offs.get(area.pk)
                units.append(
                    {
                        "area": area,
                        "tally": tallies.get(area.path, Tally()),
                        "sign_off": sign_off,
                        "approved": getattr(sign_off, "approved_figures", None),
                    }
                )
        context.update(completion_filters=f, units=units)
        return context


class SignOffMixin:
    """The period and the district from the URL: a district outside the user's areas is 404."""

    def setup_sign_off(self, request, period_id, area_id):
        _officer_paths(request.user)  # officers only
        self.period = get_object_or_404(ReportingPeriod, pk=period_id)
        self.area = get_object_or_404(signoff_units(user=request.user), pk=area_id)
        self.sign_off = (
            DistrictSignOff.objects.filter(period=self.period, area=self.area)
            .select_related("approved_figures", "submitted_by", "reviewed_by")
            .first()
        )

    def detail_url(self):
        return reverse("completion_signoff", args=[self.period.pk, self.area.pk])


class SignOffDetailView(SignOffMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "completion/signoff_detail.html"
    header_icon = "tasks"

    def dispatch(self, request, *args, period_id, area_id, **kwargs):
        self.setup_sign_off(request, period_id, area_id)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Phê duyệt số liệu: %(area)s") % {"area": self.area.name}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": f"{reverse('completion_signoffs')}?period={self.period.pk}",
                "label": _("Phê duyệt số liệu"),
            },
            {"url": "", "label": self.area.name},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        approved = getattr(self.sign_off, "approved_figures", None) if self.sign_off else None
        live = completion_headline(
            rows=completion_rows(
                period=self.period, area=self.area, school_type=None, officer_paths=None
            )
        )
        changed = []
        if approved is not None and approved.changed_school_ids:
            names = {row["school_id"]: row["school_name"] for row in approved.rows}
            changed = [names.get(pk, f"#{pk}") for pk in approved.changed_school_ids]
        context.update(
            period=self.period,
            area=self.area,
            sign_off=self.sign_off,
            approved=approved,
            approved_tally=tally_from_data(approved.tally) if approved else None,
            submitted_tally=(
                tally_from_data(self.sign_off.submitted_tally)
                if self.sign_off and self.sign_off.submitted_tally
                else None
            ),
            live=live,
            changed_schools=changed,
            may_submit=user_may_submit(user=user, area=self.area),
            may_review=user_may_review(user=user, area=self.area),
            period_ended=timezone.localdate() >= self.period.end,
        )
        return context


@method_decorator(require_POST, name="dispatch")
class SignOffActionView(SignOffMixin, View):
    action = None

    def post(self, request, period_id, area_id):
        self.setup_sign_off(request, period_id, area_id)
        try:
            if self.action == "submit":
                signoff_submit(period=self.period, area=self.area, user=request.user)
                messages.success(request, _("Đã gửi số liệu lên Sở."))
            else:
                if self.sign_off is None:
                    raise Http404
                if self.action == "approve":
                    signoff_approve(sign_off=self.sign_off, user=request.user)
                    messages.success(request, _("Đã phê duyệt số liệu."))
                else:
                    signoff_return(
                        sign_off=self.sign_off,
                        user=request.user,
                        reason=request.POST.get("reason", ""),
                    )
                    messages.success(request, _("Đã trả lại số liệu."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect(self.detail_url())


class SignOffHistoryView(SignOffMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "completion/signoff_history.html"
    header_icon = "history"

    def dispatch(self, request, *args, period_id, area_id, **kwargs):
        self.setup_sign_off(request, period_id, area_id)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Lịch sử phê duyệt: %(area)s") % {"area": self.area.name}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        entries = []
        if self.sign_off is not None:
            for entry in (
                ModelLogEntry.objects.for_instance(self.sign_off)
                .select_related("user")
                .order_by("-timestamp", "-pk")
            ):
                formatter = log_registry.get_formatter(entry)
                entries.append(
                    {
                        "entry": entry,
                        "label": formatter.label if formatter else entry.action,
                        "reason": (entry.data or {}).get("reason", ""),
                    }
                )
        context.update(
            period=self.period, area=self.area, entries=entries, detail_url=self.detail_url()
        )
        return context
