"""The whole data set in one transaction: age bands, the two synthetic users, the reporting
periods, the registry and the sessions, then the completion status rows of every period."""

import datetime
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.utils import timezone

from completion.models import ReportingPeriod, SchoolPeriodStatus
from completion.services import completion_build
from curriculum.services import DATA_ROOT
from curriculum.validation import curriculum_read
from delivery.models import DeliverySession
from lessons.models import AgeBand
from schools.models import Area, School, SchoolPlacement

from .registry import _areas_create, _schools_create
from .sessions import _sessions_create

TEACHER_USERNAME = "scale-data-teacher"
OFFICER_USERNAME = "scale-data-officer"

SESSIONS_REQUIRED = 2
DUE_AFTER_END = datetime.timedelta(days=21)


class ScaleDataError(Exception):
    """Bad sizes, or a database that is not empty: synthetic data never mixes with real data."""


@dataclass(frozen=True)
class ScaleDataSummary:
    areas: int
    schools: int
    sessions: int
    periods: int
    status_rows: int
    data_seconds: float
    status_seconds: float
    total_seconds: float


def scale_data_generate(
    *, schools: int, sessions: int, periods: int = 8, seed: int = 1
) -> ScaleDataSummary:
    """Fill an empty database with ``schools`` schools and ``sessions`` sessions over
    ``periods`` half school years ending with the one under way, in one transaction."""
    if schools < 1 or sessions < 0 or periods < 1:
        raise ScaleDataError("Số trường và số kỳ phải lớn hơn 0; số buổi dạy không được âm.")
    if Area.objects.exists() or School.objects.exists() or ReportingPeriod.objects.exists():
        raise ScaleDataError(
            "Cơ sở dữ liệu đã có địa bàn, trường hoặc kỳ báo cáo: dữ liệu mẫu chỉ được tạo "
            "trong một cơ sở dữ liệu trống."
        )
    rng = random.Random(seed)
    today = timezone.localdate()
    started = time.monotonic()
    with transaction.atomic():
        bands = _age_bands()
        teacher, officer = _users()
        period_rows = _periods_create(count=periods, today=today)
        communes, area_count = _areas_create(schools=schools, rng=rng)
        drafts = _schools_create(
            count=schools, communes=communes, bands=bands, periods=period_rows, rng=rng
        )
        session_count = _sessions_create(
            count=sessions,
            drafts=drafts,
            bands=bands,
            periods=period_rows,
            teacher=teacher,
            officer=officer,
            today=today,
            rng=rng,
        )
        data_done = time.monotonic()
        status_rows = sum(completion_build(period=period) for period in period_rows)
        status_done = time.monotonic()
    _statistics_refresh()
    return ScaleDataSummary(
        areas=area_count,
        schools=schools,
        sessions=session_count,
        periods=len(period_rows),
        status_rows=status_rows,
        data_seconds=data_done - started,
        status_seconds=status_done - data_done,
        total_seconds=time.monotonic() - started,
    )


def _statistics_refresh() -> None:
    """Tell PostgreSQL's planner the new tables' sizes now rather than when autovacuum next
    passes, so that queries measured straight after a load are planned as they will be."""
    if connection.vendor != "postgresql":
        return
    filled = [
        Area,
        School,
        School.levels.through,
        SchoolPlacement,
        ReportingPeriod,
        DeliverySession,
        SchoolPeriodStatus,
    ]
    with connection.cursor() as cursor:
        for model in filled:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")


def _age_bands() -> dict[str, AgeBand]:
    """The programme's age bands (curriculum/data/taxonomy.yaml), created as ``seed_demo``
    does when they are missing."""
    for band in curriculum_read(root=DATA_ROOT).taxonomy["age_bands"]:
        AgeBand.objects.get_or_create(
            slug=band["slug"],
            defaults={
                "name": band["name"],
                "grades": band["grades"],
                "ages": band["ages"],
                "sort_order": band["order"],
            },
        )
    return {band.slug: band for band in AgeBand.objects.all()}


def _users():
    """One synthetic teacher records every session; one officer reviews them."""
    User = get_user_model()
    accounts = []
    for username, first_name in [
        (TEACHER_USERNAME, "Giáo viên dữ liệu mẫu"),
        (OFFICER_USERNAME, "Cán bộ dữ liệu mẫu"),
    ]:
        user, created = User.objects.get_or_create(
            username=username, defaults={"first_name": first_name, "is_active": False}
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        accounts.append(user)
    return accounts


def _half_years(
    first_year: int, last_year: int
) -> Iterator[tuple[str, datetime.date, datetime.date]]:
    for year in range(first_year, last_year + 1):
        school_year = f"{year}–{year + 1}"
        yield (
            f"Học kỳ I năm học {school_year}",
            datetime.date(year, 9, 1),
            datetime.date(year + 1, 1, 15),
        )
        yield (
            f"Học kỳ II năm học {school_year}",
            datetime.date(year + 1, 1, 16),
            datetime.date(year + 1, 5, 31),
        )


def _periods_create(*, count: int, today: datetime.date) -> list[ReportingPeriod]:
    """Half school years, the last one the latest that has begun (oldest first)."""
    begun = [
        (name, start, end)
        for name, start, end in _half_years(today.year - count // 2 - 1, today.year)
        if start <= today
    ][-count:]
    ReportingPeriod.objects.bulk_create(
        ReportingPeriod(
            name=name,
            start=start,
            end=end,
            due_date=end + DUE_AFTER_END,
            sessions_required=SESSIONS_REQUIRED,
            verified_only=True,
        )
        for name, start, end in begun
    )
    return list(ReportingPeriod.objects.order_by("start"))
