"""Writes: the per-school status rows of each period, and the periods themselves.

``completion_build`` applies the rule to the schools of a period and stores one
``SchoolPeriodStatus`` row per expected school. The registry and the session services send
``school_records_changed`` in the same transaction as every write; ``completion_refresh``
receives it, so the rows never lag behind. Saving a period marks it for a rebuild of all its
rows, which the worker does (``completion.tasks.period_rebuild``): the request answers at once.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable

from django.db import transaction
from django.db.models import BooleanField, Count, ExpressionWrapper, F, Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from completion.figures import approved_figures_flag_changes
from completion.models import ReportingPeriod, SchoolPeriodStatus
from completion.rules import LevelCounts, completion_rule
from core.tasks import enqueue_on_commit
from delivery.models import DeliverySession, SessionStatus
from schools.models import School, SchoolPlacement


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
        # Approved districts keep their frozen figures: a change is flagged for review.
        approved_figures_flag_changes(period=period, rows=rows)
        if school_ids is None and period.rebuild_requested_at is not None:
            # Every row now follows the period as it was read. A save since then set a newer
            # time, and its own rebuild will clear it: this one leaves it pending.
            ReportingPeriod.objects.filter(
                pk=period.pk, rebuild_requested_at=period.rebuild_requested_at
            ).update(rebuild_requested_at=None)
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


def period_save(*, period: ReportingPeriod) -> ReportingPeriod:
    """Save a period (checked by its ``clean``), mark its figures pending and enqueue their
    rebuild once saved: tens of thousands of schools are the worker's job, not the request's."""
    from completion.tasks import period_rebuild

    with transaction.atomic():
        period.full_clean()
        period.rebuild_requested_at = timezone.now()
        period.save()
        enqueue_on_commit(period_rebuild, period.pk)
    return period


def period_rebuild_run(*, period_id: int) -> int | None:
    """The worker's part of ``period_save``: rebuild every row of the period as it is now.
    Nothing to do if it was deleted, or if an earlier task already rebuilt it since its last
    save; otherwise the number of rows."""
    period = ReportingPeriod.objects.filter(pk=period_id).first()
    if period is None or period.rebuild_requested_at is None:
        return None
    return completion_build(period=period)
