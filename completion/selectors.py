"""Reads: the dashboard's figures, aggregated from the status rows in the database, so the
number of queries stays fixed whatever the number of schools or sessions."""

import datetime
from dataclasses import dataclass

from django.db.models import Case, Count, Q, QuerySet, Sum, Value, When
from django.db.models.functions import Coalesce, StrIndex, Substr

from completion.models import CompletionStatus, ReportingPeriod, SchoolPeriodStatus
from schools.models import Area
from schools.selectors import paths_under, user_scope

TREND_PERIODS = 8


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


def completion_trend_live(
    *,
    periods: list[ReportingPeriod],
    rows: QuerySet[SchoolPeriodStatus],
    area: Area | None,
    school_type: str | None,
    officer_paths,
) -> list[tuple[ReportingPeriod, Tally]]:
    """The live headline of each of ``periods`` (newest first) from ``rows``, oldest first, in
    one query. The dashboard's trend is ``completion.figures.completion_trend``, where approved
    districts show their approved figures."""
    rows = _filtered(
        rows.filter(period__in=periods),
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


def user_manages_periods(*, user) -> bool:
    """Periods are the province's: superusers and officers of a top-level area set them."""
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


def school_statuses(*, period: ReportingPeriod, schools) -> dict[int, SchoolPeriodStatus]:
    """The status rows of some schools in a period, by school id."""
    rows = SchoolPeriodStatus.objects.filter(period=period, school__in=[s.pk for s in schools])
    return {row.school_id: row for row in rows}


@dataclass
class OfficerSummary:
    """The admin home's panel: an officer's area this period, and schools needing action."""

    period: ReportingPeriod
    headline: Tally
    needing_action: list[SchoolPeriodStatus]


NEEDING_ACTION = (CompletionStatus.NOT_STARTED, CompletionStatus.IN_PROGRESS)


def officer_summary(*, user, today: datetime.date, limit: int = 5) -> OfficerSummary | None:
    """The current period's headline in the officer's areas (everything for superusers) and a
    few schools not started, then in progress; ``None`` for non-officers or without periods.
    Four queries at most (the user's memberships, the periods, the headline, the schools)."""
    scope = user_scope(user=user)
    if not scope.is_officer:
        return None
    period = period_current(periods=list(ReportingPeriod.objects.all()), today=today)
    if period is None:
        return None
    rows = completion_rows(
        period=period,
        area=None,
        school_type=None,
        officer_paths=None if scope.everything else scope.officer_paths,
    )
    first = Case(
        When(status=CompletionStatus.NOT_STARTED, then=Value(0)), default=Value(1)
    )  # not started before in progress
    needing_action = list(
        rows.filter(status__in=NEEDING_ACTION)
        .select_related("school", "area")
        .annotate(first=first)
        .order_by("first", "area_path", "school__name")[:limit]
    )
    return OfficerSummary(
        period=period, headline=completion_headline(rows=rows), needing_action=needing_action
    )
