"""Reading a school list: each row parsed and checked against the areas, types and levels
the platform knows, with every error named by line and column. Nothing here writes."""

import datetime
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db.models.functions import Upper
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from core.spreadsheets.reading import Column, RowError
from core.text import fold_vietnamese
from lessons.models import AgeBand
from schools.models import CODE_VALIDATOR, Area, School, SchoolType

SCHOOL_COLUMNS = [
    Column("code", ("code", "Mã trường", "ma")),
    Column("name", ("name", "Tên trường")),
    Column("type", ("type", "Loại hình", "loai hinh truong")),
    Column("area", ("area", "Địa bàn", "don vi hanh chinh")),
    Column("levels", ("levels", "Cấp học")),
    Column("enrolment", ("enrolment", "Số học sinh", "enrollment")),
    Column("address", ("address", "Địa chỉ"), required=False),
    Column("active", ("active", "Hoạt động", "Đang hoạt động", "trang thai"), required=False),
]
COLUMN_LABELS = {column.key: f"{column.headings[1]} ({column.key})" for column in SCHOOL_COLUMNS}

# Leading words of an administrative unit's name ("Xã Phước Đại" is matched by "Phước Đại").
AREA_PREFIXES = re.compile(
    r"^(tinh|thanh pho|huyen|thi xa|quan|xa|phuong|thi tran|dac khu)\s+", re.IGNORECASE
)
TRUE_WORDS = {"1", "x", "co", "yes", "true", "dang hoat dong", "hoat dong", "active"}
FALSE_WORDS = {"0", "khong", "no", "false", "ngung", "ngung hoat dong", "inactive"}
MAX_ENROLMENT = 20_000
NUMBER = re.compile(r"^\d+$|^\d{1,3}([., ]\d{3})+$")


def _compact(text: str) -> str:
    """Folded, without spaces, punctuation or the word "và": "TH và THCS" → "ththcs"."""
    return "".join(word for word in fold_vietnamese(text).split() if word != "va")


def school_type_aliases() -> dict[str, str]:
    aliases = {}
    for value, label in SchoolType.choices:
        aliases[_compact(value)] = value
        aliases[_compact(re.sub(r"\(.*\)", "", str(label)))] = value
    aliases[_compact("Cơ sở chăm sóc trẻ em")] = SchoolType.CARE
    aliases[_compact("Cơ sở bảo trợ xã hội")] = SchoolType.CARE
    return aliases


def _initials(name: str) -> str:
    return "".join(word[0] for word in fold_vietnamese(name).split())


def age_band_aliases(bands: list[AgeBand]) -> dict[str, AgeBand]:
    aliases = {}
    for band in bands:
        aliases[_initials(band.name)] = band
        aliases[fold_vietnamese(band.name)] = band
        aliases[band.slug.lower()] = band
        aliases[fold_vietnamese(band.slug)] = band
    return aliases


@dataclass
class AreaIndex:
    """Areas by code and by name, for matching an import's area column."""

    by_code: dict[str, Area]
    by_name: dict[str, list[Area]]

    @classmethod
    def build(cls, areas: Iterable[Area]) -> "AreaIndex":
        by_code, by_name = {}, defaultdict(list)
        for area in areas:
            by_code[area.code.lower()] = area
            folded = fold_vietnamese(area.name)
            by_name[folded].append(area)
            short = AREA_PREFIXES.sub("", folded)
            if short != folded:
                by_name[short].append(area)
        return cls(by_code=by_code, by_name=dict(by_name))

    def find(
        self, text: str, *, today: datetime.date, in_scope: Callable[[Area], bool]
    ) -> tuple[Area | None, str]:
        if area := self.by_code.get(text.lower()):
            candidates = [area]
        else:
            candidates = list(
                {area.pk: area for area in self.by_name.get(fold_vietnamese(text), [])}.values()
            )
        if len(candidates) > 1:
            # Units of the same name: the one the officer covers, then today's, is meant.
            candidates = [area for area in candidates if in_scope(area)] or candidates
            current = [a for a in candidates if not a.retired_on or a.retired_on > today]
            candidates = current or candidates
        if len(candidates) == 1 and not in_scope(candidates[0]):
            return None, _("địa bàn “%(value)s” nằm ngoài phạm vi quản lý của bạn.") % {
                "value": text
            }
        if not candidates:
            return None, _("không tìm thấy địa bàn “%(value)s” (nhập mã hoặc tên địa bàn).") % {
                "value": text
            }
        if len(candidates) > 1:
            codes = ", ".join(sorted(area.code for area in candidates))
            return None, _("có nhiều địa bàn tên “%(value)s”; hãy nhập mã: %(codes)s.") % {
                "value": text,
                "codes": codes,
            }
        return candidates[0], ""


@dataclass
class SchoolRow:
    line: int
    code: str
    name: str
    school_type: str
    area: Area
    levels: list[AgeBand]
    enrolment: int
    address: str | None  # None: the file has no address column, keep what is there
    is_active: bool | None  # None: no active column


@dataclass
class SchoolChange:
    row: SchoolRow
    school: School | None
    changes: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def action(self) -> str:
        if self.school is None:
            return "create"
        return "update" if self.changes else "unchanged"


@dataclass
class SchoolImportResult:
    errors: list[RowError] = field(default_factory=list)
    changes: list[SchoolChange] = field(default_factory=list)
    applied: bool = False

    def _count(self, action: str) -> int:
        return sum(1 for change in self.changes if change.action == action)

    @property
    def created(self) -> int:
        return self._count("create")

    @property
    def updated(self) -> int:
        return self._count("update")

    @property
    def unchanged(self) -> int:
        return self._count("unchanged")


def _parse_enrolment(text: str) -> int | None:
    text = text.strip()
    if not NUMBER.match(text):
        return None
    value = int(re.sub(r"[., ]", "", text))
    return value if value <= MAX_ENROLMENT else None


def _parse_active(text: str) -> bool | None:
    folded = fold_vietnamese(text)
    if folded in TRUE_WORDS:
        return True
    if folded in FALSE_WORDS:
        return False
    return None


def school_row_parse(
    values: dict[str, str],
    line: int,
    *,
    areas: AreaIndex,
    in_scope: Callable[[Area], bool],
    bands: dict[str, AgeBand],
    types: dict[str, str],
    today: datetime.date,
) -> tuple[SchoolRow | None, list[RowError]]:
    errors = []

    def error(key: str, message: str) -> None:
        errors.append(RowError(line, COLUMN_LABELS[key], message))

    code = values["code"]
    if not code:
        error("code", _("thiếu mã trường."))
    elif len(code) > 20:
        error("code", _("mã trường dài quá 20 ký tự."))
    else:
        try:
            CODE_VALIDATOR(code)
        except ValidationError:
            error("code", _("mã trường “%(value)s” có ký tự không hợp lệ.") % {"value": code})

    name = values["name"]
    if not name:
        error("name", _("thiếu tên trường."))
    elif len(name) > 200:
        error("name", _("tên trường dài quá 200 ký tự."))

    school_type = types.get(_compact(values["type"])) if values["type"] else None
    if not values["type"]:
        error("type", _("thiếu loại hình."))
    elif school_type is None:
        allowed = ", ".join(SchoolType.values)
        error(
            "type",
            _("loại hình “%(value)s” không có; dùng một trong: %(allowed)s.")
            % {"value": values["type"], "allowed": allowed},
        )

    area = None
    if not values["area"]:
        error("area", _("thiếu địa bàn."))
    else:
        area, message = areas.find(values["area"], today=today, in_scope=in_scope)
        if message:
            error("area", message)
        elif area.retired_on and area.retired_on <= today:
            error(
                "area",
                _("địa bàn “%(name)s” đã ngừng hoạt động từ %(date)s.")
                % {"name": area.name, "date": date_format(area.retired_on, "SHORT_DATE_FORMAT")},
            )
            area = None

    levels = []
    tokens = [token.strip() for token in re.split(r"[;,|/\n]+", values["levels"]) if token.strip()]
    if not tokens:
        error("levels", _("thiếu cấp học."))
    for token in tokens:
        band = bands.get(fold_vietnamese(token)) or bands.get(token.lower())
        if band is None:
            error("levels", _("cấp học “%(value)s” không có.") % {"value": token})
        elif band not in levels:
            levels.append(band)

    enrolment = _parse_enrolment(values["enrolment"])
    if enrolment is None:
        error(
            "enrolment",
            _("số học sinh “%(value)s” không phải một số nguyên từ 0 đến %(max)s.")
            % {"value": values["enrolment"], "max": MAX_ENROLMENT},
        )

    address = values.get("address")
    if address is not None and len(address) > 255:
        error("address", _("địa chỉ dài quá 255 ký tự."))

    is_active = None
    if values.get("active"):
        is_active = _parse_active(values["active"])
        if is_active is None:
            error("active", _("“%(value)s” không rõ; dùng 1 hoặc 0.") % {"value": values["active"]})

    if errors:
        return None, errors
    return (
        SchoolRow(
            line=line,
            code=code,
            name=name,
            school_type=school_type,
            area=area,
            levels=levels,
            enrolment=enrolment,
            address=address,
            is_active=is_active,
        ),
        [],
    )


def school_changes_diff(row: SchoolRow, school: School) -> dict[str, tuple[str, str]]:
    changes = {}

    def compare(label, old, new, shown=str):
        if old != new:
            changes[label] = (shown(old), shown(new))

    compare(_("Tên trường"), school.name, row.name)
    compare(_("Loại hình"), school.school_type, row.school_type)
    if school.area_id != row.area.pk:
        changes[_("Địa bàn")] = (school.area.name, row.area.name)
    old_levels = {band.pk: band for band in school.levels.all()}
    if set(old_levels) != {band.pk for band in row.levels}:
        changes[_("Cấp học")] = (
            ", ".join(band.name for band in old_levels.values()),
            ", ".join(band.name for band in row.levels),
        )
    compare(_("Số học sinh"), school.enrolment, row.enrolment)
    if row.address is not None:
        compare(_("Địa chỉ"), school.address, row.address)
    if row.is_active is not None:
        compare(
            pgettext("status", "Hoạt động"),
            school.is_active,
            row.is_active,
            shown=lambda value: _("có") if value else _("không"),
        )
    return changes


def schools_by_code(schools, codes: Iterable[str]) -> list[School]:
    """The schools whose codes are among ``codes``, compared without regard to case."""
    wanted = sorted({code.upper() for code in codes})
    found = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.extend(schools.annotate(code_upper=Upper("code")).filter(code_upper__in=chunk))
    return found
