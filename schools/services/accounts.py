"""Writes: teacher accounts (one by one or from a table), officers' scopes, memberships.

Each function runs in one transaction and leaves a Wagtail log entry for every object it
changes.
"""

import re
import secrets
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from core.spreadsheets.reading import Column, RowError, TableError, table_read
from home import groups
from schools.importing import schools_by_code
from schools.models import Area, Membership, Role, School
from schools.selectors import paths_under, school_scope, user_scope

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


def username_unusable_message() -> str:
    """The one answer for a username an officer may not take: the same whether it is staff's,
    another district's teacher's or anyone else's, so the form tells nobody who exists."""
    return _("Tên đăng nhập này không dùng được; hãy chọn tên khác.")


def teacher_account_reusable(*, account, user) -> bool:
    """Whether ``user`` may give ``account`` a school or restart it: a teacher's account only
    (not staff, in no other group, with teacher memberships alone) whose every membership,
    active or stopped, is at a school in ``user``'s areas — and there is at least one. A
    superuser may reuse any teacher's account."""
    if account.is_superuser or account.is_staff:
        return False
    if account.groups.exclude(name=groups.TEACHERS).exists():
        return False
    memberships = account.school_memberships.all()
    if memberships.exclude(role=Role.TEACHER).exists():
        return False
    scope = user_scope(user=user)
    if scope.everything:
        return True
    if not scope.officer_paths or not memberships.exists():
        return False
    return not memberships.exclude(paths_under(scope.officer_paths, "school__area__path")).exists()


def teacher_account_check(
    *, username: str, full_name: str, email: str, school: School | None, created_by
) -> tuple[TeacherAccount | None, dict[str, str]]:
    """The account to create (or the existing teacher to add to a school), or errors by field.

    An existing account is reused only if it is a teacher's whose every membership lies in
    ``created_by``'s areas; any other existing username gets the one neutral message."""
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
        # Only a teacher account of the officer's own area may be reused: never an editor's,
        # moderator's or officer's, nor another district's teacher (whom a district officer
        # must not re-enable, take over or look into), nor an account of no school.
        if not teacher_account_reusable(account=existing, user=created_by):
            errors["username"] = username_unusable_message()
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
        username=username, full_name=full_name, email=email, school=school, created_by=created_by
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
        for school in schools_by_code(
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
            created_by=created_by,
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


def membership_counsellor_set(*, membership: Membership, is_counsellor: bool, user) -> None:
    """Name a teacher their school's counsellor (or no longer): a counsellor may be made the
    handler of a report of concern about the school."""
    if membership.role != Role.TEACHER:
        raise ValidationError(_("Chỉ giáo viên của một trường làm tư vấn học đường."))
    if membership.is_counsellor == is_counsellor:
        return
    membership.is_counsellor = is_counsellor
    membership.save(update_fields=["is_counsellor"])
    log(
        membership,
        "schools.membership.counsellor" if is_counsellor else "schools.membership.not_counsellor",
        user=user,
    )


def membership_activate_refused_message() -> str:
    return _(
        "Không kích hoạt lại được tài khoản này trong phạm vi của bạn; hãy liên hệ cán bộ "
        "quản lý cấp trên."
    )


@transaction.atomic
def membership_activate(*, membership: Membership, user) -> None:
    """Restart a membership (and its account). A district officer may restart only a teacher
    account that lies wholly in their areas: not one another district stopped or shares."""
    if not user.is_superuser and not teacher_account_reusable(account=membership.user, user=user):
        raise ValidationError(membership_activate_refused_message())
    membership.is_active = True
    membership.save(update_fields=["is_active"])
    account = membership.user
    if not account.is_active:
        account.is_active = True
        account.save(update_fields=["is_active"])
    log(membership, "schools.membership.activate", user=user)
