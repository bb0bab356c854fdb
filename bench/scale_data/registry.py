"""The synthetic country's registry: provinces, districts and communes, and the schools in
them with their levels and placements (a few closed or opened during the periods)."""

import datetime
import math
import random
from dataclasses import dataclass

from django.utils import timezone

from completion.models import ReportingPeriod
from lessons.models import AgeBand
from schools.models import Area, AreaLevel, School, SchoolPlacement, SchoolType

# Fan-out of the country before July 2025: 63 provinces, ~700 districts, ~10,600 communes and
# ~40,000 general schools, i.e. about 11 districts a province, 15 communes a district and 3 or
# 4 schools a commune.
SCHOOLS_PER_COMMUNE = 3.5
COMMUNES_PER_DISTRICT = 15
DISTRICTS_PER_PROVINCE = 11

INSERT_BATCH = 2000

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

RETIRED_SHARE = 0.03
OPENED_SHARE = 0.03


@dataclass(frozen=True)
class _SchoolDraft:
    code: str
    band_slugs: tuple[str, ...]
    # Days (ordinals) the school may record on: its placement's start and end (exclusive).
    first_day: int | None
    end_day: int | None


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
