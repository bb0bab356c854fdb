"""The OpenAPI 3 schema of the API, hand-written: four read-only endpoints."""

from completion.api.tallies import SUPPRESS_BELOW, TALLY_PERCENTS
from schools.models import SchoolType

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
