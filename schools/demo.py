"""Demo areas, schools and memberships for ``seed_demo``.

Ninh Thuận as it was from 2021 to June 2025: the province, the city and six districts, a few
communes each, and about thirty schools. Province and district codes are the statistics
office's (check); commune codes ("584-01") and every school code are made up for the demo.
Idempotent: a second run creates nothing.
"""

from django.contrib.auth import get_user_model
from django.db import transaction

from lessons.models import AgeBand
from schools.models import Area, AreaLevel, Membership, Role, School, SchoolPlacement

PROVINCE = ("58", "Tỉnh Ninh Thuận")

# (code, name, communes)
DISTRICTS = [
    (
        "582",
        "Thành phố Phan Rang – Tháp Chàm",
        ["Phường Đạo Long", "Phường Kinh Dinh", "Phường Thanh Sơn", "Xã Thành Hải"],
    ),
    ("584", "Huyện Bác Ái", ["Xã Phước Đại", "Xã Phước Bình", "Xã Phước Tiến", "Xã Phước Thắng"]),
    ("585", "Huyện Ninh Sơn", ["Thị trấn Tân Sơn", "Xã Lâm Sơn", "Xã Quảng Sơn", "Xã Ma Nới"]),
    ("586", "Huyện Ninh Hải", ["Thị trấn Khánh Hải", "Xã Vĩnh Hải", "Xã Phương Hải", "Xã Hộ Hải"]),
    (
        "587",
        "Huyện Ninh Phước",
        ["Thị trấn Phước Dân", "Xã Phước Hậu", "Xã Phước Hữu", "Xã An Hải"],
    ),
    ("588", "Huyện Thuận Bắc", ["Xã Lợi Hải", "Xã Bắc Sơn", "Xã Phước Kháng", "Xã Công Hải"]),
    ("589", "Huyện Thuận Nam", ["Xã Phước Nam", "Xã Cà Ná", "Xã Phước Dinh", "Xã Nhị Hà"]),
]

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

    bands = {band.slug: band for band in AgeBand.objects.all()}
    existing = set(School.objects.values_list("code", flat=True))
    for district_code, commune, code, name, school_type, levels, enrolment in SCHOOLS:
        if code in existing:
            continue
        school = School.objects.create(
            code=code,
            name=name,
            school_type=school_type,
            area=communes[(district_code, commune)],
            enrolment=enrolment,
        )
        school.levels.set([bands[slug] for slug in levels if slug in bands])
        SchoolPlacement.objects.create(school=school, area=school.area, start=None)

    _memberships_ensure()


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
