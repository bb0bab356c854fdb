"""Reads: what a user may see (scope), a school's year at a glance, lesson choices, areas.

Every teacher or officer query starts here. A teacher's scope is the schools of their active
teacher memberships; an officer's is every school whose area lies under one of their areas;
a superuser sees everything. Scope is looked up once per request and kept on the user object.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db.models import Count, Q, QuerySet

from lessons.models import AgeBand, LessonPage
from lessons.search import fold_vietnamese
from lessons.selectors import lesson_published
from schools.models import (
    Area,
    DeliverySession,
    Evidence,
    Membership,
    Role,
    School,
    SessionStatus,
)

SCHOOL_YEAR_START_MONTH = 9  # a Vietnamese school year runs from September to August
LESSON_SEARCH_LIMIT = 100


@dataclass(frozen=True)
class Scope:
    teacher_school_ids: frozenset[int] = frozenset()
    officer_paths: tuple[str, ...] = ()
    everything: bool = False

    @property
    def is_teacher(self) -> bool:
        return bool(self.teacher_school_ids)

    @property
    def is_officer(self) -> bool:
        return self.everything or bool(self.officer_paths)


def user_scope(*, user) -> Scope:
    if not user.is_authenticated or not user.is_active:
        return Scope()
    cached = getattr(user, "_schools_scope", None)
    if cached is not None:
        return cached
    rows = Membership.objects.filter(user=user, is_active=True).values_list(
        "role", "school_id", "area__path"
    )
    school_ids, paths = set(), []
    for role, school_id, path in rows:
        if role == Role.TEACHER:
            school_ids.add(school_id)
        elif role == Role.OFFICER:
            paths.append(path)
    scope = Scope(
        teacher_school_ids=frozenset(school_ids),
        officer_paths=tuple(sorted(paths)),
        everything=user.is_superuser,
    )
    user._schools_scope = scope
    return scope


def paths_under(paths: Iterable[str], lookup: str) -> Q:
    """Rows whose ``lookup`` lies under one of the area paths (none: no row)."""
    return reduce(or_, (Q(**{f"{lookup}__startswith": path}) for path in paths), Q(pk__in=[]))


def area_scope(*, user) -> QuerySet[Area]:
    """Areas an officer covers: their own and every unit below them."""
    scope = user_scope(user=user)
    if scope.everything:
        return Area.objects.all()
    if not scope.officer_paths:
        return Area.objects.none()
    return Area.objects.filter(paths_under(scope.officer_paths, "path"))


def school_scope(*, user) -> QuerySet[School]:
    """Schools in an officer's areas (today's placement)."""
    scope = user_scope(user=user)
    if scope.everything:
        return School.objects.all()
    if not scope.officer_paths:
        return School.objects.none()
    return School.objects.filter(paths_under(scope.officer_paths, "area__path"))


def session_scope(*, user) -> QuerySet[DeliverySession]:
    """Sessions of the schools in an officer's areas."""
    scope = user_scope(user=user)
    if scope.everything:
        return DeliverySession.objects.all()
    if not scope.officer_paths:
        return DeliverySession.objects.none()
    return DeliverySession.objects.filter(paths_under(scope.officer_paths, "school__area__path"))


def teacher_session_scope(*, user) -> QuerySet[DeliverySession]:
    """Sessions of the schools a teacher belongs to, whoever recorded them."""
    school_ids = user_scope(user=user).teacher_school_ids
    return DeliverySession.objects.filter(school_id__in=school_ids)


def evidence_scope(*, user) -> QuerySet[Evidence]:
    """Evidence files a user may open: a teacher's schools' and an officer's area's."""
    scope = user_scope(user=user)
    if scope.everything:
        return Evidence.objects.all()
    condition = Q(session__school_id__in=scope.teacher_school_ids)
    if scope.officer_paths:
        condition |= paths_under(scope.officer_paths, "session__school__area__path")
    return Evidence.objects.filter(condition)


def teacher_membership_scope(*, user) -> QuerySet[Membership]:
    """Teacher accounts of the schools in an officer's areas."""
    scope = user_scope(user=user)
    memberships = Membership.objects.filter(role=Role.TEACHER)
    if scope.everything:
        return memberships
    if not scope.officer_paths:
        return memberships.none()
    return memberships.filter(paths_under(scope.officer_paths, "school__area__path"))


def officer_membership_scope(*, user) -> QuerySet[Membership]:
    """Officers' scopes: only superusers grant and see them."""
    if user.is_superuser:
        return Membership.objects.filter(role=Role.OFFICER)
    return Membership.objects.none()


def teacher_schools(*, user) -> list[School]:
    school_ids = user_scope(user=user).teacher_school_ids
    return list(
        School.objects.filter(pk__in=school_ids)
        .select_related("area")
        .prefetch_related("levels")
        .order_by("name")
    )


def school_year_bounds(*, today: datetime.date) -> tuple[datetime.date, datetime.date]:
    start_year = today.year if today.month >= SCHOOL_YEAR_START_MONTH else today.year - 1
    return (
        datetime.date(start_year, SCHOOL_YEAR_START_MONTH, 1),
        datetime.date(start_year + 1, SCHOOL_YEAR_START_MONTH, 1) - datetime.timedelta(days=1),
    )


@dataclass
class LevelProgress:
    age_band: AgeBand
    verified: int = 0
    submitted: int = 0
    returned: int = 0

    @property
    def total(self) -> int:
        return self.verified + self.submitted + self.returned


@dataclass
class SchoolYearSummary:
    """A school's sessions in the current reporting period (or school year, if none is set),
    per level it serves, and where it stands against the programme's rule."""

    school: School
    start: datetime.date
    end: datetime.date
    levels: list[LevelProgress] = field(default_factory=list)
    period: object = None
    status: object = None

    @property
    def missing_levels(self) -> list[AgeBand]:
        if self.status is None:
            return []
        missing = set(self.status.missing_level_ids)
        return [level.age_band for level in self.levels if level.age_band.pk in missing]


def school_year_summaries(
    *, schools: list[School], today: datetime.date
) -> list[SchoolYearSummary]:
    """Each school's sessions this period, counted per level it serves, and its status."""
    from schools.completion import period_current
    from schools.models import ReportingPeriod, SchoolPeriodStatus

    period = period_current(periods=list(ReportingPeriod.objects.all()), today=today)
    start, end = (period.start, period.end) if period else school_year_bounds(today=today)
    statuses = {}
    if period is not None:
        statuses = {
            row.school_id: row
            for row in SchoolPeriodStatus.objects.filter(
                period=period, school__in=[school.pk for school in schools]
            )
        }
    counts = (
        DeliverySession.objects.filter(
            school__in=[school.pk for school in schools], date__range=(start, end)
        )
        .exclude(status=SessionStatus.WITHDRAWN)
        .order_by()
        .values("school_id", "age_band_id")
        .annotate(
            verified=Count("pk", filter=Q(status=SessionStatus.VERIFIED)),
            submitted=Count("pk", filter=Q(status=SessionStatus.SUBMITTED)),
            returned=Count("pk", filter=Q(status=SessionStatus.RETURNED)),
        )
    )
    by_key = {(row["school_id"], row["age_band_id"]): row for row in counts}
    summaries = []
    for school in schools:
        levels = []
        for band in school.levels.all():
            row = by_key.get((school.pk, band.pk), {})
            levels.append(
                LevelProgress(
                    age_band=band,
                    verified=row.get("verified", 0),
                    submitted=row.get("submitted", 0),
                    returned=row.get("returned", 0),
                )
            )
        summaries.append(
            SchoolYearSummary(
                school=school,
                start=start,
                end=end,
                levels=levels,
                period=period,
                status=statuses.get(school.pk),
            )
        )
    return summaries


def lesson_choices(*, schools: list[School]) -> list[LessonPage]:
    """Published lessons for the levels the schools serve, by title."""
    band_ids = {band.pk for school in schools for band in school.levels.all()}
    return list(
        lesson_published()
        .filter(age_bands__in=band_ids)
        .distinct()
        .prefetch_related("age_bands")
        .order_by("title")
    )


def lesson_matches(*, lessons: list[LessonPage], query: str) -> list[LessonPage]:
    """The lessons whose title or summary holds every word of the query, accents optional."""
    words = fold_vietnamese(query).split()
    if not words:
        return list(lessons)
    return [
        lesson
        for lesson in lessons
        if all(word in fold_vietnamese(f"{lesson.title} {lesson.summary}") for word in words)
    ][:LESSON_SEARCH_LIMIT]


def schools_in_area_on(*, area: Area, on: datetime.date) -> QuerySet[School]:
    """Schools that belonged to the area (or a unit below it) on a date: past periods keep the
    units of their time, even after a reform retired them and moved the schools."""
    return School.objects.filter(
        Q(placements__start__isnull=True) | Q(placements__start__lte=on),
        Q(placements__end__isnull=True) | Q(placements__end__gt=on),
        placements__area__path__startswith=area.path,
    ).distinct()
