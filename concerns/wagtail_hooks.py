from django.core.cache import cache
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from completion.views import COMPLETION_DASHBOARD_PANELS_HOOK
from concerns.models import Concern
from concerns.selectors import concern_public_figure, support_figure, user_is_counsellor
from concerns.viewsets import ConcernPermissionPolicy, concern_viewset
from delivery.templatetags.portal_tags import PORTAL_NAV_HOOK
from home.models import HOME_FIGURE_TEMPLATES, HOME_PAGE_CONTEXT_HOOK

register_permission_policy(Concern, ConcernPermissionPolicy(Concern))

PUBLIC_FIGURE_SECONDS = 600


@hooks.register("register_admin_viewset")
def register_concern_viewset():
    return concern_viewset


@hooks.register(PORTAL_NAV_HOOK)
def concern_portal_nav_item(*, request):
    """A school counsellor's reports of concern, in the teacher portal's menu."""
    if not user_is_counsellor(user=request.user):
        return None
    return {
        "url": reverse("concern_portal:list"),
        "label": _("Báo cáo lo ngại"),
        "section": "concerns",
    }


@hooks.register(COMPLETION_DASHBOARD_PANELS_HOOK)
def concern_dashboard_panel(*, request, officer_paths, area, period):
    """The figure "N / M trẻ cần hỗ trợ đã được hỗ trợ" beside the programme completion, within the
    officer's scope (and the dashboard's area and period)."""
    figure = support_figure(
        officer_paths=officer_paths,
        area=area,
        start=period.start if period else None,
        end=period.end if period else None,
    )
    return render_to_string(
        "concerns/admin/_dashboard_figure.html",
        {"figure": figure, "period": period},
        request=request,
    )


@hooks.register(HOME_PAGE_CONTEXT_HOOK)
def add_concern_figure(*, request, page):
    """This year's reports on the home page: aggregates only, none under five; computed at
    most every ten minutes (shared by the app servers through the cache)."""
    today = timezone.localdate()
    figure = cache.get_or_set(
        f"concerns:public-figure:{today.year}",
        lambda: concern_public_figure(today=today),
        PUBLIC_FIGURE_SECONDS,
    )
    templates = ["concerns/_home_figure.html"] if figure else []
    return {"concern_figure": figure, HOME_FIGURE_TEMPLATES: templates}
