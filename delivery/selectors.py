"""Reads: the sessions and evidence a user may see, a school's year at a glance, and the
lessons a teacher may choose from."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet
from wagtail import hooks

from core.text import fold_vietnamese
from delivery.models import DeliverySession, Evidence, SessionStatus
from lessons.models import AgeBand, LessonPage
from lessons.selectors import lesson_published
from schools.models import School
from schools.selectors import paths_under, school_year_bounds, user_scope

LESSON_SEARCH_LIMIT = 100
# A hook returning ``(period, {school_id: status row})`` for ``schools=`` and ``today=``.
PORTAL_PERIOD_HOOK = "portal_school_period"


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
    """Each school's sessions this period, counted per level it serves, and its status.

    The period and the statuses come from whichever app registered ``PORTAL_PERIOD_HOOK``
    (completion); without one, the school year is the period."""
    period, statuses = None, {}
    for period_status in hooks.get_hooks(PORTAL_PERIOD_HOOK):
        period, statuses = period_status(schools=schools, today=today)
    start, end = (period.start, period.end) if period else school_year_bounds(today=today)
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
