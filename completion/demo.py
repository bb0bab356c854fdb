"""Demo reporting periods for ``seed_demo`` (two terms a school year, last year and this), and
verified sessions in the past terms so that the dashboard's trend has data. Idempotent."""

import datetime
import uuid

from django.db import transaction
from django.utils import timezone

from completion.models import ReportingPeriod
from completion.services import completion_build, period_save
from delivery.demo import DEMO_NAMESPACE
from delivery.models import DeliverySession, SessionMode, SessionStatus
from lessons.models import LessonPage
from schools.models import School


@transaction.atomic
def demo_periods_build() -> None:
    _periods_ensure()
    _history_ensure()


def _periods_ensure() -> None:
    """Two terms a school year, for last year and this one: periods are data, not code."""
    today = timezone.localdate()
    first_year = today.year - 1 if today.month >= 9 else today.year - 2
    for year in (first_year, first_year + 1):
        terms = [
            (
                f"Học kỳ I năm học {year}–{year + 1}",
                datetime.date(year, 9, 5),
                datetime.date(year + 1, 1, 15),
                datetime.date(year + 1, 1, 25),
            ),
            (
                f"Học kỳ II năm học {year}–{year + 1}",
                datetime.date(year + 1, 1, 19),
                datetime.date(year + 1, 5, 31),
                datetime.date(year + 1, 6, 10),
            ),
        ]
        for name, start, end, due_date in terms:
            if not ReportingPeriod.objects.filter(name=name).exists():
                period = period_save(
                    period=ReportingPeriod(name=name, start=start, end=end, due_date=due_date)
                )
                # Built here, not by the worker: the demo is whole without one running.
                completion_build(period=period)


# Share of schools that completed each past term in the demo: the trend the dashboard shows.
HISTORY_COVERAGE = (0.7, 0.9)


def _history_ensure() -> None:
    """Verified sessions for most schools in the two past terms, so the trend has data."""
    today = timezone.localdate()
    past = list(ReportingPeriod.objects.filter(end__lt=today).order_by("start"))[-2:]
    lessons_by_band = {}
    for lesson in LessonPage.objects.live().prefetch_related("age_bands").order_by("path"):
        for band in lesson.age_bands.all():
            lessons_by_band.setdefault(band.pk, lesson)
    schools = list(School.objects.prefetch_related("levels").order_by("code"))
    for period, coverage in zip(past, HISTORY_COVERAGE, strict=False):
        sessions = []
        for position, school in enumerate(schools):
            if position >= coverage * len(schools):
                break
            for band in school.levels.all():
                lesson = lessons_by_band.get(band.pk)
                submission_id = uuid.uuid5(DEMO_NAMESPACE, f"{period.pk}-{school.code}-{band.slug}")
                if lesson is None:
                    continue
                sessions.append(
                    DeliverySession(
                        submission_id=submission_id,
                        school=school,
                        lesson=lesson,
                        lesson_title=lesson.title,
                        date=period.start + datetime.timedelta(days=30 + position % 60),
                        class_name="Khối " + band.name,
                        age_band=band,
                        audience=lesson.audience,
                        participants=min(school.enrolment, 40),
                        mode=SessionMode.EXTRACURRICULAR,
                        duration_minutes=lesson.duration_minutes,
                        notes="Dữ liệu minh họa",
                        status=SessionStatus.VERIFIED,
                    )
                )
        known = set(
            DeliverySession.objects.filter(
                submission_id__in=[session.submission_id for session in sessions]
            ).values_list("submission_id", flat=True)
        )
        new = [session for session in sessions if session.submission_id not in known]
        if not new:
            continue
        DeliverySession.objects.bulk_create(new)
        # Recorded during the term, not today: the demo's past terms are on time.
        recorded = timezone.make_aware(
            datetime.datetime.combine(period.end - datetime.timedelta(days=7), datetime.time(9))
        )
        DeliverySession.objects.filter(
            submission_id__in=[session.submission_id for session in new]
        ).update(created_at=recorded, reviewed_at=recorded)
        completion_build(period=period)
