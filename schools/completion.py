"""Completion of the programme by schools in a reporting period: the province's KPI.

The rule (``completion_rule``) is a pure function. ``completion_build`` applies it to schools
of a period and stores one ``SchoolPeriodStatus`` row per expected school; the session
services call ``completion_refresh`` in the same transaction as every write, and the
``rebuild_completion`` command rebuilds everything. The read side (``completion_*``
selectors) aggregates those rows in the database: a fixed number of queries whatever the
number of schools or sessions.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.db import transaction
from django.db.models import BooleanField, Count, ExpressionWrapper, F, Q, QuerySet, Sum, Value
from django.db.models.functions import Coalesce, StrIndex, Substr
from django.utils import timezone

from schools.models import (
    Area,
    CompletionStatus,
    DeliverySession,
    ReportingPeriod,
    School,
    SchoolPeriodStatus,
    SchoolPlacement,
    SessionStatus,
)
from schools.selectors import paths_under

TREND_PERIODS = 8


# ---------------------------------------------------------------------------------------------
# The rule


@dataclass(frozen=True)
class LevelCounts:
    """Sessions of one level in a period, and those recorded by the due date."""

    verified: int = 0
    submitted: int = 0
    verified_by_due: int = 0
    submitted_by_due: int = 0


@dataclass(frozen=True)
class SchoolCompletion:
    status: str
    on_time: bool
    missing_level_ids: tuple[int, ...]


def completion_rule(
    *,
    level_ids: Iterable[int],
    counts: Mapping[int, LevelCounts],
    required: int,
    verified_only: bool,
) -> SchoolCompletion:
    """The programme's rule for one school in one period (pure: no database).

    Complete: every level the school serves has ``required`` counted sessions (verified
    ones, or submitted ones too when the period does not ask for verification). Pending
    verification: it would be complete if the submitted sessions counted. In progress: some
    session, not enough. Not started: none. On time: complete counting only the sessions
    recorded by the due date.
    """
    level_ids = sorted(set(level_ids))
    empty = LevelCounts()

    def counted(level, by_due=False):
        c = counts.get(level, empty)
        verified = c.verified_by_due if by_due else c.verified
        submitted = c.submitted_by_due if by_due else c.submitted
        return verified if verified_only else verified + submitted

    def recorded(level):
        c = counts.get(level, empty)
        return c.verified + c.submitted

    missing = tuple(level for level in level_ids if counted(level) < required)
    if level_ids and not missing:
        on_time = all(counted(level, by_due=True) >= required for level in level_ids)
        return SchoolCompletion(CompletionStatus.COMPLETE, on_time, ())
    if level_ids and all(recorded(level) >= required for level in level_ids):
        return SchoolCompletion(CompletionStatus.PENDING, False, missing)
    if any(recorded(level) for level in level_ids):
        return SchoolCompletion(CompletionStatus.IN_PROGRESS, False, missing)
    return SchoolCompletion(CompletionStatus.NOT_STARTED, False, missing)


# ---------------------------------------------------------------------------------------------
# Writes: the status rows


def _due_end(period: ReportingPeriod) -> datetime.datetime:
    """The end of the due date, in the site's time zone."""
    midnight = datetime.datetime.combine(
        period.due_date + datetime.timedelta(days=1), datetime.time()
    )
    return timezone.make_aware(midnight)


def _expected_placements(period: ReportingPeriod, school_ids) -> dict[int, SchoolPlacement]:
    """Each expected school's placement during the period (the latest one that overlaps).

    A school is expected when a placement of it overlaps the period and it is active, or
    that placement has ended (it closed or moved later, so it was open in the period).
    """
    placements = (
        SchoolPlacement.objects.filter(
            Q(start__isnull=True) | Q(start__lte=period.end),
            Q(end__isnull=True) | Q(end__gt=period.start),
        )
        .filter(Q(school__is_active=True) | Q(end__isnull=False))
        .select_related("area", "school")
        .order_by("school_id", F("start").asc(nulls_first=True))
    )
    if school_ids is not None:
        placements = placements.filter(school_id__in=school_ids)
    chosen = {}
    for placement in placements:
        chosen[placement.school_id] = placement  # ordered by start: the last one wins
    return chosen


def completion_build(*, period: ReportingPeriod, school_ids: Iterable[int] | None = None) -> int:
    """Recompute the status rows of a period (all schools, or only ``school_ids``)."""
    school_ids = None if school_ids is None else list(set(school_ids))
    with transaction.atomic():
        placements = _expected_placements(period, school_ids)
        school_levels = School.levels.through.objects.all()
        sessions = DeliverySession.objects.filter(
            date__gte=period.start,
            date__lte=period.end,
            status__in=[SessionStatus.SUBMITTED, SessionStatus.VERIFIED],
        )
        # A whole period reads every school's rows unfiltered: a list of every expected
        # school's id would be tens of thousands of parameters (SQLite's usual limit is
        # 32,766), sent and parsed in each query. Rows of schools not expected are ignored.
        if school_ids is not None:
            school_levels = school_levels.filter(school_id__in=school_ids)
            sessions = sessions.filter(school_id__in=school_ids)
        levels = defaultdict(set)
        for school_id, band_id in school_levels.values_list("school_id", "ageband_id"):
            levels[school_id].add(band_id)

        due_end = _due_end(period)
        raw = defaultdict(lambda: defaultdict(lambda: [0, 0, 0, 0]))
        participants = defaultdict(int)
        sessions_counted = defaultdict(int)
        # One grouped query: per school, level, status and whether recorded by the due date.
        grouped = (
            sessions.annotate(
                by_due=ExpressionWrapper(Q(created_at__lt=due_end), output_field=BooleanField())
            )
            .values("school_id", "age_band_id", "status", "by_due")
            .annotate(n=Count("pk"), people=Coalesce(Sum("participants"), 0))
            .order_by()
        )
        for row in grouped:
            slot = raw[row["school_id"]][row["age_band_id"]]
            verified = row["status"] == SessionStatus.VERIFIED
            slot[0 if verified else 1] += row["n"]
            if row["by_due"]:
                slot[2 if verified else 3] += row["n"]
            if verified or not period.verified_only:
                participants[row["school_id"]] += row["people"]
                sessions_counted[row["school_id"]] += row["n"]

        rows = []
        for school_id, placement in placements.items():
            school = placement.school
            counts = {band: LevelCounts(*values) for band, values in raw[school_id].items()}
            result = completion_rule(
                level_ids=levels[school_id],
                counts=counts,
                required=period.sessions_required,
                verified_only=period.verified_only,
            )
            rows.append(
                SchoolPeriodStatus(
                    period=period,
                    school_id=school_id,
                    area_id=placement.area_id,
                    area_path=placement.area.path,
                    school_type=school.school_type,
                    status=result.status,
                    on_time=result.on_time,
                    levels_expected=len(levels[school_id]),
                    missing_level_ids=list(result.missing_level_ids),
                    sessions_counted=sessions_counted[school_id],
                    participants=participants[school_id],
                    enrolment=school.enrolment,
                )
            )
        stale = SchoolPeriodStatus.objects.filter(period=period)
        if school_ids is not None:
            stale = stale.filter(school_id__in=school_ids)
        stale.delete()
        SchoolPeriodStatus.objects.bulk_create(rows, batch_size=2000)
    return len(rows)


def completion_refresh(*, school_ids: Iterable[int], dates: Iterable[datetime.date] = ()) -> None:
    """Keep status rows current after a write: the periods holding ``dates``, or all."""
    school_ids = list(set(school_ids))
    dates = [date for date in dates if date]
    periods = ReportingPeriod.objects.all()
    if dates:
        query = Q()
        for date in dates:
            query |= Q(start__lte=date, end__gte=date)
        periods = periods.filter(query)
    for period in periods:
        completion_build(period=period, school_ids=school_ids)


# ---------------------------------------------------------------------------------------------
# Reads: the dashboard


@dataclass
class Tally:
    """Counts of expected schools by status, and the rates the province reports."""

    expected: int = 0
    complete: int = 0
    pending: int = 0
    in_progress: int = 0
    not_started: int = 0
    on_time: int = 0
    participants: int = 0
    enrolment: int = 0

    @property
    def complete_percent(self) -> float:
        return round(100 * self.complete / self.expected, 1) if self.expected else 0.0

    @property
    def on_time_percent(self) -> float:
        return round(100 * self.on_time / self.expected, 1) if self.expected else 0.0

    @property
    def reach_percent(self) -> float:
        return round(100 * self.participants / self.enrolment, 1) if self.enrolment else 0.0


TALLY = {
    "expected": Count("pk"),
    "complete": Count("pk", filter=Q(status=CompletionStatus.COMPLETE)),
    "pending": Count("pk", filter=Q(status=CompletionStatus.PENDING)),
    "in_progress": Count("pk", filter=Q(status=CompletionStatus.IN_PROGRESS)),
    "not_started": Count("pk", filter=Q(status=CompletionStatus.NOT_STARTED)),
    "on_time": Count("pk", filter=Q(status=CompletionStatus.COMPLETE, on_time=True)),
    "participants": Coalesce(Sum("participants"), 0),
    "enrolment": Coalesce(Sum("enrolment"), 0),
}


def _tally(row: dict) -> Tally:
    return Tally(**{name: row.get(name) or 0 for name in TALLY})


def completion_rows(
    *, period: ReportingPeriod, area: Area | None, school_type: str | None, officer_paths
) -> QuerySet[SchoolPeriodStatus]:
    """Status rows of a period within the officer's areas (``None``: everything)."""
    return _filtered(
        SchoolPeriodStatus.objects.filter(period=period),
        area=area,
        school_type=school_type,
        officer_paths=officer_paths,
    )


def _filtered(rows, *, area, school_type, officer_paths):
    if officer_paths is not None:
        rows = rows.filter(paths_under(officer_paths, "area_path"))
    if area is not None:
        rows = rows.filter(area_path__startswith=area.path)
    if school_type:
        rows = rows.filter(school_type=school_type)
    return rows


def completion_headline(*, rows: QuerySet[SchoolPeriodStatus]) -> Tally:
    return _tally(rows.aggregate(**TALLY))


def completion_by_type(*, rows: QuerySet[SchoolPeriodStatus]) -> list[tuple[str, Tally]]:
    grouped = rows.values("school_type").annotate(**TALLY).order_by("school_type")
    return [(row["school_type"], _tally(row)) for row in grouped]


def completion_by_area(
    *, rows: QuerySet[SchoolPeriodStatus], parent: Area | None
) -> list[tuple[Area | None, Tally]]:
    """Roll-up by the units one level below ``parent`` (or by the top units)."""
    prefix_length = len(parent.path) if parent else 0
    rest = Substr("area_path", prefix_length + 1)
    child_path = Substr("area_path", 1, prefix_length + StrIndex(rest, Value("/")))
    grouped = (
        rows.annotate(child_path=child_path)
        .values("child_path")
        .annotate(**TALLY)
        .order_by("child_path")
    )
    grouped = list(grouped)
    areas = {
        area.path: area for area in Area.objects.filter(path__in=[g["child_path"] for g in grouped])
    }
    return [(areas.get(row["child_path"]), _tally(row)) for row in grouped]


def completion_trend(
    *, period: ReportingPeriod, area: Area | None, school_type: str | None, officer_paths
) -> list[tuple[ReportingPeriod, Tally]]:
    """The headline of the periods up to this one, oldest first (at most TREND_PERIODS)."""
    periods = list(ReportingPeriod.objects.filter(start__lte=period.start)[:TREND_PERIODS])
    rows = _filtered(
        SchoolPeriodStatus.objects.filter(period__in=periods),
        area=area,
        school_type=school_type,
        officer_paths=officer_paths,
    )
    tallies = {
        row["period"]: _tally(row) for row in rows.values("period").annotate(**TALLY).order_by()
    }
    return [(p, tallies.get(p.pk, Tally())) for p in reversed(periods)]


def period_current(
    *, periods: list[ReportingPeriod], today: datetime.date
) -> ReportingPeriod | None:
    """The period holding today, else the latest that has begun, else the first one."""
    for period in periods:
        if period.start <= today <= period.end:
            return period
    begun = [period for period in periods if period.start <= today]
    if begun:
        return max(begun, key=lambda period: period.start)
    return min(periods, key=lambda period: period.start) if periods else None


# ---------------------------------------------------------------------------------------------
# Writes: periods


def period_save(*, period: ReportingPeriod) -> ReportingPeriod:
    """Save a period (checked by its ``clean``) and rebuild its schools' status rows."""
    with transaction.atomic():
        period.full_clean()
        period.save()
        completion_build(period=period)
    return period


def user_manages_periods(*, user) -> bool:
    """Periods are the province's: superusers and officers of a top-level area set them."""
    from schools.selectors import user_scope

    scope = user_scope(user=user)
    if scope.everything:
        return True
    return any(path.count("/") == 1 for path in scope.officer_paths)


def completion_public_figure(*, today: datetime.date) -> tuple[ReportingPeriod, Tally] | None:
    """The whole platform's figure for the current period: aggregates only, for the home page."""
    period = period_current(periods=list(ReportingPeriod.objects.all()), today=today)
    if period is None:
        return None
    rows = SchoolPeriodStatus.objects.filter(period=period)
    return period, completion_headline(rows=rows)
