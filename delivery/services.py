"""Writes: delivery sessions, their evidence files, and their verification.

Each function runs in one transaction and leaves a Wagtail log entry for the session. Sending
``school_records_changed`` lets the completion figures follow in the same transaction.
"""

import datetime
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from core.security import security_log
from delivery.models import DeliverySession, Evidence, SessionStatus
from delivery.uploads import CleanFile
from lessons.models import AgeBand, LessonPage
from lessons.selectors import lesson_published
from quizzes.models import QuizRun
from quizzes.selectors import run_list_for_user
from schools.models import School
from schools.selectors import school_year_bounds, user_scope
from schools.signals import school_records_changed

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


# A choice the user may not make; the form shows the same messages for a refused choice.
SCHOOL_REFUSED = gettext_lazy("Thầy cô không phải giáo viên của trường này.")
LESSON_MISSING = gettext_lazy("Hãy chọn bài học.")
LESSON_REFUSED = gettext_lazy("Bài học này chưa được xuất bản hoặc không dành cho trường.")
QUIZ_RUN_REFUSED = gettext_lazy("Chỉ gắn được lượt chơi do thầy cô mở.")
AGE_BAND_REFUSED = gettext_lazy("Trường không dạy cấp học này.")


def session_data_check(
    *,
    data: SessionData,
    school_ids: Collection[int],
    quiz_runs: QuerySet[QuizRun],
    today: datetime.date,
    session: DeliverySession | None = None,
) -> dict[str, str]:
    """The rules a session must meet, as messages by field: the one place they live.

    ``school_ids`` are the schools the user teaches at, ``quiz_runs`` the runs they may link;
    ``session`` is the session being edited, whose lesson and quiz run may stay as they are
    even if the lesson was unpublished (or deleted) since."""
    errors = {}
    kept_lesson_id = session.lesson_id if session is not None else None
    kept_run_id = session.quiz_run_id if session is not None else None
    if data.lesson is None:
        if session is None or session.lesson_id is not None:
            errors["lesson"] = str(LESSON_MISSING)
    elif (
        data.lesson.pk != kept_lesson_id
        and not lesson_published().filter(pk=data.lesson.pk).exists()
    ):
        errors["lesson"] = str(LESSON_REFUSED)
    if data.school.pk not in school_ids:
        errors["school"] = str(SCHOOL_REFUSED)
    if (
        data.quiz_run is not None
        and data.quiz_run.pk != kept_run_id
        and not quiz_runs.filter(pk=data.quiz_run.pk).exists()
    ):
        errors["quiz_run"] = str(QUIZ_RUN_REFUSED)
    if data.date > today:
        errors["date"] = _("Ngày dạy không thể ở tương lai.")
    elif data.date < earliest_session_date(today=today):
        errors["date"] = _("Chỉ ghi nhận được buổi dạy từ ngày %(date)s.") % {
            "date": date_format(earliest_session_date(today=today), "SHORT_DATE_FORMAT")
        }
    if "school" not in errors and "lesson" not in errors:
        school_band_ids = {band.pk for band in data.school.levels.all()}
        lesson_band_ids = (
            {band.pk for band in data.lesson.age_bands.all()}
            if data.lesson is not None
            else {session.age_band_id}  # the lesson was deleted: the level stays as it was
        )
        if data.age_band.pk not in school_band_ids:
            errors["age_band"] = str(AGE_BAND_REFUSED)
        elif data.age_band.pk not in lesson_band_ids:
            errors["age_band"] = _("Bài học này không dành cho cấp học đã chọn.")
    if data.girls is not None and data.girls > data.participants:
        errors["girls"] = _("Số nữ không thể lớn hơn số người tham gia.")
    if data.ethnic_minority is not None and data.ethnic_minority > data.participants:
        errors["ethnic_minority"] = _(
            "Số người dân tộc thiểu số không thể lớn hơn số người tham gia."
        )
    return errors


def _session_data_validate(
    *, user, data: SessionData, session: DeliverySession | None = None
) -> None:
    """Raise ``ValidationError`` with the messages by field if ``data`` breaks a rule."""
    errors = session_data_check(
        data=data,
        school_ids=user_scope(user=user).teacher_school_ids,
        quiz_runs=run_list_for_user(user=user),
        today=timezone.localdate(),
        session=session,
    )
    if errors:
        raise ValidationError(errors)


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
    """Record a session once per form: a second submit of the same form returns the first.

    Raises ``ValidationError`` (messages by field), writing nothing, if ``data`` breaks a rule
    of ``session_data_check`` for ``user``."""
    _session_data_validate(user=user, data=data)
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
            school_records_changed.send(
                sender=DeliverySession, school_ids=[session.school_id], dates=[session.date]
            )
            log(session, "delivery.session.record", user=user, data={"files": len(files)})
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
    """Change a session that is not yet verified; a returned session goes back for checking.

    Raises ``ValidationError`` (messages by field), changing nothing, if ``data`` breaks a rule
    of ``session_data_check`` for ``user``."""
    stored: list[str] = []
    try:
        with transaction.atomic():
            session = DeliverySession.objects.select_for_update().get(pk=session.pk)
            if not session.is_editable:
                raise SessionNotEditable
            _session_data_validate(user=user, data=data, session=session)
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
            school_records_changed.send(
                sender=DeliverySession,
                school_ids=[before[0], session.school_id],
                dates=[before[1], session.date],
            )
            log(
                session,
                "delivery.session.edit",
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
    school_records_changed.send(
        sender=DeliverySession, school_ids=[session.school_id], dates=[session.date]
    )
    log(session, "delivery.session.withdraw", user=user)
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
        log(session, "delivery.session.verify", user=user)
        security_log.info("session_verified session=%s user=%s", session.pk, user.pk)
    _sessions_changed(pending)
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
        log(session, "delivery.session.return", user=user, data={"reason": reason})
        security_log.info("session_returned session=%s user=%s", session.pk, user.pk)
    _sessions_changed(returnable)
    return len(returnable)


def _sessions_changed(sessions: list[DeliverySession]) -> None:
    if sessions:
        school_records_changed.send(
            sender=DeliverySession,
            school_ids={session.school_id for session in sessions},
            dates={session.date for session in sessions},
        )
