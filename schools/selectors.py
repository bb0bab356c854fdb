"""Reads: what a user may see (scope), areas and schools.

Every teacher or officer query starts here. A teacher's scope is the schools of their active
teacher memberships; an officer's is every school whose area lies under one of their areas;
a superuser sees everything. Scope is looked up once per request and kept on the user object.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db.models import Q, QuerySet

from home.groups import OFFICERS
from schools.models import Area, Membership, Role, School

SCHOOL_YEAR_START_MONTH = 9  # a Vietnamese school year runs from September to August


@dataclass(frozen=True)
class Scope:
    teacher_school_ids: frozenset[int] = frozenset()
    officer_paths: tuple[str, ...] = ()
    everything: bool = False

    @property
    def is_teacher(self) -> bool:
        return bool(self.teacher_school_ids)

    @property
    def is_officer(self) -> bool:
        return self.everything or bool(self.officer_paths)


def user_scope(*, user) -> Scope:
    if not user.is_authenticated or not user.is_active:
        return Scope()
    cached = getattr(user, "_schools_scope", None)
    if cached is not None:
        return cached
    rows = Membership.objects.filter(user=user, is_active=True).values_list(
        "role", "school_id", "area__path"
    )
    school_ids, paths = set(), []
    for role, school_id, path in rows:
        if role == Role.TEACHER:
            school_ids.add(school_id)
        elif role == Role.OFFICER:
            paths.append(path)
    scope = Scope(
        teacher_school_ids=frozenset(school_ids),
        officer_paths=tuple(sorted(paths)),
        everything=user.is_superuser,
    )
    user._schools_scope = scope
    return scope


def user_is_teacher(*, user) -> bool:
    """The one definition of a teacher: an active teacher membership of a school."""
    return user_scope(user=user).is_teacher


def paths_under(paths: Iterable[str], lookup: str) -> Q:
    """Rows whose ``lookup`` lies under one of the area paths (none: no row)."""
    return reduce(or_, (Q(**{f"{lookup}__startswith": path}) for path in paths), Q(pk__in=[]))


def area_scope(*, user) -> QuerySet[Area]:
    """Areas an officer covers: their own and every unit below them."""
    scope = user_scope(user=user)
    if scope.everything:
        return Area.objects.all()
    if not scope.officer_paths:
        return Area.objects.none()
    return Area.objects.filter(paths_under(scope.officer_paths, "path"))


def school_scope(*, user) -> QuerySet[School]:
    """Schools in an officer's areas (today's placement)."""
    scope = user_scope(user=user)
    if scope.everything:
        return School.objects.all()
    if not scope.officer_paths:
        return School.objects.none()
    return School.objects.filter(paths_under(scope.officer_paths, "area__path"))


def teacher_membership_scope(*, user) -> QuerySet[Membership]:
    """Teacher accounts of the schools in an officer's areas."""
    scope = user_scope(user=user)
    memberships = Membership.objects.filter(role=Role.TEACHER)
    if scope.everything:
        return memberships
    if not scope.officer_paths:
        return memberships.none()
    return memberships.filter(paths_under(scope.officer_paths, "school__area__path"))


def officer_membership_scope(*, user) -> QuerySet[Membership]:
    """Officers' scopes: only superusers grant and see them."""
    if user.is_superuser:
        return Membership.objects.filter(role=Role.OFFICER)
    return Membership.objects.none()


def teacher_schools(*, user) -> list[School]:
    school_ids = user_scope(user=user).teacher_school_ids
    return list(
        School.objects.filter(pk__in=school_ids)
        .select_related("area")
        .prefetch_related("levels")
        .order_by("name")
    )


def school_year_bounds(*, today: datetime.date) -> tuple[datetime.date, datetime.date]:
    start_year = today.year if today.month >= SCHOOL_YEAR_START_MONTH else today.year - 1
    return (
        datetime.date(start_year, SCHOOL_YEAR_START_MONTH, 1),
        datetime.date(start_year + 1, SCHOOL_YEAR_START_MONTH, 1) - datetime.timedelta(days=1),
    )


def schools_in_area_on(*, area: Area, on: datetime.date) -> QuerySet[School]:
    """Schools that belonged to the area (or a unit below it) on a date: past periods keep the
    units of their time, even after a reform retired them and moved the schools."""
    return School.objects.filter(
        Q(placements__start__isnull=True) | Q(placements__start__lte=on),
        Q(placements__end__isnull=True) | Q(placements__end__gt=on),
        placements__area__path__startswith=area.path,
    ).distinct()


def must_use_two_factor(*, user) -> bool:
    """Officers see every school's data under their areas: they must sign in with a second
    factor when ``STAFF_2FA_REQUIRED`` is on (``STAFF_2FA_POLICY``; superusers always must)."""
    return user_scope(user=user).is_officer or user.groups.filter(name=OFFICERS).exists()
