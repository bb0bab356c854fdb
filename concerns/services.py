"""Writes: a report made, information added, triage, actions, reminders and retention.

Every step is written to the report's history (``ConcernEntry``) in the same transaction.
The security log carries ids only."""

import datetime
import logging
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from concerns.models import (
    CODE_LENGTH,
    FIRST_ACTION_KINDS,
    Concern,
    ConcernEntry,
    ContactPreference,
    EntryKind,
    Outcome,
    Stage,
    Urgency,
)
from concerns.selectors import concern_due, concern_officers, concern_overdue_list
from core.security import security_log
from quizzes.services import JOIN_CODE_ALPHABET
from schools.models import School

logger = logging.getLogger("curriculum.concerns")

# Categories that start urgent: an adult asking a child for pictures or a meeting, threats.
URGENT_CATEGORIES = ("stranger", "threats")
CODE_ATTEMPTS = 5


def concern_code_new() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(CODE_LENGTH))


def concern_code_normalise(code: str) -> str:
    return "".join(code.split()).upper().replace("-", "")


def concern_submit(
    *,
    category: str,
    what_happened: str,
    where: str,
    school: School | None,
    school_named: str,
    reporter_role: str,
    contact_preference: str,
    contact: str,
    now: datetime.datetime | None = None,
) -> Concern:
    """Records a report and its first history entry; returns it with its receipt code."""
    backdated = now is not None  # tests and imports give the time it was received
    now = now or timezone.now()
    urgency = Urgency.URGENT if category in URGENT_CATEGORIES else Urgency.NORMAL
    if contact_preference == ContactPreference.NONE:
        contact = ""
    for attempt in range(CODE_ATTEMPTS):
        try:
            with transaction.atomic():
                concern = Concern.objects.create(
                    code=concern_code_new(),
                    category=category,
                    what_happened=what_happened,
                    where=where,
                    school=school,
                    school_named="" if school else school_named,
                    area=school.area if school else None,
                    reporter_role=reporter_role,
                    contact_preference=contact_preference,
                    contact=contact,
                    urgency=urgency,
                    first_action_due=concern_due(received=now, urgency=urgency),
                )
                if backdated:
                    Concern.objects.filter(pk=concern.pk).update(created_at=now)
                    concern.created_at = now
                ConcernEntry.objects.create(
                    concern=concern, kind=EntryKind.SUBMITTED, for_reporter=False
                )
        except IntegrityError:
            if attempt == CODE_ATTEMPTS - 1:
                raise
            continue
        security_log.info("concern_received concern=%s", concern.pk)
        return concern
    raise AssertionError("unreachable")


def concern_add_information(*, concern: Concern, text: str) -> ConcernEntry:
    """The reporter adds to their report: a new entry, nothing edited."""
    if concern.purged_at is not None:
        raise ValidationError(_("Báo cáo này đã kết thúc từ lâu, không bổ sung được nữa."))
    entry = ConcernEntry.objects.create(
        concern=concern, kind=EntryKind.REPORTER_ADDED, text=text, for_reporter=True
    )
    security_log.info("concern_information_added concern=%s", concern.pk)
    return entry


def concern_triage(*, concern: Concern, user, urgency: str, handler, school: School | None):
    """Sets urgency, handler and (for an unplaced report) the school; moves a new report to
    "triaged". The deadline follows the urgency from the time the report was received."""
    with transaction.atomic():
        concern = Concern.objects.select_for_update().get(pk=concern.pk)
        changes = []
        if urgency != concern.urgency:
            concern.urgency = urgency
            concern.first_action_due = concern_due(received=concern.created_at, urgency=urgency)
            changes.append(str(_("mức độ: %(u)s") % {"u": concern.get_urgency_display()}))
        if handler != concern.handler:
            concern.handler = handler
            changes.append(
                str(_("người xử lý: %(h)s") % {"h": handler.get_username() if handler else "—"})
            )
        if school is not None and school != concern.school:
            concern.school = school
            concern.area = school.area
            changes.append(str(_("trường: %(s)s") % {"s": school.name}))
        if concern.stage == Stage.RECEIVED:
            concern.stage = Stage.TRIAGED
        concern.save()
        ConcernEntry.objects.create(
            concern=concern, kind=EntryKind.TRIAGED, text="; ".join(changes), user=user
        )
    security_log.info("concern_triaged concern=%s user=%s", concern.pk, user.pk)
    return concern


def concern_action_record(
    *,
    concern: Concern,
    user,
    kind: str,
    text: str = "",
    referred_to: str = "",
    outcome: str = "",
    now: datetime.datetime | None = None,
) -> ConcernEntry:
    """Records an action: contact, referral, support, a message to the reporter, a note, or
    closing with an outcome. The first action stops the deadline clock."""
    now = now or timezone.now()
    if kind not in EntryKind.values or kind in (EntryKind.SUBMITTED, EntryKind.REPORTER_ADDED):
        raise ValidationError(_("Việc này không ghi được ở đây."))
    if kind == EntryKind.CLOSED and outcome not in Outcome.values:
        raise ValidationError({"outcome": _("Hãy chọn kết quả khi kết thúc.")})
    if kind == EntryKind.REFERRED and not referred_to:
        raise ValidationError({"referred_to": _("Hãy chọn nơi đã chuyển đến.")})
    with transaction.atomic():
        concern = Concern.objects.select_for_update().get(pk=concern.pk)
        if concern.stage == Stage.CLOSED:
            raise ValidationError(_("Báo cáo đã kết thúc."))
        if kind in FIRST_ACTION_KINDS and concern.first_action_at is None:
            concern.first_action_at = now
        if kind == EntryKind.CLOSED:
            concern.stage = Stage.CLOSED
            concern.closed_at = now
            concern.outcome = outcome
            if outcome:
                text = (
                    f"{Outcome(outcome).label}. {text}".strip() if text else Outcome(outcome).label
                )
        elif kind in FIRST_ACTION_KINDS:
            concern.stage = Stage.IN_PROGRESS
        concern.save()
        entry = ConcernEntry.objects.create(
            concern=concern,
            kind=kind,
            text=str(text),
            referred_to=referred_to if kind == EntryKind.REFERRED else "",
            for_reporter=kind == EntryKind.MESSAGE,
            user=user,
        )
    security_log.info("concern_action concern=%s kind=%s user=%s", concern.pk, kind, user.pk)
    return entry


def concern_viewed(*, concern: Concern, user) -> None:
    security_log.info("concern_viewed concern=%s user=%s", concern.pk, user.pk)


def concern_reminders_send(*, now: datetime.datetime | None = None) -> dict:
    """E-mails the handler and the area's officers about each overdue report, at most once a
    day per report. Returns counts: reports, messages sent, recipients skipped (no e-mail)."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    counts = {"concerns": 0, "sent": 0, "skipped": 0}
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    for concern in concern_overdue_list(now=now).order_by("pk"):
        if concern.last_reminded_on == today:
            continue
        officers = {user.pk: user for user in concern_officers(concern=concern)}
        recipients = dict(officers)
        if concern.handler is not None and concern.handler.is_active:
            recipients[concern.handler.pk] = concern.handler
        # Officers open the report in the admin; a counsellor handler in the teacher portal.
        admin_url = base + reverse("concern_queue:inspect", args=[concern.pk])
        portal_url = base + reverse("concern_portal:detail", args=[concern.pk])
        urls = {
            user.email: admin_url if user.pk in officers else portal_url
            for user in recipients.values()
            if user.email
        }
        addresses = sorted(urls)
        skipped = sum(1 for user in recipients.values() if not user.email)
        subject = _("Báo cáo #%(id)s đã quá hạn xử lý") % {"id": concern.pk}
        for address in addresses:
            body = _(
                "Báo cáo #%(id)s (%(category)s, mức độ: %(urgency)s) chưa được xử lý, "
                "hạn là %(due)s.\n\nXem và xử lý: %(url)s\n\n"
                "Thư này không chứa nội dung báo cáo. Xin đừng chuyển tiếp thư."
            ) % {
                "id": concern.pk,
                "category": concern.get_category_display(),
                "urgency": concern.get_urgency_display(),
                "due": timezone.localtime(concern.first_action_due).strftime("%d/%m/%Y %H:%M"),
                "url": urls[address],
            }
            send_mail(subject, body, None, [address])
        Concern.objects.filter(pk=concern.pk).update(last_reminded_on=today)
        logger.info(
            "concern_reminded concern=%s sent=%s skipped=%s", concern.pk, len(addresses), skipped
        )
        counts["concerns"] += 1
        counts["sent"] += len(addresses)
        counts["skipped"] += skipped
    return counts


def concern_purge(*, days: int, now: datetime.datetime | None = None) -> int:
    """Strips free text and contact details of reports closed more than ``days`` ago; keeps
    category, area, school, dates, urgency and outcome for the figures. Returns how many."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=days)
    with transaction.atomic():
        ids = list(
            Concern.objects.filter(
                stage=Stage.CLOSED, closed_at__lt=cutoff, purged_at__isnull=True
            ).values_list("pk", flat=True)
        )
        Concern.objects.filter(pk__in=ids).update(
            what_happened="",
            where="",
            school_named="",
            contact="",
            contact_preference=ContactPreference.NONE,
            purged_at=now,
        )
        ConcernEntry.objects.filter(concern_id__in=ids).update(text="")
    if ids:
        logger.info("concerns_purged count=%s", len(ids))
    return len(ids)
