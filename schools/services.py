"""Writes: schools and their placements, the school and teacher imports, teacher accounts,
delivery sessions and their verification.

Each function that writes runs in one transaction and leaves a Wagtail log entry for every
object it changes, so the admin's history view shows who did what, and when.
"""

import datetime
import re
import secrets
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models.functions import Upper
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.log_actions import registry as log_registry
from wagtail.models import ModelLogEntry

from home import groups
from home.security import security_log
from lessons.models import AgeBand, LessonPage
from lessons.search import fold_vietnamese
from quizzes.models import QuizRun
from schools.completion import completion_refresh
from schools.models import (
    CODE_VALIDATOR,
    Area,
    DeliverySession,
    Evidence,
    Membership,
    Role,
    School,
    SchoolPlacement,
    SchoolType,
    SessionStatus,
)
from schools.selectors import school_scope, school_year_bounds, user_scope
from schools.spreadsheets import Column, RowError, TableError, table_read
from schools.uploads import CleanFile

# ---------------------------------------------------------------------------------------------
# Schools and where they are


def _placement_move(*, school: School, area: Area, on: datetime.date) -> None:
    """Close the school's current placement on ``on`` and open one in ``area`` from then."""
    current = SchoolPlacement.objects.select_for_update().filter(school=school, end__isnull=True)
    current = current.first()
    if current is not None and current.area_id == area.pk:
        return
    if current is not None and current.start is not None and current.start >= on:
        # A second move dated the same day (or earlier) replaces the first.
        current.area = area
        current.save(update_fields=["area"])
        return
    if current is not None:
        current.end = on
        current.save(update_fields=["end"])
    SchoolPlacement.objects.create(
        school=school, area=area, start=on if current is not None else None
    )


@transaction.atomic
def school_save(
    *, school: School, levels: Iterable[AgeBand], user, moved_on: datetime.date | None = None
) -> School:
    """Create or update a school from the admin form; a new area is a move dated ``moved_on``."""
    if school.pk is None:
        school.save()
        school.levels.set(levels)
        SchoolPlacement.objects.create(school=school, area=school.area, start=None)
        completion_refresh(school_ids=[school.pk])
        log(school, "wagtail.create", user=user)
        return school
    school.save()
    school.levels.set(levels)
    _placement_move(school=school, area=school.area, on=moved_on or timezone.localdate())
    completion_refresh(school_ids=[school.pk])
    log(school, "wagtail.edit", user=user)
    return school


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


def _school_type_aliases() -> dict[str, str]:
    aliases = {}
    for value, label in SchoolType.choices:
        aliases[_compact(value)] = value
        aliases[_compact(re.sub(r"\(.*\)", "", str(label)))] = value
    aliases[_compact("Cơ sở chăm sóc trẻ em")] = SchoolType.CARE
    aliases[_compact("Cơ sở bảo trợ xã hội")] = SchoolType.CARE
    return aliases


def _initials(name: str) -> str:
    return "".join(word[0] for word in fold_vietnamese(name).split())


def _age_band_aliases(bands: list[AgeBand]) -> dict[str, AgeBand]:
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


def _school_row_parse(
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


def _school_changes(row: SchoolRow, school: School) -> dict[str, tuple[str, str]]:
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
            _("Hoạt động"),
            school.is_active,
            row.is_active,
            shown=lambda value: _("có") if value else _("không"),
        )
    return changes


def _schools_by_code(schools, codes: Iterable[str]) -> list[School]:
    """The schools whose codes are among ``codes``, compared without regard to case."""
    wanted = sorted({code.upper() for code in codes})
    found = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.extend(schools.annotate(code_upper=Upper("code")).filter(code_upper__in=chunk))
    return found


def _area_in_scope_test(user) -> Callable[[Area], bool]:
    if user is None:
        return lambda area: True
    scope = user_scope(user=user)
    if scope.everything:
        return lambda area: True
    return lambda area: area.path.startswith(scope.officer_paths) if scope.officer_paths else False


def school_import(
    *,
    name: str,
    content: bytes,
    user=None,
    dry_run: bool = False,
    moved_on: datetime.date | None = None,
) -> SchoolImportResult:
    """Validate every row, then create or update schools by code — all of them or none.

    With ``user`` (an officer in the admin), areas and existing schools must lie in their
    scope; without (the command line), anything goes. Unchanged rows write nothing.
    """
    today = timezone.localdate()
    moved_on = moved_on or today
    try:
        table = table_read(name=name, content=content, columns=SCHOOL_COLUMNS)
    except TableError as error:
        return SchoolImportResult(errors=error.errors)

    area_index = AreaIndex.build(Area.objects.only("pk", "code", "name", "path", "retired_on"))
    in_scope = _area_in_scope_test(user)
    bands = _age_band_aliases(list(AgeBand.objects.all()))
    types = _school_type_aliases()

    result = SchoolImportResult()
    rows: list[SchoolRow] = []
    first_line_of_code: dict[str, int] = {}
    for table_row in table:
        row, errors = _school_row_parse(
            table_row.values,
            table_row.line,
            areas=area_index,
            in_scope=in_scope,
            bands=bands,
            types=types,
            today=today,
        )
        result.errors.extend(errors)
        code_key = table_row.values["code"].lower()
        if code_key and code_key in first_line_of_code:
            result.errors.append(
                RowError(
                    table_row.line,
                    COLUMN_LABELS["code"],
                    _("mã trường “%(code)s” trùng với dòng %(line)s.")
                    % {"code": table_row.values["code"], "line": first_line_of_code[code_key]},
                )
            )
        elif code_key:
            first_line_of_code[code_key] = table_row.line
        if row is not None:
            rows.append(row)

    existing = {
        school.code.lower(): school
        for school in _schools_by_code(
            School.objects.select_related("area").prefetch_related("levels"),
            [row.code for row in rows],
        )
    }
    if user is not None and existing:
        allowed = set(
            school_scope(user=user)
            .filter(pk__in=[school.pk for school in existing.values()])
            .values_list("pk", flat=True)
        )
        for row in rows:
            school = existing.get(row.code.lower())
            if school is not None and school.pk not in allowed:
                result.errors.append(
                    RowError(
                        row.line,
                        COLUMN_LABELS["code"],
                        _("trường mã “%(code)s” thuộc địa bàn ngoài phạm vi quản lý của bạn.")
                        % {"code": row.code},
                    )
                )
    if result.errors:
        result.errors.sort(key=lambda error: error.line)
        return result

    for row in rows:
        school = existing.get(row.code.lower())
        changes = _school_changes(row, school) if school is not None else {}
        result.changes.append(SchoolChange(row=row, school=school, changes=changes))
    if dry_run:
        return result
    _school_import_apply(result, user=user, moved_on=moved_on)
    result.applied = True
    return result


@transaction.atomic
def _school_import_apply(result: SchoolImportResult, *, user, moved_on: datetime.date) -> None:
    creates = [change for change in result.changes if change.action == "create"]
    updates = [change for change in result.changes if change.action == "update"]
    new_schools = School.objects.bulk_create(
        [
            School(
                code=change.row.code,
                name=change.row.name,
                school_type=change.row.school_type,
                area=change.row.area,
                enrolment=change.row.enrolment,
                address=change.row.address or "",
                is_active=True if change.row.is_active is None else change.row.is_active,
            )
            for change in creates
        ]
    )
    if new_schools and new_schools[0].pk is None:
        # Databases that do not return ids from a bulk insert: read them back by code.
        ids = dict(
            School.objects.filter(code__in=[s.code for s in new_schools]).values_list("code", "pk")
        )
        for school in new_schools:
            school.pk = ids[school.code]
    Through = School.levels.through
    Through.objects.bulk_create(
        [
            Through(school_id=school.pk, ageband_id=band.pk)
            for school, change in zip(new_schools, creates, strict=True)
            for band in change.row.levels
        ]
    )
    SchoolPlacement.objects.bulk_create(
        [SchoolPlacement(school=school, area=school.area, start=None) for school in new_schools]
    )

    for change in updates:
        school, row = change.school, change.row
        school.name = row.name
        school.school_type = row.school_type
        school.enrolment = row.enrolment
        if row.address is not None:
            school.address = row.address
        if row.is_active is not None:
            school.is_active = row.is_active
        moved = school.area_id != row.area.pk
        school.area = row.area
        school.save()
        school.levels.set(row.levels)
        if moved:
            _placement_move(school=school, area=row.area, on=moved_on)

    completion_refresh(
        school_ids=[school.pk for school in new_schools] + [c.school.pk for c in updates]
    )
    _log_bulk(
        [(school, "wagtail.create", {}) for school in new_schools]
        + [
            (change.school, "schools.school.import", {"changes": change.changes})
            for change in updates
        ],
        user=user,
    )


def _log_bulk(entries: list[tuple[object, str, dict]], *, user) -> None:
    """Log entries for many objects in one insert (an import may touch thousands)."""
    if not entries:
        return
    now = timezone.now()
    action_uuid = uuid.uuid4()
    rows = []
    for instance, action, data in entries:
        if not log_registry.action_exists(action):
            raise ValueError(f"Log action {action} is not registered")
        rows.append(
            ModelLogEntry(
                content_type=ContentType.objects.get_for_model(instance, for_concrete_model=False),
                object_id=str(instance.pk),
                label=str(instance),
                action=action,
                timestamp=now,
                data=data,
                user=user,
                uuid=action_uuid,
            )
        )
    ModelLogEntry.objects.bulk_create(rows, batch_size=500)


# ---------------------------------------------------------------------------------------------
# Teacher accounts

MAX_TEACHER_SCHOOLS = 2
READABLE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read aloud or typed

TEACHER_COLUMNS = [
    Column("username", ("username", "Tên đăng nhập")),
    Column("full_name", ("full_name", "Họ và tên", "ho ten")),
    Column("school", ("school", "Mã trường")),
    Column("email", ("email", "Thư điện tử", "e-mail"), required=False),
]
TEACHER_LABELS = {column.key: f"{column.headings[1]} ({column.key})" for column in TEACHER_COLUMNS}


def _password_generate() -> str:
    groups_of_four = ["".join(secrets.choice(READABLE_ALPHABET) for _ in range(4)) for _ in "abc"]
    return "-".join(groups_of_four)


@dataclass
class TeacherAccount:
    username: str
    full_name: str
    email: str
    school: School
    user: object | None = None  # an existing teacher who is given another school
    password: str = ""  # set once created, shown once, never stored in clear


def teacher_account_check(
    *, username: str, full_name: str, email: str, school: School | None
) -> tuple[TeacherAccount | None, dict[str, str]]:
    """The account to create (or the existing teacher to add to a school), or errors by field."""
    errors = {}
    User = get_user_model()
    if not username:
        errors["username"] = _("thiếu tên đăng nhập.")
    elif len(username) > 150 or not re.fullmatch(UnicodeUsernameValidator.regex, username):
        errors["username"] = _(
            "tên đăng nhập “%(value)s” chỉ được gồm chữ, số và các ký tự @ . + - _ "
            "(tối đa 150 ký tự)."
        ) % {"value": username}
    if not full_name:
        errors["full_name"] = _("thiếu họ và tên.")
    elif len(full_name) > 150:
        errors["full_name"] = _("họ và tên dài quá 150 ký tự.")
    if email:
        try:
            validate_email(email)
        except ValidationError:
            errors["email"] = _("địa chỉ thư “%(value)s” không hợp lệ.") % {"value": email}
    if school is not None and not school.is_active:
        errors["school"] = _("trường “%(name)s” đã ngừng hoạt động.") % {"name": school.name}
    existing = User.objects.filter(username__iexact=username).first() if username else None
    if existing is not None and "username" not in errors:
        memberships = list(existing.school_memberships.all())
        # Only a teacher account may be reused: never an editor's, moderator's or officer's,
        # which a district officer must not be able to re-enable or take over.
        other_groups = existing.groups.exclude(name=groups.TEACHERS).exists()
        if (
            existing.is_superuser
            or existing.is_staff
            or other_groups
            or any(m.role != Role.TEACHER for m in memberships)
        ):
            errors["username"] = _("tên đăng nhập “%(value)s” đã được dùng.") % {"value": username}
        elif school is not None and any(m.school_id == school.pk for m in memberships):
            current = next(m for m in memberships if m.school_id == school.pk)
            if current.is_active:
                message = _("“%(value)s” đã là giáo viên của trường này.")
            else:
                message = _(
                    "“%(value)s” đã bị ngừng ở trường này; hãy kích hoạt lại trong danh sách."
                )
            errors["username"] = message % {"value": username}
        elif sum(1 for m in memberships if m.is_active) >= MAX_TEACHER_SCHOOLS:
            errors["username"] = _("“%(value)s” đã là giáo viên của %(max)s trường.") % {
                "value": username,
                "max": MAX_TEACHER_SCHOOLS,
            }
    if errors:
        return None, errors
    return (
        TeacherAccount(
            username=existing.username if existing else username,
            full_name=full_name,
            email=email,
            school=school,
            user=existing,
        ),
        {},
    )


def _teacher_account_write(account: TeacherAccount, *, created_by) -> TeacherAccount:
    User = get_user_model()
    user = account.user
    if user is None:
        account.password = _password_generate()
        # The full name goes in first_name alone, so get_full_name() keeps Vietnamese order.
        user = User(username=account.username, first_name=account.full_name, email=account.email)
        user.set_password(account.password)
        user.save()
        account.user = user
    elif not user.is_active:
        user.is_active = True
        user.save(update_fields=["is_active"])
    user.groups.add(Group.objects.get(name=groups.TEACHERS))
    membership = Membership.objects.create(
        user=user, role=Role.TEACHER, school=account.school, created_by=created_by
    )
    log(membership, "wagtail.create", user=created_by)
    return account


@transaction.atomic
def teacher_account_create(
    *, username: str, full_name: str, email: str, school: School, created_by
) -> TeacherAccount:
    account, errors = teacher_account_check(
        username=username, full_name=full_name, email=email, school=school
    )
    if errors:
        raise ValidationError(errors)
    return _teacher_account_write(account, created_by=created_by)


@dataclass
class TeacherImportResult:
    errors: list[RowError] = field(default_factory=list)
    accounts: list[TeacherAccount] = field(default_factory=list)
    applied: bool = False


def teacher_accounts_import(
    *, name: str, content: bytes, created_by, dry_run: bool = False
) -> TeacherImportResult:
    """Create teacher accounts from a table (all or none), for schools in the officer's scope."""
    try:
        table = table_read(name=name, content=content, columns=TEACHER_COLUMNS)
    except TableError as error:
        return TeacherImportResult(errors=error.errors)
    schools = {
        school.code.lower(): school
        for school in _schools_by_code(
            school_scope(user=created_by), [row.values["school"] for row in table]
        )
    }

    result = TeacherImportResult()
    seen: dict[str, int] = {}
    for row in table:
        values = row.values
        school = schools.get(values["school"].lower())
        row_errors = {}
        if not values["school"]:
            row_errors["school"] = _("thiếu mã trường.")
        elif school is None:
            row_errors["school"] = _(
                "không có trường mã “%(value)s” trong địa bàn bạn quản lý."
            ) % {"value": values["school"]}
        account, check_errors = teacher_account_check(
            username=values["username"],
            full_name=values["full_name"],
            email=values.get("email", ""),
            school=school,
        )
        row_errors = {**check_errors, **row_errors}
        key = values["username"].lower()
        if key and key in seen:
            row_errors["username"] = _("tên đăng nhập trùng với dòng %(line)s.") % {
                "line": seen[key]
            }
        seen.setdefault(key, row.line)
        for key_name, message in row_errors.items():
            result.errors.append(RowError(row.line, TEACHER_LABELS[key_name], message))
        if not row_errors:
            result.accounts.append(account)
    if result.errors or dry_run:
        return result
    with transaction.atomic():
        for account in result.accounts:
            _teacher_account_write(account, created_by=created_by)
    result.applied = True
    return result


@transaction.atomic
def officer_scope_create(*, user, area: Area, created_by) -> Membership:
    """Let an account cover an area in the admin (a province covers everything in it)."""
    user.groups.add(Group.objects.get(name=groups.OFFICERS))
    membership = Membership.objects.create(
        user=user, role=Role.OFFICER, area=area, created_by=created_by
    )
    log(membership, "wagtail.create", user=created_by)
    return membership


@transaction.atomic
def membership_deactivate(*, membership: Membership, user) -> None:
    """End a membership; an account left with none can no longer sign in. Nothing it recorded
    is deleted."""
    membership.is_active = False
    membership.save(update_fields=["is_active"])
    account = membership.user
    if not account.school_memberships.filter(is_active=True).exists():
        account.is_active = False
        account.save(update_fields=["is_active"])
    log(membership, "schools.membership.deactivate", user=user)


@transaction.atomic
def membership_activate(*, membership: Membership, user) -> None:
    membership.is_active = True
    membership.save(update_fields=["is_active"])
    account = membership.user
    if not account.is_active:
        account.is_active = True
        account.save(update_fields=["is_active"])
    log(membership, "schools.membership.activate", user=user)


# ---------------------------------------------------------------------------------------------
# Delivery sessions


class SessionNotEditable(Exception):
    """The session was verified or withdrawn: it can no longer be changed by the teacher."""


@dataclass(frozen=True)
class SessionData:
    school: School
    lesson: LessonPage | None  # None only when editing a session whose lesson was deleted
    date: datetime.date
    class_name: str
    age_band: AgeBand
    audience: str
    participants: int
    girls: int | None
    ethnic_minority: int | None
    mode: str
    duration_minutes: int
    notes: str
    quiz_run: QuizRun | None = None


def earliest_session_date(*, today: datetime.date) -> datetime.date:
    """Sessions of this school year and the one before may be recorded."""
    start, _end = school_year_bounds(today=today)
    return start.replace(year=start.year - 1)


def session_data_check(
    *, data: SessionData, school_band_ids: set[int], lesson_band_ids: set[int], today
) -> dict[str, str]:
    """The rules a session must meet, as messages by field."""
    errors = {}
    if data.date > today:
        errors["date"] = _("Ngày dạy không thể ở tương lai.")
    elif data.date < earliest_session_date(today=today):
        errors["date"] = _("Chỉ ghi nhận được buổi dạy từ ngày %(date)s.") % {
            "date": date_format(earliest_session_date(today=today), "SHORT_DATE_FORMAT")
        }
    if data.age_band.pk not in school_band_ids:
        errors["age_band"] = _("Trường không dạy cấp học này.")
    elif data.age_band.pk not in lesson_band_ids:
        errors["age_band"] = _("Bài học này không dành cho cấp học đã chọn.")
    if data.girls is not None and data.girls > data.participants:
        errors["girls"] = _("Số nữ không thể lớn hơn số người tham gia.")
    if data.ethnic_minority is not None and data.ethnic_minority > data.participants:
        errors["ethnic_minority"] = _(
            "Số người dân tộc thiểu số không thể lớn hơn số người tham gia."
        )
    return errors


SESSION_FIELDS = [
    "school",
    "lesson",
    "date",
    "class_name",
    "age_band",
    "audience",
    "participants",
    "girls",
    "ethnic_minority",
    "mode",
    "duration_minutes",
    "notes",
    "quiz_run",
]


def _evidence_add(
    session: DeliverySession, files: list[CleanFile], *, user, shows_children: bool
) -> list[str]:
    """Store the files; return their storage names so a failed transaction can remove them."""
    stored = []
    now = timezone.now()
    for clean in files:
        evidence = Evidence(
            session=session,
            content_type=clean.content_type,
            original_name=clean.original_name,
            size=len(clean.content),
            shows_children=shows_children,
            consent_recorded_by=user if shows_children else None,
            consent_recorded_at=now if shows_children else None,
            uploaded_by=user,
        )
        evidence.file.save(f"evidence{clean.extension}", ContentFile(clean.content), save=False)
        stored.append(evidence.file.name)
        evidence.save()
        if shows_children:
            security_log.info("consent_recorded evidence=%s user=%s", evidence.pk, user.pk)
    return stored


def _files_delete(names: list[str]) -> None:
    for name in names:
        default_storage.delete(name)


def session_record(
    *,
    user,
    data: SessionData,
    files: list[CleanFile],
    shows_children: bool,
    submission_id: uuid.UUID,
) -> tuple[DeliverySession, bool]:
    """Record a session once per form: a second submit of the same form returns the first."""
    existing = DeliverySession.objects.filter(submission_id=submission_id).first()
    if existing is not None:
        return existing, False
    stored: list[str] = []
    try:
        with transaction.atomic():
            session = DeliverySession.objects.create(
                submission_id=submission_id,
                lesson_title=data.lesson.title,
                recorded_by=user,
                **{name: getattr(data, name) for name in SESSION_FIELDS},
            )
            stored = _evidence_add(session, files, user=user, shows_children=shows_children)
            completion_refresh(school_ids=[session.school_id], dates=[session.date])
            log(session, "schools.session.record", user=user, data={"files": len(files)})
    except IntegrityError:
        _files_delete(stored)
        # The other click of a double submit got there first.
        return DeliverySession.objects.get(submission_id=submission_id), False
    except BaseException:
        _files_delete(stored)
        raise
    return session, True


def session_update(
    *,
    session: DeliverySession,
    user,
    data: SessionData,
    files: list[CleanFile],
    shows_children: bool,
    remove_evidence: Iterable[Evidence] = (),
) -> DeliverySession:
    """Change a session that is not yet verified; a returned session goes back for checking."""
    stored: list[str] = []
    try:
        with transaction.atomic():
            session = DeliverySession.objects.select_for_update().get(pk=session.pk)
            if not session.is_editable:
                raise SessionNotEditable
            before = (session.school_id, session.date)
            changed = [
                str(DeliverySession._meta.get_field(name).verbose_name)
                for name in SESSION_FIELDS
                if getattr(session, name) != getattr(data, name)
            ]
            for name in SESSION_FIELDS:
                setattr(session, name, getattr(data, name))
            if data.lesson is not None:
                session.lesson_title = data.lesson.title
            resubmitted = session.status == SessionStatus.RETURNED
            if resubmitted:
                session.status = SessionStatus.SUBMITTED
                session.return_reason = ""
            session.save()
            removed = [
                evidence for evidence in remove_evidence if evidence.session_id == session.pk
            ]
            removed_names = [evidence.file.name for evidence in removed]
            Evidence.objects.filter(pk__in=[evidence.pk for evidence in removed]).delete()
            transaction.on_commit(lambda: _files_delete(removed_names))
            stored = _evidence_add(session, files, user=user, shows_children=shows_children)
            completion_refresh(
                school_ids=[before[0], session.school_id], dates=[before[1], session.date]
            )
            log(
                session,
                "schools.session.edit",
                user=user,
                data={
                    "changed": changed,
                    "files_added": len(files),
                    "files_removed": [evidence.original_name for evidence in removed],
                    "resubmitted": resubmitted,
                },
            )
    except BaseException:
        _files_delete(stored)
        raise
    return session


@transaction.atomic
def session_withdraw(*, session: DeliverySession, user) -> DeliverySession:
    session = DeliverySession.objects.select_for_update().get(pk=session.pk)
    if not session.is_editable:
        raise SessionNotEditable
    session.status = SessionStatus.WITHDRAWN
    session.save(update_fields=["status", "updated_at"])
    completion_refresh(school_ids=[session.school_id], dates=[session.date])
    log(session, "schools.session.withdraw", user=user)
    return session


@transaction.atomic
def session_verify(*, sessions: Iterable[DeliverySession], user) -> int:
    """Verify the submitted sessions among ``sessions``; return how many were verified."""
    now = timezone.now()
    pending = list(
        DeliverySession.objects.select_for_update().filter(
            pk__in=[session.pk for session in sessions], status=SessionStatus.SUBMITTED
        )
    )
    for session in pending:
        session.status = SessionStatus.VERIFIED
        session.reviewed_by = user
        session.reviewed_at = now
        session.save(update_fields=["status", "reviewed_by", "reviewed_at", "updated_at"])
        log(session, "schools.session.verify", user=user)
        security_log.info("session_verified session=%s user=%s", session.pk, user.pk)
    _completion_refresh_sessions(pending)
    return len(pending)


@transaction.atomic
def session_return(*, sessions: Iterable[DeliverySession], user, reason: str) -> int:
    """Send submitted or verified sessions back to the school with a reason."""
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": _("Hãy ghi lý do trả lại.")})
    now = timezone.now()
    returnable = list(
        DeliverySession.objects.select_for_update().filter(
            pk__in=[session.pk for session in sessions],
            status__in=[SessionStatus.SUBMITTED, SessionStatus.VERIFIED],
        )
    )
    for session in returnable:
        session.status = SessionStatus.RETURNED
        session.return_reason = reason
        session.reviewed_by = user
        session.reviewed_at = now
        session.save(
            update_fields=["status", "return_reason", "reviewed_by", "reviewed_at", "updated_at"]
        )
        log(session, "schools.session.return", user=user, data={"reason": reason})
        security_log.info("session_returned session=%s user=%s", session.pk, user.pk)
    _completion_refresh_sessions(returnable)
    return len(returnable)


def _completion_refresh_sessions(sessions: list[DeliverySession]) -> None:
    if sessions:
        completion_refresh(
            school_ids={session.school_id for session in sessions},
            dates={session.date for session in sessions},
        )
