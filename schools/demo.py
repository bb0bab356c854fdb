"""Demo areas, schools and memberships for ``seed_demo``.

Ninh Thuận as it was from 2021 to June 2025: the province, the city and six districts with
their communes, and a school registry in the province's proportions (May 2020: 227 general
schools — 144 TH, 62 THCS, 21 THPT — with ethnic boarding PTDTNT and semi-boarding PTDTBT
schools among them) plus a few care facilities. Thirty-odd schools are written out below (the
demo accounts and sessions use them); the rest are generated from the commune names
("Trường Tiểu học Phước Đại 2"). Province and district codes are the statistics office's
(check); commune codes ("584-01") and every school code are made up for the demo — the
generated ones start with "DEMO" so that no one takes them for MOET identifiers — and so are
the enrolments. Idempotent: a second run creates nothing.
"""

import itertools

from django.contrib.auth import get_user_model
from django.db import transaction

from lessons.models import AgeBand
from schools.models import Area, AreaLevel, Membership, Role, School, SchoolPlacement

PROVINCE = ("58", "Tỉnh Ninh Thuận")

# (code, name, communes)
DISTRICTS = [
    # New communes go at the end of a list: a commune's code is its position ("584-01").
    (
        "582",
        "Thành phố Phan Rang – Tháp Chàm",
        [
            "Phường Đạo Long", "Phường Kinh Dinh", "Phường Thanh Sơn", "Xã Thành Hải",
            "Phường Bảo An", "Phường Đài Sơn", "Phường Đô Vinh", "Phường Đông Hải",
            "Phường Mỹ Bình", "Phường Mỹ Hải", "Phường Phủ Hà", "Phường Tấn Tài",
        ],
    ),
    (
        "584",
        "Huyện Bác Ái",
        [
            "Xã Phước Đại", "Xã Phước Bình", "Xã Phước Tiến", "Xã Phước Thắng", "Xã Phước Chính",
            "Xã Phước Hòa", "Xã Phước Tân", "Xã Phước Thành", "Xã Phước Trung",
        ],
    ),
    (
        "585",
        "Huyện Ninh Sơn",
        [
            "Thị trấn Tân Sơn", "Xã Lâm Sơn", "Xã Quảng Sơn", "Xã Ma Nới", "Xã Hòa Sơn",
            "Xã Lương Sơn", "Xã Mỹ Sơn", "Xã Nhơn Sơn",
        ],
    ),
    (
        "586",
        "Huyện Ninh Hải",
        [
            "Thị trấn Khánh Hải", "Xã Vĩnh Hải", "Xã Phương Hải", "Xã Hộ Hải", "Xã Nhơn Hải",
            "Xã Tân Hải", "Xã Thanh Hải", "Xã Tri Hải", "Xã Xuân Hải",
        ],
    ),
    (
        "587",
        "Huyện Ninh Phước",
        [
            "Thị trấn Phước Dân", "Xã Phước Hậu", "Xã Phước Hữu", "Xã An Hải", "Xã Phước Hải",
            "Xã Phước Sơn", "Xã Phước Thái", "Xã Phước Thuận", "Xã Phước Vinh",
        ],
    ),
    (
        "588",
        "Huyện Thuận Bắc",
        [
            "Xã Lợi Hải", "Xã Bắc Sơn", "Xã Phước Kháng", "Xã Công Hải", "Xã Bắc Phong",
            "Xã Phước Chiến",
        ],
    ),
    (
        "589",
        "Huyện Thuận Nam",
        [
            "Xã Phước Nam", "Xã Cà Ná", "Xã Phước Dinh", "Xã Nhị Hà", "Xã Phước Diêm",
            "Xã Phước Hà", "Xã Phước Minh", "Xã Phước Ninh",
        ],
    ),
]  # fmt: skip

TH, THCS, THPT, CARE = ["tieu-hoc"], ["thcs"], ["thpt"], ["ngoai-nha-truong"]

# (district code, commune name, school code, name, type, levels, enrolment)
SCHOOLS = [
    ("582", "Phường Đạo Long", "5820001", "Trường Tiểu học Đạo Long 1", "TH", TH, 780),
    ("582", "Phường Kinh Dinh", "5820002", "Trường THCS Lý Tự Trọng", "THCS", THCS, 1150),
    ("582", "Phường Thanh Sơn", "5820003", "Trường THPT Chu Văn An", "THPT", THPT, 1320),
    ("582", "Xã Thành Hải", "5820004", "Trường Tiểu học Thành Hải", "TH", TH, 540),
    (
        "582",
        "Phường Thanh Sơn",
        "5820005",
        "Trung tâm Công tác xã hội tỉnh Ninh Thuận",
        "care",
        CARE,
        45,
    ),
    ("584", "Xã Phước Đại", "5840001", "Trường Tiểu học Phước Đại", "TH", TH, 410),
    (
        "584",
        "Xã Phước Bình",
        "5840002",
        "Trường PTDTBT Tiểu học và THCS Phước Bình",
        "PTDTBT",
        TH + THCS,
        520,
    ),
    ("584", "Xã Phước Tiến", "5840003", "Trường PTDTNT THCS Bác Ái", "PTDTNT", THCS, 280),
    ("584", "Xã Phước Thắng", "5840004", "Trường THCS Phước Thắng", "THCS", THCS, 360),
    ("584", "Xã Phước Tiến", "5840005", "Trường THPT Bác Ái", "THPT", THPT, 610),
    ("585", "Thị trấn Tân Sơn", "5850001", "Trường Tiểu học Tân Sơn A", "TH", TH, 690),
    ("585", "Xã Lâm Sơn", "5850002", "Trường THCS Lâm Sơn", "THCS", THCS, 640),
    ("585", "Xã Ma Nới", "5850003", "Trường TH&THCS Ma Nới", "TH&THCS", TH + THCS, 470),
    ("585", "Thị trấn Tân Sơn", "5850004", "Trường THPT Trường Chinh", "THPT", THPT, 980),
    ("585", "Xã Quảng Sơn", "5850005", "Trường Tiểu học Quảng Sơn", "TH", TH, 520),
    ("586", "Thị trấn Khánh Hải", "5860001", "Trường THCS Khánh Hải", "THCS", THCS, 870),
    ("586", "Xã Vĩnh Hải", "5860002", "Trường Tiểu học Vĩnh Hải", "TH", TH, 330),
    ("586", "Thị trấn Khánh Hải", "5860003", "Trường THPT Tôn Đức Thắng", "THPT", THPT, 1050),
    ("586", "Xã Hộ Hải", "5860004", "Trường Tiểu học Hộ Hải", "TH", TH, 460),
    ("587", "Thị trấn Phước Dân", "5870001", "Trường Tiểu học Phước Dân 1", "TH", TH, 720),
    ("587", "Xã Phước Hậu", "5870002", "Trường THCS Phước Hậu", "THCS", THCS, 590),
    ("587", "Thị trấn Phước Dân", "5870003", "Trường THPT Phạm Văn Đồng", "THPT", THPT, 1100),
    ("587", "Xã Phước Hữu", "5870004", "Trường Tiểu học Phước Hữu", "TH", TH, 610),
    ("587", "Xã An Hải", "5870005", "Trường THCS An Hải", "THCS", THCS, 540),
    ("588", "Xã Lợi Hải", "5880001", "Trường THCS Lợi Hải", "THCS", THCS, 430),
    ("588", "Xã Bắc Sơn", "5880002", "Trường TH&THCS Bắc Sơn", "TH&THCS", TH + THCS, 390),
    (
        "588",
        "Xã Phước Kháng",
        "5880003",
        "Trường PTDTBT Tiểu học Phước Kháng",
        "PTDTBT",
        TH,
        260,
    ),
    ("588", "Xã Công Hải", "5880004", "Trường THCS&THPT Công Hải", "THCS&THPT", THCS + THPT, 750),
    ("589", "Xã Cà Ná", "5890001", "Trường Tiểu học Cà Ná", "TH", TH, 680),
    ("589", "Xã Phước Nam", "5890002", "Trường THCS Phước Nam", "THCS", THCS, 610),
    ("589", "Xã Phước Nam", "5890003", "Trường THPT Nguyễn Văn Linh", "THPT", THPT, 890),
    ("589", "Xã Nhị Hà", "5890004", "Trường Tiểu học Nhị Hà", "TH", TH, 350),
]

# The registry's size by level (May 2020), ethnic boarding and semi-boarding schools included.
TARGETS = {"thpt": 21, "thcs": 62, "tieu-hoc": 144}
# Ethnic boarding schools (PTDTNT): a THCS in the districts with many ethnic-minority pupils,
# a THPT for the province. (district code, commune name, name, levels)
BOARDING = [
    ("585", "Thị trấn Tân Sơn", "Trường PTDTNT THCS Ninh Sơn", THCS),
    ("587", "Thị trấn Phước Dân", "Trường PTDTNT THCS Ninh Phước", THCS),
    ("588", "Xã Lợi Hải", "Trường PTDTNT THCS Thuận Bắc", THCS),
    ("589", "Xã Phước Nam", "Trường PTDTNT THCS Thuận Nam", THCS),
    ("582", "Phường Đô Vinh", "Trường PTDTNT THPT Ninh Thuận", THPT),
]
# Communes where the generated TH and THCS schools are semi-boarding (PTDTBT): Bác Ái's, and
# the mountain communes of Ninh Sơn, Thuận Bắc and Thuận Nam.
SEMI_BOARDING_DISTRICTS = {"584"}
SEMI_BOARDING_COMMUNES = {
    ("585", "Xã Ma Nới"),
    ("585", "Xã Hòa Sơn"),
    ("588", "Xã Phước Kháng"),
    ("588", "Xã Phước Chiến"),
    ("588", "Xã Bắc Sơn"),
    ("589", "Xã Phước Hà"),
}
# Child protection and care facilities (district code, commune name, name, children).
CARE_FACILITIES = [
    ("584", "Xã Phước Tiến", "Điểm sinh hoạt cộng đồng trẻ em Phước Tiến", 35),
    ("585", "Xã Lâm Sơn", "Điểm sinh hoạt cộng đồng trẻ em Lâm Sơn", 30),
    ("589", "Xã Phước Hà", "Điểm sinh hoạt cộng đồng trẻ em Phước Hà", 25),
]
GENERATED_PREFIX = "DEMO"
PLACE_PREFIXES = ("Thị trấn ", "Phường ", "Xã ")


def _place(commune: str) -> str:
    for prefix in PLACE_PREFIXES:
        if commune.startswith(prefix):
            return commune.removeprefix(prefix)
    return commune


def _top_level(levels: list[str]) -> str | None:
    for slug in ("thpt", "thcs", "tieu-hoc"):
        if slug in levels:
            return slug
    return None


def _communes_spread() -> list[tuple[str, str]]:
    """Every (district code, commune), taking one commune of each district in turn."""
    columns = [[(code, commune) for commune in communes] for code, _, communes in DISTRICTS]
    return [pair for row in itertools.zip_longest(*columns) for pair in row if pair]


def generated_schools() -> list[tuple]:
    """The generated part of the registry, in SCHOOLS' format: the same list on every run."""
    names = {row[3] for row in SCHOOLS}
    counts = dict.fromkeys(TARGETS, 0)
    for row in SCHOOLS:
        level = _top_level(row[5])
        if level:
            counts[level] += 1
    numbers = dict.fromkeys((code for code, _, _ in DISTRICTS), 0)
    rows = []

    def add(district, commune, name, school_type, levels, enrolment):
        base, suffix = name, 1
        while name in names:
            suffix += 1
            name = f"{base} {suffix}"
        names.add(name)
        numbers[district] += 1
        code = f"{GENERATED_PREFIX}-{district}-{numbers[district]:03d}"
        rows.append((district, commune, code, name, school_type, levels, enrolment))

    for district, commune, name, levels in BOARDING:
        add(district, commune, name, "PTDTNT", levels, 300 + 40 * len(rows))
        counts[_top_level(levels)] += 1

    spread = _communes_spread()
    # level: (levels, school type, word in the name, enrolment from, enrolment spread)
    kinds = {
        "thpt": (THPT, "THPT", "THPT", 600, 800),
        "thcs": (THCS, "THCS", "THCS", 300, 700),
        "tieu-hoc": (TH, "TH", "Tiểu học", 200, 500),
    }
    for level, (levels, school_type, word, low, spread_size) in kinds.items():
        # THPT schools in every other commune of the spread, the others in each in turn.
        places = spread[1::2] if level == "thpt" else spread
        missing = TARGETS[level] - counts[level]
        for number, (district, commune) in enumerate(
            itertools.islice(itertools.cycle(places), missing)
        ):
            semi = level != "thpt" and (
                district in SEMI_BOARDING_DISTRICTS or (district, commune) in SEMI_BOARDING_COMMUNES
            )
            name = f"Trường {'PTDTBT ' if semi else ''}{word} {_place(commune)}"
            enrolment = low + (number * 137) % spread_size
            add(district, commune, name, "PTDTBT" if semi else school_type, levels, enrolment)

    for district, commune, name, children in CARE_FACILITIES:
        add(district, commune, name, "care", CARE, children)
    return rows


# (username, role, school code or area code)
MEMBERSHIPS = [
    ("teacher", Role.TEACHER, "5850002"),  # THCS Lâm Sơn, Ninh Sơn
    ("teacher2", Role.TEACHER, "5840001"),  # Tiểu học Phước Đại, Bác Ái
    ("officer", Role.OFFICER, "58"),
    ("officer_ninhson", Role.OFFICER, "585"),
]


# (key, school code, lesson slug, days ago, class, participants, girls, mode, outcome)
def _area(code: str, name: str, level: str, parent: Area | None) -> Area:
    area = Area.objects.filter(code=code).first()
    if area is None:
        area = Area.objects.create(code=code, name=name, level=level, parent=parent)
    return area


def _commune_code(district_code: str, index: int) -> str:
    return f"{district_code}-{index:02d}"


@transaction.atomic
def demo_schools_build() -> None:
    province = _area(PROVINCE[0], PROVINCE[1], AreaLevel.PROVINCE, None)
    communes = {}
    for district_code, district_name, commune_names in DISTRICTS:
        district = _area(district_code, district_name, AreaLevel.DISTRICT, province)
        for index, commune_name in enumerate(commune_names, start=1):
            commune = _area(
                _commune_code(district_code, index), commune_name, AreaLevel.COMMUNE, district
            )
            communes[(district_code, commune_name)] = commune

    _schools_ensure(communes)
    _memberships_ensure()


def _schools_ensure(communes: dict) -> None:
    """The missing schools, written in bulk: their levels and current placements with them."""
    bands = {band.slug: band for band in AgeBand.objects.all()}
    existing = set(School.objects.values_list("code", flat=True))
    missing = [row for row in [*SCHOOLS, *generated_schools()] if row[2] not in existing]
    if not missing:
        return
    School.objects.bulk_create(
        School(
            code=code,
            name=name,
            school_type=school_type,
            area=communes[(district_code, commune)],
            enrolment=enrolment,
        )
        for district_code, commune, code, name, school_type, levels, enrolment in missing
    )
    created = {
        school.code: school
        for school in School.objects.filter(code__in=[row[2] for row in missing])
    }
    Levels = School.levels.through  # noqa: N806 - a model class
    Levels.objects.bulk_create(
        Levels(school_id=created[row[2]].pk, ageband_id=bands[slug].pk)
        for row in missing
        for slug in row[5]
        if slug in bands
    )
    SchoolPlacement.objects.bulk_create(
        SchoolPlacement(school=school, area_id=school.area_id, start=None)
        for school in created.values()
    )


def _memberships_ensure() -> None:
    users = {user.username: user for user in get_user_model().objects.all()}
    for username, role, target in MEMBERSHIPS:
        user = users.get(username)
        if user is None:
            continue  # demo accounts are created by home.demo; run it first
        if role == Role.TEACHER:
            Membership.objects.get_or_create(
                user=user, role=role, school=School.objects.get(code=target)
            )
        else:
            Membership.objects.get_or_create(
                user=user, role=role, area=Area.objects.get(code=target)
            )
