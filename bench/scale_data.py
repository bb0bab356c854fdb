"""A synthetic national data set, to measure the completion pages at the country's size.

    .venv/bin/python bench/scale_data.py --schools N --sessions M [--periods 8] [--seed 1]

``scale_data_generate`` fills an empty database with bulk inserts: a tree of provinces,
districts and communes, schools of every type with their levels and placements, reporting
periods (half school years up to today) and delivery sessions spread over them, then
rebuilds the completion status rows of every period. For benchmarks and load tests only: it
refuses a database that already holds areas, schools or periods, so it never mixes with real
data. The same seed gives the same data set.

Benchmark tooling, not part of the site: ``bench/completion.py`` runs it as a script on each
database it builds. Run as a script it uses DATABASE_URL and DJANGO_SETTINGS_MODULE
(``curriculum_site.settings.dev`` when unset); imported (by the tests), it expects Django to
be set up already.
"""

# ruff: noqa: E402 - as a script, Django is set up before the models are imported.

import argparse
import datetime
import math
import os
import random
import sys
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

if __name__ == "__main__":
    # The project root instead of bench/, whose completion.py would hide the completion app.
    sys.path[0] = str(Path(__file__).resolve().parent.parent)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "curriculum_site.settings.dev")
    import django

    django.setup()

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.utils import timezone

from completion.models import ReportingPeriod, SchoolPeriodStatus
from completion.services import completion_build
from curriculum.services import DATA_ROOT
from curriculum.validation import curriculum_read
from delivery.models import DeliverySession, SessionMode, SessionStatus
from lessons.models import AgeBand, Audience
from schools.models import Area, AreaLevel, School, SchoolPlacement, SchoolType

# Fan-out of the country before July 2025: 63 provinces, ~700 districts, ~10,600 communes and
# ~40,000 general schools, i.e. about 11 districts a province, 15 communes a district and 3 or
# 4 schools a commune.
SCHOOLS_PER_COMMUNE = 3.5
COMMUNES_PER_DISTRICT = 15
DISTRICTS_PER_PROVINCE = 11

INSERT_BATCH = 2000
SESSION_CHUNK = 20_000

TEACHER_USERNAME = "scale-data-teacher"
OFFICER_USERNAME = "scale-data-officer"

# (type, share of schools, name prefix, possible level sets, enrolment range)
SCHOOL_MIX = [
    (SchoolType.TH, 0.44, "Trường Tiểu học", [["tieu-hoc"]], (120, 1300)),
    (SchoolType.THCS, 0.33, "Trường THCS", [["thcs"]], (150, 1400)),
    (SchoolType.THPT, 0.075, "Trường THPT", [["thpt"]], (400, 2000)),
    (SchoolType.TH_THCS, 0.06, "Trường TH&THCS", [["tieu-hoc", "thcs"]], (120, 900)),
    (SchoolType.THCS_THPT, 0.02, "Trường THCS&THPT", [["thcs", "thpt"]], (300, 1500)),
    (SchoolType.PTDTNT, 0.015, "Trường PTDTNT", [["thcs"], ["thcs", "thpt"]], (150, 600)),
    (
        SchoolType.PTDTBT,
        0.055,
        "Trường PTDTBT",
        [["tieu-hoc"], ["thcs"], ["tieu-hoc", "thcs"]],
        (100, 700),
    ),
    (SchoolType.CARE, 0.005, "Trung tâm Công tác xã hội", [["ngoai-nha-truong"]], (15, 120)),
]

GRADES = {"tieu-hoc": range(1, 6), "thcs": range(6, 10), "thpt": range(10, 13)}

# (mode, share, audience, participants range, durations)
SESSION_MIX = [
    (SessionMode.CLASS, 0.70, Audience.STUDENTS, (18, 45), (35, 40, 45)),
    (SessionMode.EXTRACURRICULAR, 0.11, Audience.STUDENTS, (20, 150), (45, 60, 90)),
    (SessionMode.FLAG_CEREMONY, 0.10, Audience.STUDENTS, (120, 900), (15, 20, 30)),
    (SessionMode.ONLINE, 0.03, Audience.STUDENTS, (10, 40), (30, 45)),
    (SessionMode.PARENTS_MEETING, 0.06, Audience.PARENTS, (15, 45), (30, 45, 60)),
]

SESSIONS_REQUIRED = 2
DUE_AFTER_END = datetime.timedelta(days=21)
RETIRED_SHARE = 0.03
OPENED_SHARE = 0.03
NEVER_STARTS_SHARE = 0.06  # schools that record nothing at all
SKIPS_PERIOD_SHARE = 0.05  # a school that records nothing in one period
LATE_SHARE = 0.06  # sessions recorded after the period's due date
RETURN_REASON = "Số học sinh tham gia chưa khớp với sĩ số lớp; nhờ thầy cô kiểm tra lại."


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


@dataclass(frozen=True)
class _SchoolDraft:
    code: str
    band_slugs: tuple[str, ...]
    # Days (ordinals) the school may record on: its placement's start and end (exclusive).
    first_day: int | None
    end_day: int | None


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


def _starter_lessons() -> list[dict]:
    """The starter curriculum's lesson files (those that validate), as ``seed_demo`` loads."""
    return [lesson.data for lesson in curriculum_read(root=DATA_ROOT).lessons]


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


def _spread(children: int, parents: int, rng: random.Random) -> list[int]:
    """The parent index of each child: every parent gets one, the rest unevenly."""
    weights = [rng.uniform(0.4, 1.6) for _ in range(parents)]
    rest = rng.choices(range(parents), weights=weights, k=children - parents)
    return list(range(parents)) + rest


def _areas_create(*, schools: int, rng: random.Random) -> tuple[list[tuple[int, str]], int]:
    """Provinces, districts and communes with paths computed here; returns the communes
    as (id, path) and the number of areas."""
    commune_count = max(1, math.ceil(schools / SCHOOLS_PER_COMMUNE))
    district_count = max(1, round(commune_count / COMMUNES_PER_DISTRICT))
    province_count = max(1, round(district_count / DISTRICTS_PER_PROVINCE))
    # Wider codes one level down, so no two levels can share a code.
    province_width = max(2, len(str(province_count)))
    district_width = max(province_width + 1, len(str(district_count)))
    commune_width = max(district_width + 2, len(str(commune_count)))

    provinces = _area_level(
        level=AreaLevel.PROVINCE,
        label="Tỉnh Mẫu",
        width=province_width,
        parents=[(None, "")] * province_count,
    )
    province_of = _spread(district_count, province_count, rng)
    districts = _area_level(
        level=AreaLevel.DISTRICT,
        label="Huyện Mẫu",
        width=district_width,
        parents=[provinces[index] for index in province_of],
    )
    district_of = _spread(commune_count, district_count, rng)
    communes = _area_level(
        level=AreaLevel.COMMUNE,
        label="Xã Mẫu",
        width=commune_width,
        parents=[districts[index] for index in district_of],
    )
    return communes, province_count + district_count + commune_count


def _area_level(
    *, level: str, label: str, width: int, parents: list[tuple[int | None, str]]
) -> list[tuple[int, str]]:
    areas = []
    for number, (parent_id, parent_path) in enumerate(parents, start=1):
        code = f"{number:0{width}d}"
        areas.append(
            Area(
                code=code,
                name=f"{label} {code}",
                level=level,
                parent_id=parent_id,
                path=f"{parent_path}{code}/",
            )
        )
    Area.objects.bulk_create(areas, batch_size=INSERT_BATCH)
    ids = dict(Area.objects.filter(level=level).values_list("path", "pk"))
    return [(ids[area.path], area.path) for area in areas]


def _random_day(rng: random.Random, first: datetime.date, last: datetime.date) -> datetime.date:
    return datetime.date.fromordinal(rng.randint(first.toordinal(), last.toordinal()))


def _schools_create(
    *,
    count: int,
    communes: list[tuple[int, str]],
    bands: dict[str, AgeBand],
    periods: list[ReportingPeriod],
    rng: random.Random,
) -> list[tuple[int, _SchoolDraft]]:
    """Schools, their levels and one placement each; a few closed or opened meanwhile."""
    code_width = max(6, len(str(count)))
    mix_weights = [share for _type, share, *_rest in SCHOOL_MIX]
    # Closings and openings fall inside the periods, so each period expects other schools.
    changes_from = periods[0].start + datetime.timedelta(days=30)
    changes_to = timezone.localdate()
    schools, drafts, placements = [], [], []
    for number in range(1, count + 1):
        school_type, _share, prefix, level_sets, (low, high) = rng.choices(
            SCHOOL_MIX, weights=mix_weights
        )[0]
        area_id, _path = rng.choice(communes)
        code = f"SC{number:0{code_width}d}"
        start = end = None
        draw = rng.random()
        if draw < RETIRED_SHARE:
            end = _random_day(rng, changes_from, changes_to)
        elif draw < RETIRED_SHARE + OPENED_SHARE:
            start = _random_day(rng, changes_from, changes_to)
        schools.append(
            School(
                code=code,
                name=f"{prefix} Mẫu {number}",
                school_type=school_type,
                area_id=area_id,
                enrolment=rng.randint(low, high),
                is_active=end is None,
            )
        )
        drafts.append(
            _SchoolDraft(
                code=code,
                band_slugs=tuple(slug for slug in rng.choice(level_sets) if slug in bands),
                first_day=start.toordinal() if start else None,
                end_day=end.toordinal() if end else None,
            )
        )
        placements.append((area_id, start, end))
    School.objects.bulk_create(schools, batch_size=INSERT_BATCH)
    ids = dict(School.objects.values_list("code", "pk"))
    SchoolPlacement.objects.bulk_create(
        (
            SchoolPlacement(school_id=ids[draft.code], area_id=area_id, start=start, end=end)
            for draft, (area_id, start, end) in zip(drafts, placements, strict=True)
        ),
        batch_size=INSERT_BATCH,
    )
    School.levels.through.objects.bulk_create(
        (
            School.levels.through(school_id=ids[draft.code], ageband_id=bands[slug].pk)
            for draft in drafts
            for slug in draft.band_slugs
        ),
        batch_size=INSERT_BATCH,
    )
    return [(ids[draft.code], draft) for draft in drafts]


@contextmanager
def _created_at_as_given():
    """Keep the recording times drawn here: ``auto_now_add`` would stamp every row "now",
    and whether a session came before the due date is what "on time" measures."""
    field = DeliverySession._meta.get_field("created_at")
    field.auto_now_add = False
    try:
        yield
    finally:
        field.auto_now_add = True


def _sessions_create(
    *,
    count: int,
    drafts: list[tuple[int, _SchoolDraft]],
    bands: dict[str, AgeBand],
    periods: list[ReportingPeriod],
    teacher,
    officer,
    today: datetime.date,
    rng: random.Random,
) -> int:
    """``count`` sessions over the (school, period) pairs in which the school was open,
    more for keen schools and in past periods than in the one under way."""
    today_day = today.toordinal()
    span = [(p.start.toordinal(), p.end.toordinal()) for p in periods]
    # The period under way has had only part of its days.
    period_weights = [
        max(0.0, min(1.0, (today_day - first + 1) / (last - first + 1))) for first, last in span
    ]
    pairs, weights = [], []
    for school_id, draft in drafts:
        if not draft.band_slugs or rng.random() < NEVER_STARTS_SHARE:
            continue
        keenness = rng.lognormvariate(0, 0.6)
        for index, (first, last) in enumerate(span):
            low = max(first, draft.first_day or first)
            high = min(last, today_day, (draft.end_day or last + 1) - 1)
            if low > high or rng.random() < SKIPS_PERIOD_SHARE:
                continue
            pairs.append((school_id, draft.band_slugs, index, low, high))
            weights.append(keenness * period_weights[index])
    if not pairs:
        return 0

    titles = defaultdict(list)
    for lesson in _starter_lessons():
        for slug in lesson["age_bands"]:
            titles[(slug, lesson["audience"])].append(lesson["title"])
    cumulative, total = [], 0.0
    for weight in weights:
        total += weight
        cumulative.append(total)
    mode_weights = [share for _mode, share, *_rest in SESSION_MIX]
    zone = timezone.get_current_timezone()
    now = timezone.now()
    made = 0
    with _created_at_as_given():
        while made < count:
            size = min(SESSION_CHUNK, count - made)
            picks = rng.choices(pairs, cum_weights=cumulative, k=size)
            chunk = []
            for school_id, band_slugs, index, low, high in picks:
                period = periods[index]
                slug = rng.choice(band_slugs)
                mode, _share, audience, (fewest, most), durations = rng.choices(
                    SESSION_MIX, weights=mode_weights
                )[0]
                day = datetime.date.fromordinal(rng.randint(low, high))
                recorded = datetime.datetime.combine(
                    day, datetime.time(rng.randint(7, 21), rng.randint(0, 59)), tzinfo=zone
                )
                if rng.random() < LATE_SHARE:
                    recorded += (period.due_date - day) + datetime.timedelta(
                        days=rng.randint(1, 40)
                    )
                else:
                    recorded += datetime.timedelta(hours=rng.randint(0, 72))
                recorded = min(recorded, now)
                status = _session_status(rng, recent=today_day - day.toordinal() < 10)
                reviewed = status in (SessionStatus.VERIFIED, SessionStatus.RETURNED)
                participants = rng.randint(fewest, most)
                chunk.append(
                    DeliverySession(
                        submission_id=uuid.UUID(int=rng.getrandbits(128), version=4),
                        school_id=school_id,
                        lesson=None,
                        lesson_title=rng.choice(
                            titles.get((slug, audience.value))
                            or titles[(slug, Audience.STUDENTS.value)]
                        ),
                        date=day,
                        class_name=_class_name(rng, slug, mode),
                        age_band_id=bands[slug].pk,
                        audience=audience,
                        participants=participants,
                        girls=(
                            round(participants * rng.uniform(0.4, 0.55))
                            if rng.random() < 0.9
                            else None
                        ),
                        ethnic_minority=(
                            round(participants * rng.uniform(0, 0.6))
                            if rng.random() < 0.3
                            else None
                        ),
                        mode=mode,
                        duration_minutes=rng.choice(durations),
                        status=status,
                        return_reason=RETURN_REASON if status == SessionStatus.RETURNED else "",
                        recorded_by=teacher,
                        reviewed_by=officer if reviewed else None,
                        reviewed_at=(
                            min(recorded + datetime.timedelta(days=rng.randint(1, 14)), now)
                            if reviewed
                            else None
                        ),
                        created_at=recorded,
                    )
                )
            DeliverySession.objects.bulk_create(chunk, batch_size=INSERT_BATCH)
            made += size
    return made


def _session_status(rng: random.Random, *, recent: bool) -> str:
    """Mostly verified; the last days' sessions are often still waiting for an officer."""
    draw = rng.random()
    if recent and draw < 0.6:
        return SessionStatus.SUBMITTED
    if draw < 0.82:
        return SessionStatus.VERIFIED
    if draw < 0.91:
        return SessionStatus.SUBMITTED
    if draw < 0.96:
        return SessionStatus.RETURNED
    return SessionStatus.WITHDRAWN


def _class_name(rng: random.Random, slug: str, mode: str) -> str:
    grades = GRADES.get(slug)
    if grades is None:
        return f"Nhóm {rng.randint(1, 4)}"
    grade = rng.choice(grades)
    if mode == SessionMode.FLAG_CEREMONY:
        return f"Khối {grade}"
    return f"{grade}{rng.choice('ABCDEFGH')}"


def main(argv: list[str] | None = None) -> None:
    """The command line: fill the database of DATABASE_URL and print a summary."""
    parser = argparse.ArgumentParser(
        description=(
            "Tạo dữ liệu mẫu cỡ toàn quốc (địa bàn, trường, kỳ báo cáo, buổi dạy) để đo hiệu "
            "năng. Chỉ chạy trên cơ sở dữ liệu trống: không bao giờ trộn với dữ liệu thật."
        )
    )
    parser.add_argument("--schools", type=int, required=True, help="Số trường.")
    parser.add_argument("--sessions", type=int, required=True, help="Số buổi dạy.")
    parser.add_argument(
        "--periods", type=int, default=8, help="Số kỳ báo cáo (học kỳ), mặc định 8."
    )
    parser.add_argument(
        "--seed", type=int, default=1, help="Cùng hạt giống thì cùng dữ liệu; mặc định 1."
    )
    args = parser.parse_args(argv)
    try:
        summary = scale_data_generate(
            schools=args.schools, sessions=args.sessions, periods=args.periods, seed=args.seed
        )
    except ScaleDataError as error:
        sys.exit(str(error))
    print(
        f"Đã tạo {summary.areas} địa bàn, {summary.schools} trường, {summary.periods} kỳ báo "
        f"cáo, {summary.sessions} buổi dạy trong {summary.data_seconds:.1f} giây; "
        f"{summary.status_rows} dòng tình trạng hoàn thành trong "
        f"{summary.status_seconds:.1f} giây; tổng cộng {summary.total_seconds:.1f} giây."
    )


if __name__ == "__main__":
    main()
