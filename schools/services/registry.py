"""Writes to the registry: schools, their placements over time, and the school import.

Each function runs in one transaction and leaves a Wagtail log entry for every object it
changes. Sending ``school_records_changed`` lets the completion figures follow in the same
transaction without this app knowing about them.
"""

import datetime
import uuid
from collections.abc import Callable, Iterable

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.log_actions import registry as log_registry
from wagtail.models import ModelLogEntry

from core.spreadsheets.reading import RowError, TableError, table_read
from lessons.models import AgeBand
from schools.importing import (
    COLUMN_LABELS,
    SCHOOL_COLUMNS,
    AreaIndex,
    SchoolChange,
    SchoolImportResult,
    SchoolRow,
    age_band_aliases,
    school_changes_diff,
    school_row_parse,
    school_type_aliases,
    schools_by_code,
)
from schools.models import Area, School, SchoolPlacement
from schools.selectors import school_scope, user_scope
from schools.signals import school_records_changed

# ---------------------------------------------------------------------------------------------
# Schools and where they are


def placement_move(*, school: School, area: Area, on: datetime.date) -> None:
    """Close the school's current placement on ``on`` and open one in ``area`` from then."""
    current = SchoolPlacement.objects.select_for_update().filter(school=school, end__isnull=True)
    current = current.first()
    if current is not None and current.area_id == area.pk:
        return
    if current is not None and current.start is not None and current.start >= on:
        # A second move dated the same day (or earlier) replaces the first.
        current.area = area
        current.save(update_fields=["area"])
        return
    if current is not None:
        current.end = on
        current.save(update_fields=["end"])
    SchoolPlacement.objects.create(
        school=school, area=area, start=on if current is not None else None
    )


@transaction.atomic
def school_save(
    *, school: School, levels: Iterable[AgeBand], user, moved_on: datetime.date | None = None
) -> School:
    """Create or update a school from the admin form; a new area is a move dated ``moved_on``."""
    if school.pk is None:
        school.save()
        school.levels.set(levels)
        SchoolPlacement.objects.create(school=school, area=school.area, start=None)
        school_records_changed.send(sender=School, school_ids=[school.pk])
        log(school, "wagtail.create", user=user)
        return school
    school.save()
    school.levels.set(levels)
    placement_move(school=school, area=school.area, on=moved_on or timezone.localdate())
    school_records_changed.send(sender=School, school_ids=[school.pk])
    log(school, "wagtail.edit", user=user)
    return school


def _area_in_scope_test(user) -> Callable[[Area], bool]:
    if user is None:
        return lambda area: True
    scope = user_scope(user=user)
    if scope.everything:
        return lambda area: True
    return lambda area: area.path.startswith(scope.officer_paths) if scope.officer_paths else False


def school_import(
    *,
    name: str,
    content: bytes,
    user=None,
    dry_run: bool = False,
    moved_on: datetime.date | None = None,
) -> SchoolImportResult:
    """Validate every row, then create or update schools by code — all of them or none.

    With ``user`` (an officer in the admin), areas and existing schools must lie in their
    scope; without (the command line), anything goes. Unchanged rows write nothing.
    """
    today = timezone.localdate()
    moved_on = moved_on or today
    try:
        table = table_read(name=name, content=content, columns=SCHOOL_COLUMNS)
    except TableError as error:
        return SchoolImportResult(errors=error.errors)

    area_index = AreaIndex.build(Area.objects.only("pk", "code", "name", "path", "retired_on"))
    in_scope = _area_in_scope_test(user)
    bands = age_band_aliases(list(AgeBand.objects.all()))
    types = school_type_aliases()

    result = SchoolImportResult()
    rows: list[SchoolRow] = []
    first_line_of_code: dict[str, int] = {}
    for table_row in table:
        row, errors = school_row_parse(
            table_row.values,
            table_row.line,
            areas=area_index,
            in_scope=in_scope,
            bands=bands,
            types=types,
            today=today,
        )
        result.errors.extend(errors)
        code_key = table_row.values["code"].lower()
        if code_key and code_key in first_line_of_code:
            result.errors.append(
                RowError(
                    table_row.line,
                    COLUMN_LABELS["code"],
                    _("mã trường “%(code)s” trùng với dòng %(line)s.")
                    % {"code": table_row.values["code"], "line": first_line_of_code[code_key]},
                )
            )
        elif code_key:
            first_line_of_code[code_key] = table_row.line
        if row is not None:
            rows.append(row)

    existing = {
        school.code.lower(): school
        for school in schools_by_code(
            School.objects.select_related("area").prefetch_related("levels"),
            [row.code for row in rows],
        )
    }
    if user is not None and existing:
        allowed = set(
            school_scope(user=user)
            .filter(pk__in=[school.pk for school in existing.values()])
            .values_list("pk", flat=True)
        )
        for row in rows:
            school = existing.get(row.code.lower())
            if school is not None and school.pk not in allowed:
                result.errors.append(
                    RowError(
                        row.line,
                        COLUMN_LABELS["code"],
                        _("trường mã “%(code)s” thuộc địa bàn ngoài phạm vi quản lý của bạn.")
                        % {"code": row.code},
                    )
                )
    if result.errors:
        result.errors.sort(key=lambda error: error.line)
        return result

    for row in rows:
        school = existing.get(row.code.lower())
        changes = school_changes_diff(row, school) if school is not None else {}
        result.changes.append(SchoolChange(row=row, school=school, changes=changes))
    if dry_run:
        return result
    _school_import_apply(result, user=user, moved_on=moved_on)
    result.applied = True
    return result


@transaction.atomic
def _school_import_apply(result: SchoolImportResult, *, user, moved_on: datetime.date) -> None:
    creates = [change for change in result.changes if change.action == "create"]
    updates = [change for change in result.changes if change.action == "update"]
    new_schools = School.objects.bulk_create(
        [
            School(
                code=change.row.code,
                name=change.row.name,
                school_type=change.row.school_type,
                area=change.row.area,
                enrolment=change.row.enrolment,
                address=change.row.address or "",
                is_active=True if change.row.is_active is None else change.row.is_active,
            )
            for change in creates
        ]
    )
    if new_schools and new_schools[0].pk is None:
        # Databases that do not return ids from a bulk insert: read them back by code.
        ids = dict(
            School.objects.filter(code__in=[s.code for s in new_schools]).values_list("code", "pk")
        )
        for school in new_schools:
            school.pk = ids[school.code]
    Through = School.levels.through
    Through.objects.bulk_create(
        [
            Through(school_id=school.pk, ageband_id=band.pk)
            for school, change in zip(new_schools, creates, strict=True)
            for band in change.row.levels
        ]
    )
    SchoolPlacement.objects.bulk_create(
        [SchoolPlacement(school=school, area=school.area, start=None) for school in new_schools]
    )

    for change in updates:
        school, row = change.school, change.row
        school.name = row.name
        school.school_type = row.school_type
        school.enrolment = row.enrolment
        if row.address is not None:
            school.address = row.address
        if row.is_active is not None:
            school.is_active = row.is_active
        moved = school.area_id != row.area.pk
        school.area = row.area
        school.save()
        school.levels.set(row.levels)
        if moved:
            placement_move(school=school, area=row.area, on=moved_on)

    school_records_changed.send(
        sender=School,
        school_ids=[school.pk for school in new_schools] + [c.school.pk for c in updates],
    )
    _log_bulk(
        [(school, "wagtail.create", {}) for school in new_schools]
        + [
            (change.school, "schools.school.import", {"changes": change.changes})
            for change in updates
        ],
        user=user,
    )


def _log_bulk(entries: list[tuple[object, str, dict]], *, user) -> None:
    """Log entries for many objects in one insert (an import may touch thousands)."""
    if not entries:
        return
    now = timezone.now()
    action_uuid = uuid.uuid4()
    rows = []
    for instance, action, data in entries:
        if not log_registry.action_exists(action):
            raise ValueError(f"Log action {action} is not registered")
        rows.append(
            ModelLogEntry(
                content_type=ContentType.objects.get_for_model(instance, for_concrete_model=False),
                object_id=str(instance.pk),
                label=str(instance),
                action=action,
                timestamp=now,
                data=data,
                user=user,
                uuid=action_uuid,
            )
        )
    ModelLogEntry.objects.bulk_create(rows, batch_size=500)
