"""The open data API of completion figures, read-only JSON under ``/api/v1/``.

- ``GET /api/v1/periods/``: the reporting periods.
- ``GET /api/v1/periods/<id>/figures/?area=<code>&type=<school type>``: the figures of a period
  for everything, a province or a district (``area``, by code), optionally one school type: the
  total, by school type and by the units one level below (provinces, or a province's
  districts). Aggregates only, open to anyone; without a staff key, a group of one or two
  schools (below ``SUPPRESS_BELOW``) has its counts withheld (``null``, ``"suppressed": true``):
  its figures would be those schools' own.
- ``GET /api/v1/periods/<id>/schools/?area=&type=``: school-level rows, only with a staff API
  key (``Authorization: Token <key>``, ``manage.py completion_api_key``), within the key
  user's areas.
- ``GET /api/v1/schema/``: the OpenAPI 3 schema (written here by hand).

The figures are the dashboard's (``completion/figures.py``: approved districts frozen), never
personal data (no names of people, no accounts, no sessions). Answers are cached in the
default cache for ``API_CACHE_SECONDS``; every request counts against a per-address rate
limit keyed with ``core.addresses.client_ip``.
"""

import hashlib
import secrets

from django.core.cache import cache
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django_ratelimit.core import is_ratelimited
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.permissions import AllowAny, BasePermission
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from completion.figures import completion_figures, tally_data
from completion.models import ApiKey, CompletionStatus, ReportingPeriod
from core.addresses import client_ip
from schools.models import Area, SchoolType
from schools.selectors import user_scope

API_CACHE_SECONDS = 60
API_RATE = "120/m"  # per address: a dashboard or a script polling, not a crawler
KEYWORD = "Token"
MAX_AREA_DEPTH = 2  # province and district figures; communes are not offered
# Without a staff key, a group (the total, a school type, a unit below, a unit × type) of fewer
# schools than this is suppressed: a district's one THCS school would otherwise be published
# as that school's own status, participants and enrolment, which are for staff keys only.
SUPPRESS_BELOW = 3


# ---------------------------------------------------------------------------------------------
# Keys


def api_key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def api_key_create(*, user, name: str) -> tuple[ApiKey, str]:
    """A new key for a member of staff; the key itself is returned once, never stored."""
    if not user.is_active or not user_scope(user=user).is_officer:
        raise ValueError("API keys are for officers and superusers")
    key = secrets.token_urlsafe(32)
    record = ApiKey.objects.create(user=user, name=name, prefix=key[:8], key_hash=api_key_hash(key))
    return record, key


class ApiKeyAuthentication(BaseAuthentication):
    """``Authorization: Token <key>``: a staff key not revoked, of an active officer."""

    def authenticate(self, request):
        header = get_authorization_header(request).split()
        if not header or header[0].lower() != KEYWORD.lower().encode():
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed("Invalid token header.")
        try:
            key = header[1].decode()
        except UnicodeError as error:
            raise exceptions.AuthenticationFailed("Invalid token.") from error
        record = (
            ApiKey.objects.filter(key_hash=api_key_hash(key), revoked_at__isnull=True)
            .select_related("user")
            .first()
        )
        if record is None or not record.user.is_active:
            raise exceptions.AuthenticationFailed("Invalid token.")
        if not user_scope(user=record.user).is_officer:
            raise exceptions.AuthenticationFailed("Invalid token.")
        return record.user, record

    def authenticate_header(self, request):
        return KEYWORD


class IsStaffKey(BasePermission):
    def has_permission(self, request, view):
        return isinstance(request.auth, ApiKey)


# ---------------------------------------------------------------------------------------------
# Views


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


TALLY_PERCENTS = ("complete_percent", "on_time_percent", "reach_percent")


def tally_suppressed(tally) -> bool:
    """A group of one or two schools: its figures are those schools' own (an empty group
    reveals nothing and is shown)."""
    return 0 < tally.expected < SUPPRESS_BELOW


def _tally(tally, *, suppress: bool) -> dict:
    """A tally's counts and rates; for an anonymous caller (``suppress``) a group below
    ``SUPPRESS_BELOW`` schools has every count and rate ``None`` and says it is suppressed."""
    data = tally_data(tally)
    data.update({name: getattr(tally, name) for name in TALLY_PERCENTS})
    if suppress and tally_suppressed(tally):
        return {**dict.fromkeys(data), "suppressed": True}
    return {**data, "suppressed": False}


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
                **_tally(t, suppress=suppress),
            }
            for unit, t in figures.by_area(parent=area)
        ]
    return {
        "period": _period_data(period),
        "rebuild_pending": False,
        "area": _area_data(area),
        "school_type": school_type or None,
        "total": _tally(figures.headline(), suppress=suppress),
        "by_type": [
            {"school_type": value, **_tally(t, suppress=suppress)} for value, t in figures.by_type()
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


# ---------------------------------------------------------------------------------------------
# The OpenAPI schema (hand-written: four read-only endpoints)

_SUPPRESSED_NOTE = (
    "null when the group is suppressed: without a staff key, a group (the total, a school "
    f"type, a unit, a unit × type) of fewer than {SUPPRESS_BELOW} schools is withheld, since "
    "its figures would be one or two schools' own."
)
_TALLY_PROPERTIES = {
    name: {"type": "integer", "nullable": True, "description": _SUPPRESSED_NOTE}
    for name in (
        "expected", "complete", "pending", "in_progress", "not_started", "on_time",
        "participants", "enrolment",
    )
}  # fmt: skip
_TALLY_PROPERTIES.update(
    {
        name: {"type": "number", "nullable": True, "description": _SUPPRESSED_NOTE}
        for name in TALLY_PERCENTS
    }
)
_TALLY_PROPERTIES["suppressed"] = {
    "type": "boolean",
    "description": (
        f"True when the group has fewer than {SUPPRESS_BELOW} schools and the caller has no "
        "staff key: every count and rate is then null (school-level figures are for staff "
        "keys only)."
    ),
}
_QUERY = [
    {
        "name": "area",
        "in": "query",
        "required": False,
        "description": "Province or district code (default: everything).",
        "schema": {"type": "string"},
    },
    {
        "name": "type",
        "in": "query",
        "required": False,
        "description": "School type.",
        "schema": {"type": "string", "enum": list(SchoolType.values)},
    },
]
_PERIOD_ID = {"name": "period_id", "in": "path", "required": True, "schema": {"type": "integer"}}


def _ok(schema_ref: str, description: str) -> dict:
    return {
        "200": {
            "description": description,
            "content": {"application/json": {"schema": {"$ref": schema_ref}}},
        },
        "404": {"description": "Unknown period or area."},
        "429": {"description": "Rate limited."},
    }


def openapi_schema() -> dict:
    area = {
        "type": "object",
        "nullable": True,
        "properties": {
            "code": {"type": "string"},
            "name": {"type": "string"},
            "level": {"type": "string"},
        },
    }
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "An toàn trên mạng — completion figures",
            "version": "v1",
            "description": (
                "Read-only figures of the programme's completion (schools that completed it, "
                "per reporting period), by province, district and school type. No personal "
                "data. School-level rows need a staff API key; without one, any group of "
                f"fewer than {SUPPRESS_BELOW} schools is suppressed (counts null, "
                '"suppressed": true), as its figures would be those schools\' own.'
            ),
        },
        "servers": [{"url": "/api/v1"}],
        "components": {
            "securitySchemes": {
                "StaffKey": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "Authorization",
                    "description": "`Token <key>` (manage.py completion_api_key).",
                }
            },
            "schemas": {
                "Tally": {
                    "type": "object",
                    "properties": _TALLY_PROPERTIES,
                    "required": list(_TALLY_PROPERTIES),
                },
                "Period": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "integer"},
                        "name": {"type": "string"},
                        "start": {"type": "string", "format": "date"},
                        "end": {"type": "string", "format": "date"},
                        "due_date": {"type": "string", "format": "date"},
                        "sessions_required": {"type": "integer"},
                        "verified_only": {"type": "boolean"},
                    },
                },
                "PeriodList": {
                    "type": "object",
                    "properties": {
                        "periods": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/Period"},
                        }
                    },
                },
                "Figures": {
                    "type": "object",
                    "properties": {
                        "period": {"$ref": "#/components/schemas/Period"},
                        "rebuild_pending": {"type": "boolean"},
                        "area": area,
                        "school_type": {"type": "string", "nullable": True},
                        "total": {"$ref": "#/components/schemas/Tally"},
                        "by_type": {
                            "type": "array",
                            "items": {
                                "allOf": [
                                    {"$ref": "#/components/schemas/Tally"},
                                    {
                                        "type": "object",
                                        "properties": {"school_type": {"type": "string"}},
                                    },
                                ]
                            },
                        },
                        "by_area": {
                            "type": "array",
                            "items": {"allOf": [{"$ref": "#/components/schemas/Tally"}, area]},
                        },
                        "approved": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {
                                    "area": {"type": "string"},
                                    "approved_on": {"type": "string", "format": "date"},
                                    "changed_after_approval": {"type": "boolean"},
                                },
                            },
                        },
                    },
                },
                "Schools": {
                    "type": "object",
                    "properties": {
                        "period": {"$ref": "#/components/schemas/Period"},
                        "rebuild_pending": {"type": "boolean"},
                        "schools": {"type": "array", "items": {"type": "object"}},
                    },
                },
            },
        },
        "paths": {
            "/periods/": {
                "get": {
                    "summary": "Reporting periods",
                    "responses": _ok("#/components/schemas/PeriodList", "The periods."),
                }
            },
            "/periods/{period_id}/figures/": {
                "get": {
                    "summary": "Completion figures of a period (public aggregates)",
                    "description": (
                        "Open to anyone. Without a staff key, groups of fewer than "
                        f"{SUPPRESS_BELOW} schools are suppressed (see Tally.suppressed); "
                        "with one (`Authorization: Token <key>`), every group is shown."
                    ),
                    "parameters": [_PERIOD_ID, *_QUERY],
                    "security": [{}, {"StaffKey": []}],
                    "responses": _ok("#/components/schemas/Figures", "The figures."),
                }
            },
            "/periods/{period_id}/schools/": {
                "get": {
                    "summary": "Each school's status (staff API key only)",
                    "parameters": [_PERIOD_ID, *_QUERY],
                    "security": [{"StaffKey": []}],
                    "responses": {
                        **_ok("#/components/schemas/Schools", "The schools in the key's areas."),
                        "401": {"description": "No or invalid staff key."},
                    },
                }
            },
            "/schema/": {
                "get": {
                    "summary": "This schema",
                    "responses": {"200": {"description": "OpenAPI 3"}},
                }
            },
        },
    }


class SchemaApi(CompletionApiView):
    def get(self, request):
        return Response(openapi_schema())
