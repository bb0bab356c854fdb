"""Reads: the sessions and evidence a user may see, a school's year at a glance, and the
lessons a teacher may choose from."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet
from wagtail import hooks

from core.text import fold_vietnamese
from delivery.models import DeliverySession, Evidence, SessionStatus
from home.groups import EDITORS
from lessons.models import AgeBand, LessonPage
from lessons.selectors import lesson_published
from quizzes import gain as quiz_gain
from quizzes.models import QuizRun, RunPhase
from quizzes.selectors import run_percents
from schools.models import Area, School
from schools.selectors import area_scope, paths_under, school_year_bounds, user_scope

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


# Learning gain per lesson (quizzes.gain): the pre-test and post-test runs linked to sessions.
# A session links one run; the pair is the post-test with the pre-test it names (or the
# pre-test with the post-test opened from it). Only runs are linked, never children.


def gain_report_sessions(*, user) -> QuerySet[DeliverySession] | None:
    """The sessions whose gain a user may read in the admin: an officer's areas (superusers:
    everything); editors everything (lesson aggregates, no child); anyone else None."""
    scope = user_scope(user=user)
    if scope.is_officer:
        return session_scope(user=user)
    if user.is_active and user.groups.filter(name=EDITORS).exists():
        return DeliverySession.objects.all()
    return None


def gain_report_areas(*, user) -> QuerySet[Area]:
    """The areas a user may filter the gain report by."""
    if user_scope(user=user).is_officer:
        return area_scope(user=user)
    return Area.objects.all()


@dataclass(frozen=True)
class SessionGainPair:
    pre_run_id: int
    post_run_id: int
    lesson_id: int | None
    lesson_title: str
    school_id: int


def session_gain_pairs(*, sessions: QuerySet[DeliverySession]) -> list[SessionGainPair]:
    """The pre/post pairs the sessions link (withdrawn sessions left out), each once: a pair
    linked by two sessions counts for the earlier one's lesson and school."""
    rows = (
        sessions.exclude(status=SessionStatus.WITHDRAWN)
        .filter(
            Q(quiz_run__pre_run__isnull=False) | Q(quiz_run__post_run__isnull=False),
        )
        .order_by("date", "pk")
        .values_list(
            "quiz_run_id",
            "quiz_run__pre_run_id",
            "quiz_run__post_run__id",
            "lesson_id",
            "lesson_title",
            "school_id",
        )
    )
    pairs: dict[tuple[int, int], SessionGainPair] = {}
    for run_id, pre_id, post_id, lesson_id, lesson_title, school_id in rows:
        key = (pre_id, run_id) if pre_id else (run_id, post_id)
        if key not in pairs:
            pairs[key] = SessionGainPair(key[0], key[1], lesson_id, lesson_title, school_id)
    return list(pairs.values())


@dataclass
class LessonGain:
    """One lesson's gain across the classes (pairs with a result) of the sessions."""

    lesson_id: int | None
    lesson_title: str
    schools: int
    summary: quiz_gain.GainSummary

    @property
    def classes(self) -> int:
        return self.summary.classes

    @property
    def pre_attempts(self) -> int:
        return self.summary.pre_attempts

    @property
    def post_attempts(self) -> int:
        return self.summary.post_attempts

    @property
    def pre_mean(self) -> float:
        return round(self.summary.pre_mean, 1)

    @property
    def post_mean(self) -> float:
        return round(self.summary.post_mean, 1)

    @property
    def gain(self) -> float:
        return round(self.summary.gain, 1)

    @property
    def normalised(self) -> float | None:
        value = self.summary.normalised
        return None if value is None else round(value, 2)


def lesson_gains(*, sessions: QuerySet[DeliverySession]) -> list[LessonGain]:
    """Per lesson, by title: the mean of the classes' means before and after teaching, the
    gain and Hake's normalised gain (quizzes.gain.gain_summary). Two queries."""
    pairs = session_gain_pairs(sessions=sessions)
    percents = run_percents(run_ids={run for p in pairs for run in (p.pre_run_id, p.post_run_id)})
    by_lesson: dict = {}
    for pair in pairs:
        result = quiz_gain.class_gain(
            pre=percents[pair.pre_run_id], post=percents[pair.post_run_id]
        )
        if result is None:
            continue  # a run without a finished attempt: no class result
        key = pair.lesson_id or pair.lesson_title
        entry = by_lesson.setdefault(key, (pair, [], set()))
        entry[1].append(result)
        entry[2].add(pair.school_id)
    rows = [
        LessonGain(
            lesson_id=first.lesson_id,
            lesson_title=first.lesson_title,
            schools=len(schools),
            summary=quiz_gain.gain_summary(results),
        )
        for first, results, schools in by_lesson.values()
    ]
    return sorted(rows, key=lambda row: (fold_vietnamese(row.lesson_title), row.lesson_id or 0))


def session_quiz_runs(*, session: DeliverySession) -> list[QuizRun]:
    """The quiz run a session links and its partner, the pre-test before the post-test: a
    session that links a post-test records both runs of the class."""
    run = session.quiz_run
    if run is None:
        return []
    partner = QuizRun.objects.select_related("quiz").filter(
        Q(pk=run.pre_run_id) | Q(pre_run=run), created_by_id=run.created_by_id
    )
    return sorted([run, *partner], key=lambda r: (r.phase != RunPhase.PRE, r.created_at))
