"""Reminders that escalate, toward 100% of schools by a period's due date.

One daily command (``manage.py completion_remind``) enqueues ``completion.tasks.reminders_send``;
the worker runs ``reminders_send_run`` for the day:

- before the due date, on each of the period's ``reminder_days`` (default 14 and 3 days before),
  the teachers of every school not yet complete get what is missing (levels, sessions still to
  verify); the portal shows the same as a banner from the first of those days to the due date;
- the day after the due date, each district officer gets the list of their incomplete schools;
- a week later, the province officers get every district's list.

Each reminder is a ``ReminderSent`` row (period, step, school or area, recipient), unique: a
step is never sent twice to the same person about the same school or area, however often the
command runs. A day missed (the server was down) is caught up: the latest step due is sent.
Recipients without an e-mail address get a row with ``emailed=False`` and no message; the
officers find them on the school's page and in the reminders list. The log
(``curriculum.reminders``) keeps ids only.
"""

import datetime
import logging
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.utils import translation

from completion.models import (
    CompletionStatus,
    ReminderSent,
    ReminderStep,
    ReportingPeriod,
    SchoolPeriodStatus,
)
from delivery.models import DeliverySession, SessionStatus
from lessons.models import AgeBand
from schools.models import Area, Membership, Role

logger = logging.getLogger("curriculum.reminders")

# The district officers' list goes out the day after the due date, the province's a week later.
PROVINCE_DELAY_DAYS = 7
# Escalations are not sent for a due date further back than this (a period entered late, or
# a server that was off for weeks): their moment has passed.
ESCALATION_WINDOW_DAYS = 30


def reminder_steps_due(*, period: ReportingPeriod, today: datetime.date) -> list[str]:
    """The steps of a period due today: at most one teachers' step (the latest whose day has
    come), or the escalations once the due date has passed."""
    due = period.due_date
    if today <= due:
        begun = [n for n in period.reminder_offsets if due - datetime.timedelta(days=n) <= today]
        return [f"before:{min(begun)}"] if begun else []
    if today > due + datetime.timedelta(days=ESCALATION_WINDOW_DAYS):
        return []
    steps = [ReminderStep.DISTRICT.value]
    if today >= due + datetime.timedelta(days=1 + PROVINCE_DELAY_DAYS):
        steps.append(ReminderStep.PROVINCE.value)
    return steps


def reminder_window_open(*, period: ReportingPeriod, today: datetime.date) -> bool:
    """From the first teachers' reminder day to the due date: the portal shows the banner."""
    offsets = period.reminder_offsets
    if not offsets:
        return False
    return period.due_date - datetime.timedelta(days=offsets[0]) <= today <= period.due_date


def sessions_to_verify(*, period: ReportingPeriod, school_ids) -> dict[int, int]:
    """Submitted (not yet verified) sessions of each school dated in the period."""
    rows = (
        DeliverySession.objects.filter(
            school_id__in=list(school_ids),
            date__gte=period.start,
            date__lte=period.end,
            status=SessionStatus.SUBMITTED,
        )
        .order_by()
        .values("school_id")
        .annotate(n=Count("pk"))
    )
    return {row["school_id"]: row["n"] for row in rows}


@dataclass
class _Sent:
    created: int = 0
    emailed: int = 0
    without_email: int = 0


def _record_and_send(
    *, period, step, recipient, subject, body, school=None, area=None, named=(), sent
):
    """Record the reminder (with the schools an officers' list ``named``) and mail it, once:
    a row already there means it went out."""
    email = (recipient.email or "").strip()
    try:
        with transaction.atomic():
            reminder = ReminderSent.objects.create(
                period=period,
                step=step,
                school=school,
                area=area,
                recipient=recipient,
                emailed=bool(email),
            )
            if named:
                through = ReminderSent.named_schools.through
                through.objects.bulk_create(
                    [through(remindersent_id=reminder.pk, school_id=pk) for pk in named],
                    batch_size=1000,
                )
            if email:
                send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [email])
    except IntegrityError:
        return  # sent by another run meanwhile
    sent.created += 1
    if email:
        sent.emailed += 1
    else:
        sent.without_email += 1
    logger.info(
        "reminder period=%s step=%s school=%s area=%s recipient=%s emailed=%s",
        period.pk, step, school.pk if school else "-", area.pk if area else "-",
        recipient.pk, bool(email),
    )  # fmt: skip


def _incomplete_rows(period, path=None):
    rows = (
        SchoolPeriodStatus.objects.filter(period=period)
        .exclude(status=CompletionStatus.COMPLETE)
        .select_related("school", "area")
        .order_by("area_path", "school__name")
    )
    if path is not None:
        rows = rows.filter(area_path__startswith=path)
    return rows


def _missing_names(rows, bands):
    for row in rows:
        row.missing_levels = [bands.get(band, "?") for band in row.missing_level_ids]


def _already(period, step, field):
    return set(
        ReminderSent.objects.filter(period=period, step=step).values_list(field, "recipient_id")
    )


def _teachers_remind(period, step, sent, bands, today):
    rows = list(_incomplete_rows(period))
    if not rows:
        return
    _missing_names(rows, bands)
    by_school = {row.school_id: row for row in rows}
    to_verify = sessions_to_verify(period=period, school_ids=by_school)
    done = _already(period, step, "school_id")
    teachers = (
        Membership.objects.filter(
            role=Role.TEACHER, is_active=True, user__is_active=True, school_id__in=list(by_school)
        )
        .select_related("user")
        .order_by("school_id", "user_id")
    )
    # The days really left from the day the run is for, not the step's: a run caught up on a
    # later day (the server was down on the step's day) must not state more days than remain.
    days = (period.due_date - today).days
    for membership in teachers:
        if (membership.school_id, membership.user_id) in done:
            continue
        row = by_school[membership.school_id]
        context = {
            "period": period,
            "row": row,
            "days": days,
            "to_verify": to_verify.get(row.school_id, 0),
            "site_url": settings.WAGTAILADMIN_BASE_URL,
        }
        _record_and_send(
            period=period,
            step=step,
            recipient=membership.user,
            school=row.school,
            subject=render_to_string("completion/email/teacher_subject.txt", context).strip(),
            body=render_to_string("completion/email/teacher_body.txt", context),
            sent=sent,
        )


def _unit_of(path: str) -> str:
    """The district (second-level unit) a path lies in: "58/584/58401/" → "58/584/"."""
    parts = path.split("/")
    return "/".join(parts[:2]) + "/" if len(parts) > 2 else path


def _officers_remind(period, step, sent, bands):
    depth = 2 if step == ReminderStep.DISTRICT else 1
    officers = [
        m
        for m in Membership.objects.filter(
            role=Role.OFFICER, is_active=True, user__is_active=True
        ).select_related("user", "area")
        if m.area.path.count("/") == depth
    ]
    if not officers:
        return
    done = _already(period, step, "area_id")
    rows = list(_incomplete_rows(period))
    _missing_names(rows, bands)
    unit_paths = {_unit_of(row.area_path) for row in rows}
    units = {area.path: area for area in Area.objects.filter(path__in=unit_paths)}
    for membership in officers:
        if (membership.area_id, membership.user_id) in done:
            continue
        mine = [row for row in rows if row.area_path.startswith(membership.area.path)]
        if not mine:
            continue  # every school complete: nothing to chase
        groups = defaultdict(list)
        for row in mine:
            groups[_unit_of(row.area_path)].append(row)
        context = {
            "period": period,
            "area": membership.area,
            "groups": [(units.get(path), groups[path]) for path in sorted(groups)],
            "count": len(mine),
            "province": step == ReminderStep.PROVINCE,
            "site_url": settings.WAGTAILADMIN_BASE_URL,
        }
        _record_and_send(
            period=period,
            step=step,
            recipient=membership.user,
            area=membership.area,
            named=[row.school_id for row in mine],
            subject=render_to_string("completion/email/officer_subject.txt", context).strip(),
            body=render_to_string("completion/email/officer_body.txt", context),
            sent=sent,
        )


def reminders_send_run(*, today: datetime.date) -> dict:
    """Send every reminder due today that has not gone out yet; the counts."""
    sent = _Sent()
    earliest = today - datetime.timedelta(days=ESCALATION_WINDOW_DAYS)
    periods = ReportingPeriod.objects.filter(due_date__gte=earliest, start__lte=today)
    bands = dict(AgeBand.objects.values_list("pk", "name"))
    with translation.override(settings.LANGUAGE_CODE):
        for period in periods:
            if period.rebuild_pending:
                continue  # figures being recalculated: tomorrow's run catches up
            for step in reminder_steps_due(period=period, today=today):
                if step.startswith("before:"):
                    _teachers_remind(period, step, sent, bands, today)
                else:
                    _officers_remind(period, step, sent, bands)
    logger.info(
        "reminders day=%s created=%s emailed=%s without_email=%s",
        today.isoformat(), sent.created, sent.emailed, sent.without_email,
    )  # fmt: skip
    return {"created": sent.created, "emailed": sent.emailed, "without_email": sent.without_email}


def reminders_for_school(*, school_id: int, period: ReportingPeriod):
    """The reminders sent about a school in a period: its teachers', and the district and
    province officers' lists that named it (one query)."""
    named = ReminderSent.named_schools.through.objects.filter(school_id=school_id)
    return (
        ReminderSent.objects.filter(period=period)
        .filter(Q(school_id=school_id) | Q(pk__in=named.values("remindersent_id")))
        .select_related("recipient", "area")
        .order_by("sent_at", "pk")
    )
