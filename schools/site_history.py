"""Wagtail's site history report (/admin/reports/site-history/ and its CSV/XLSX export), for
those who may read every entry.

Wagtail lists every log entry of the models a user holds any permission on: for an officer,
that is every district's sessions (class and date), accounts (with their school), scopes and
who made them. The report cannot be limited to an area, so district and province officers do
not get it — they read the history of each object in their scope instead (schools, areas,
accounts, sessions). Superusers, editors and moderators, whose entries are pages and snippets,
keep it.

curriculum_site/urls.py mounts these patterns before Wagtail's admin URLs, so the URL names
``wagtailadmin_reports:site_history`` and ``…_results`` lead here.
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.audit_logging import LogEntriesView

from core.spreadsheets.writing import SafeSpreadsheetExportMixin
from home import groups
from schools.selectors import user_scope

SITE_HISTORY_GROUPS = (groups.EDITORS, groups.MODERATORS)


def may_read_site_history(user) -> bool:
    """Superusers, and editors or moderators who are not officers (by scope or by group).

    Asked on every admin page (the reports menu): an officer's scope is already looked up for
    the request, so it costs them no query; others, one."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    if user_scope(user=user).is_officer:
        return False
    names = set(user.groups.values_list("name", flat=True))
    return groups.OFFICERS not in names and bool(names & set(SITE_HISTORY_GROUPS))


class SiteHistoryView(SafeSpreadsheetExportMixin, LogEntriesView):
    """Wagtail's report, for its readers only; its CSV/XLSX cells go through core.spreadsheets
    (labels are what users typed: class names, titles)."""

    def dispatch(self, request, *args, **kwargs):
        if not may_read_site_history(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def _admin_view(view):
    """The view behind Wagtail's admin sign-in check, as Wagtail wraps its own admin URLs (and
    still naming its view class, for the access matrix)."""
    return wraps(view)(require_admin_access(view))


app_name = "site_history"
urlpatterns = [
    path("", _admin_view(SiteHistoryView.as_view()), name="index"),
    path("results/", _admin_view(SiteHistoryView.as_view(results_only=True)), name="results"),
]
