"""The API's endpoints (completion/api/__init__.py describes them)."""

from django.core.cache import cache
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django_ratelimit.core import is_ratelimited
from rest_framework import exceptions
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from completion.api.keys import ApiKeyAuthentication, IsStaffKey
from completion.api.schema import openapi_schema
from completion.api.tallies import tally_json
from completion.figures import completion_figures
from completion.models import ApiKey, CompletionStatus, ReportingPeriod
from core.addresses import client_ip
from schools.models import Area, SchoolType
from schools.selectors import user_scope

API_CACHE_SECONDS = 60
API_RATE = "120/m"  # per address: a dashboard or a script polling, not a crawler
MAX_AREA_DEPTH = 2  # province and district figures; communes are not offered


class RateLimited(exceptions.Throttled):
    default_detail = "Too many requests."


class CompletionApiView(APIView):
    authentication_classes = [ApiKeyAuthentication]
    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer]

    def initial(self, request, *args, **kwargs):
        limited = is_ratelimited(
            request,
            group="completion-api",
            key=lambda group, req: client_ip(req),
            rate=API_RATE,
            increment=True,
        )
        if limited:
            raise RateLimited(wait=60)
        super().initial(request, *args, **kwargs)

    def cached(self, key: str, build):
        return cache.get_or_set(f"completion-api:v1:{key}", build, API_CACHE_SECONDS)


def _period_data(period: ReportingPeriod) -> dict:
    return {
        "id": period.pk,
        "name": period.name,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "due_date": period.due_date.isoformat(),
        "sessions_required": period.sessions_required,
        "verified_only": period.verified_only,
    }


def _area_data(area: Area | None) -> dict | None:
    if area is None:
        return None
    return {"code": area.code, "name": area.name, "level": area.level}


def _filters(request):
    """``area`` (a province or district code) and ``type`` from the query string."""
    code = request.query_params.get("area", "").strip()
    area = None
    if code:
        area = Area.objects.filter(code=code).first()
        if area is None or area.path.count("/") > MAX_AREA_DEPTH:
            raise exceptions.NotFound("Unknown area: give a province or district code.")
    school_type = request.query_params.get("type", "").strip()
    if school_type and school_type not in SchoolType.values:
        raise exceptions.ValidationError({"type": list(SchoolType.values)})
    return area, school_type


class PeriodListApi(CompletionApiView):
    def get(self, request):
        return Response(
            self.cached(
                "periods",
                lambda: {"periods": [_period_data(p) for p in ReportingPeriod.objects.all()]},
            )
        )


def figures_data(
    *, period: ReportingPeriod, area: Area | None, school_type: str, suppress: bool = True
) -> dict:
    """The figures of a period: what the dashboard shows for the same filters. ``suppress``
    (anonymous callers) withholds the groups of fewer than ``SUPPRESS_BELOW`` schools."""
    if period.rebuild_pending:
        return {"period": _period_data(period), "rebuild_pending": True}
    figures = completion_figures(
        period=period, area=area, school_type=school_type or None, officer_paths=None
    )
    by_area = []
    if area is None or area.path.count("/") < MAX_AREA_DEPTH:
        by_area = [
            {
                **(_area_data(unit) or {"code": None, "name": None, "level": None}),
                **tally_json(t, suppress=suppress),
            }
            for unit, t in figures.by_area(parent=area)
        ]
    return {
        "period": _period_data(period),
        "rebuild_pending": False,
        "area": _area_data(area),
        "school_type": school_type or None,
        "total": tally_json(figures.headline(), suppress=suppress),
        "by_type": [
            {"school_type": value, **tally_json(t, suppress=suppress)}
            for value, t in figures.by_type()
        ],
        "by_area": by_area,
        "approved": [
            {
                "area": approval.area.code,
                "approved_on": timezone.localtime(approval.approved_at).date().isoformat(),
                "changed_after_approval": approval.changed_at is not None,
            }
            for approval in figures.approvals
        ],
    }


class FiguresApi(CompletionApiView):
    def get(self, request, period_id):
        period = get_object_or_404(ReportingPeriod, pk=period_id)
        area, school_type = _filters(request)
        # A staff key sees every group; anyone else gets the small ones suppressed (cached apart).
        suppress = not isinstance(request.auth, ApiKey)
        audience = "public" if suppress else "staff"
        key = f"figures:{audience}:{period.pk}:{area.pk if area else '-'}:{school_type or '-'}"
        return Response(
            self.cached(
                key,
                lambda: figures_data(
                    period=period, area=area, school_type=school_type, suppress=suppress
                ),
            )
        )


class SchoolsApi(CompletionApiView):
    """School-level rows: staff keys only, within the key user's areas; not cached."""

    permission_classes = [IsStaffKey]

    def get(self, request, period_id):
        period = get_object_or_404(ReportingPeriod, pk=period_id)
        area, school_type = _filters(request)
        scope = user_scope(user=request.user)
        officer_paths = None if scope.everything else scope.officer_paths
        if period.rebuild_pending:
            return Response({"period": _period_data(period), "rebuild_pending": True})
        figures = completion_figures(
            period=period, area=area, school_type=school_type or None, officer_paths=officer_paths
        )
        schools = [
            {
                "code": row.school.code,
                "name": row.school.name,
                "school_type": row.school_type,
                "area": row.area.name,
                "status": row.status,
                "complete": row.status == CompletionStatus.COMPLETE,
                "on_time": row.on_time,
                "missing_level_ids": list(row.missing_level_ids),
                "sessions_counted": row.sessions_counted,
                "participants": row.participants,
                "enrolment": row.enrolment,
                "approved": getattr(row, "frozen", False),
            }
            for row in figures.all_rows()
        ]
        return Response(
            {"period": _period_data(period), "rebuild_pending": False, "schools": schools}
        )


class RootApi(CompletionApiView):
    def get(self, request):
        return Response(
            {
                "version": "v1",
                "periods": reverse("api_v1_periods"),
                "schema": reverse("api_v1_schema"),
            }
        )


class SchemaApi(CompletionApiView):
    def get(self, request):
        return Response(openapi_schema())
