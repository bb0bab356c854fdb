"""Reads: who sees which report, deadlines, the queue's order, and the figures.

An officer sees the reports placed in their areas (the school's area under one of their
paths); the reports nobody could place (no school given or matched) only if they are a
province-level officer (an area at the top of the tree). Superusers see everything.
"""

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import (
    BooleanField,
    Case,
    Count,
    F,
    IntegerField,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import TruncMonth
from django.utils import timezone

from concerns.models import (
    SUPPORTED_OUTCOMES,
    Concern,
    ConcernEntry,
    Outcome,
    Stage,
    Urgency,
)
from schools.models import Area, Membership, Role, School
from schools.selectors import paths_under, user_scope

URGENT_HOURS = 24
NORMAL_WORKING_DAYS = 3
PUBLIC_MINIMUM = 5  # a public figure under this is not shown (a small count can identify)


def path_is_top_level(path: str) -> bool:
    return path.count("/") == 1


def concern_scope(*, user) -> QuerySet[Concern]:
    """The reports ``user`` may see and handle."""
    scope = user_scope(user=user)
    if scope.everything:
        return Concern.objects.all()
    if not scope.officer_paths:
        return Concern.objects.none()
    condition = paths_under(scope.officer_paths, "area__path")
    if any(path_is_top_level(path) for path in scope.officer_paths):
        condition |= Q(area__isnull=True)
    return Concern.objects.filter(condition)


def concern_due(*, received: datetime.datetime, urgency: str) -> datetime.datetime:
    """The deadline of the first action: 24 hours for an urgent report; three working days
    (Monday to Friday, at the same time of day) for a normal one. Public holidays are not
    known to the platform and count as working days."""
    if urgency == Urgency.URGENT:
        return received + datetime.timedelta(hours=URGENT_HOURS)
    local = timezone.localtime(received)
    day, counted = local, 0
    while counted < NORMAL_WORKING_DAYS:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            counted += 1
    return day


def concern_is_overdue(*, concern: Concern, now: datetime.datetime) -> bool:
    return (
        concern.stage != Stage.CLOSED
        and concern.first_action_at is None
        and concern.first_action_due < now
    )


def overdue_condition(now: datetime.datetime) -> Q:
    return Q(first_action_at__isnull=True, first_action_due__lt=now) & ~Q(stage=Stage.CLOSED)


def concern_queue(*, concerns: QuerySet[Concern], now: datetime.datetime) -> QuerySet[Concern]:
    """Open reports first; among them urgent first, then overdue, then the oldest first."""
    return concerns.annotate(
        is_open_rank=Case(When(stage=Stage.CLOSED, then=Value(1)), default=Value(0)),
        urgent_rank=Case(
            When(urgency=Urgency.URGENT, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        ),
        overdue=Case(
            When(overdue_condition(now), then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        ),
    ).order_by("is_open_rank", "urgent_rank", "-overdue", "created_at", "pk")


def concern_overdue_list(*, now: datetime.datetime) -> QuerySet[Concern]:
    return Concern.objects.filter(overdue_condition(now)).select_related("area", "handler")


def concern_officers(*, concern: Concern) -> list:
    """The active officers who cover the report's area (for an unplaced report: the
    province-level officers)."""
    memberships = Membership.objects.filter(
        role=Role.OFFICER, is_active=True, user__is_active=True
    ).select_related("user", "area")
    users = {}
    for membership in memberships:
        path = membership.area.path
        covers = (
            concern.area.path.startswith(path)
            if concern.area is not None
            else path_is_top_level(path)
        )
        if covers:
            users[membership.user.pk] = membership.user
    return list(users.values())


def concern_school_counsellors(*, school: School | None) -> QuerySet:
    """The active counsellors of ``school`` (teachers it names counsellor)."""
    if school is None:
        return get_user_model().objects.none()
    return get_user_model().objects.filter(
        is_active=True,
        school_memberships__school=school,
        school_memberships__role=Role.TEACHER,
        school_memberships__is_active=True,
        school_memberships__is_counsellor=True,
    )


def concern_handler_choices(*, concern: Concern):
    """Who may be named the handler: the officers who cover the report and the counsellors
    of its school."""
    ids = [user.pk for user in concern_officers(concern=concern)]
    ids += list(concern_school_counsellors(school=concern.school).values_list("pk", flat=True))
    return get_user_model().objects.filter(pk__in=ids).order_by("username")


def concern_counsellor_scope(*, user) -> QuerySet[Concern]:
    """The reports a counsellor handles: those they are the handler of, about a school they
    are still an active counsellor of."""
    if not user.is_authenticated:
        return Concern.objects.none()
    schools = Membership.objects.filter(
        user=user, role=Role.TEACHER, is_active=True, is_counsellor=True
    ).values("school_id")
    return Concern.objects.filter(handler=user, school_id__in=schools)


def user_is_counsellor(*, user) -> bool:
    """Whether ``user`` is an active counsellor of a school; kept on the user object, as the
    portal's menu and the view both ask within one request."""
    if not user.is_authenticated:
        return False
    if not hasattr(user, "_is_counsellor"):
        user._is_counsellor = Membership.objects.filter(
            user=user, role=Role.TEACHER, is_active=True, is_counsellor=True
        ).exists()
    return user._is_counsellor


def concern_reporter_entries(*, concern: Concern) -> list[ConcernEntry]:
    """What the reporter may read: their own words and the messages meant for them."""
    return list(concern.entries.filter(for_reporter=True).order_by("created_at", "pk"))


def concern_by_code(*, code: str) -> Concern | None:
    return Concern.objects.filter(code=code).first()


def school_match(*, name: str) -> School | None:
    """The one active school of that name, compared without regard to case or spacing
    (SQLite cannot fold Vietnamese capitals, so the comparison is made here), or None."""
    wanted = " ".join(name.split()).casefold()
    if not wanted:
        return None
    ids = [
        pk
        for pk, school_name in School.objects.filter(is_active=True).values_list("pk", "name")
        if " ".join(school_name.split()).casefold() == wanted
    ]
    if len(ids) != 1:
        return None
    return School.objects.select_related("area").get(pk=ids[0])


# ---------------------------------------------------------------------------------------------
# Figures


@dataclass(frozen=True)
class SupportFigure:
    supported: int  # children who needed support and got it (outcome supported or referred)
    needing: int  # reports received, less those closed as "not a concern"

    @property
    def percent(self) -> float:
        return round(100 * self.supported / self.needing, 1) if self.needing else 0.0


def support_figure(
    *,
    officer_paths: tuple[str, ...] | None,
    area: Area | None = None,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
) -> SupportFigure:
    """``N / M`` children who needed support and were supported, within an officer's paths
    (None: everything; unplaced reports count for the province-level), an area and dates."""
    concerns = Concern.objects.all()
    if officer_paths is not None:
        condition = paths_under(officer_paths, "area__path")
        if any(path_is_top_level(path) for path in officer_paths):
            condition |= Q(area__isnull=True)
        concerns = concerns.filter(condition)
    if area is not None:
        concerns = concerns.filter(area__path__startswith=area.path)
    if start is not None:
        concerns = concerns.filter(created_at__date__gte=start)
    if end is not None:
        concerns = concerns.filter(created_at__date__lte=end)
    counts = concerns.aggregate(
        needing=Count("pk", filter=~Q(outcome=Outcome.NOT_A_CONCERN)),
        supported=Count("pk", filter=Q(outcome__in=SUPPORTED_OUTCOMES)),
    )
    return SupportFigure(supported=counts["supported"], needing=counts["needing"])


FIGURE_GROUPS = ("category", "area", "month")


def concern_figures(*, concerns: QuerySet[Concern], group: str) -> list[dict]:
    """Received, first action within the deadline, supported and closed, grouped by
    category, area (its name; None: unplaced) or month (the first day)."""
    key = {
        "category": F("category"),
        "area": F("area__name"),
        "month": TruncMonth("created_at"),
    }[group]
    rows = (
        concerns.order_by()
        .annotate(group_key=key)
        .values("group_key")
        .annotate(
            received=Count("pk"),
            on_time=Count("pk", filter=Q(first_action_at__lte=F("first_action_due"))),
            supported=Count("pk", filter=Q(outcome__in=SUPPORTED_OUTCOMES)),
            closed=Count("pk", filter=Q(stage=Stage.CLOSED)),
        )
        .order_by("group_key")
    )
    return list(rows)


@dataclass(frozen=True)
class PublicFigure:
    received: int | None  # None: fewer than PUBLIC_MINIMUM, not shown
    supported: int | None
    year: int


def _suppressed(count: int) -> int | None:
    return count if count >= PUBLIC_MINIMUM else None


def concern_public_figure(*, today: datetime.date) -> PublicFigure | None:
    """This year's aggregates for the home page; None when too few reports to show any."""
    counts = Concern.objects.filter(created_at__year=today.year).aggregate(
        received=Count("pk"),
        supported=Count("pk", filter=Q(outcome__in=SUPPORTED_OUTCOMES)),
    )
    received = _suppressed(counts["received"])
    if received is None:
        return None
    return PublicFigure(
        received=received, supported=_suppressed(counts["supported"]), year=today.year
    )
