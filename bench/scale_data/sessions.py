"""The synthetic delivery sessions: spread over the (school, period) pairs in which a school
was open, with the mix of modes, audiences, statuses and late recordings of the real ones."""

import datetime
import random
import uuid
from collections import defaultdict
from contextlib import contextmanager

from django.utils import timezone

from completion.models import ReportingPeriod
from curriculum.services import DATA_ROOT
from curriculum.validation import curriculum_read
from delivery.models import DeliverySession, SessionMode, SessionStatus
from lessons.models import AgeBand, Audience

from .registry import INSERT_BATCH, _SchoolDraft

SESSION_CHUNK = 20_000

GRADES = {"tieu-hoc": range(1, 6), "thcs": range(6, 10), "thpt": range(10, 13)}

# (mode, share, audience, participants range, durations)
SESSION_MIX = [
    (SessionMode.CLASS, 0.70, Audience.STUDENTS, (18, 45), (35, 40, 45)),
    (SessionMode.EXTRACURRICULAR, 0.11, Audience.STUDENTS, (20, 150), (45, 60, 90)),
    (SessionMode.FLAG_CEREMONY, 0.10, Audience.STUDENTS, (120, 900), (15, 20, 30)),
    (SessionMode.ONLINE, 0.03, Audience.STUDENTS, (10, 40), (30, 45)),
    (SessionMode.PARENTS_MEETING, 0.06, Audience.PARENTS, (15, 45), (30, 45, 60)),
]

NEVER_STARTS_SHARE = 0.06  # schools that record nothing at all
SKIPS_PERIOD_SHARE = 0.05  # a school that records nothing in one period
LATE_SHARE = 0.06  # sessions recorded after the period's due date
RETURN_REASON = "Số học sinh tham gia chưa khớp với sĩ số lớp; nhờ thầy cô kiểm tra lại."


def _starter_lessons() -> list[dict]:
    """The starter curriculum's lesson files (those that validate), as ``seed_demo`` loads."""
    return [lesson.data for lesson in curriculum_read(root=DATA_ROOT).lessons]


@contextmanager
def _created_at_as_given():
    """Keep the recording times drawn here: ``auto_now_add`` would stamp every row "now",
    and whether a session came before the due date is what "on time" measures."""
    field = DeliverySession._meta.get_field("created_at")
    field.auto_now_add = False
    try:
        yield
    finally:
        field.auto_now_add = True


def _sessions_create(
    *,
    count: int,
    drafts: list[tuple[int, _SchoolDraft]],
    bands: dict[str, AgeBand],
    periods: list[ReportingPeriod],
    teacher,
    officer,
    today: datetime.date,
    rng: random.Random,
) -> int:
    """``count`` sessions over the (school, period) pairs in which the school was open,
    more for keen schools and in past periods than in the one under way."""
    today_day = today.toordinal()
    span = [(p.start.toordinal(), p.end.toordinal()) for p in periods]
    # The period under way has had only part of its days.
    period_weights = [
        max(0.0, min(1.0, (today_day - first + 1) / (last - first + 1))) for first, last in span
    ]
    pairs, weights = [], []
    for school_id, draft in drafts:
        if not draft.band_slugs or rng.random() < NEVER_STARTS_SHARE:
            continue
        keenness = rng.lognormvariate(0, 0.6)
        for index, (first, last) in enumerate(span):
            low = max(first, draft.first_day or first)
            high = min(last, today_day, (draft.end_day or last + 1) - 1)
            if low > high or rng.random() < SKIPS_PERIOD_SHARE:
                continue
            pairs.append((school_id, draft.band_slugs, index, low, high))
            weights.append(keenness * period_weights[index])
    if not pairs:
        return 0

    titles = defaultdict(list)
    for lesson in _starter_lessons():
        for slug in lesson["age_bands"]:
            titles[(slug, lesson["audience"])].append(lesson["title"])
    cumulative, total = [], 0.0
    for weight in weights:
        total += weight
        cumulative.append(total)
    mode_weights = [share for _mode, share, *_rest in SESSION_MIX]
    zone = timezone.get_current_timezone()
    now = timezone.now()
    made = 0
    with _created_at_as_given():
        while made < count:
            size = min(SESSION_CHUNK, count - made)
            picks = rng.choices(pairs, cum_weights=cumulative, k=size)
            chunk = []
            for school_id, band_slugs, index, low, high in picks:
                period = periods[index]
                slug = rng.choice(band_slugs)
                mode, _share, audience, (fewest, most), durations = rng.choices(
                    SESSION_MIX, weights=mode_weights
                )[0]
                day = datetime.date.fromordinal(rng.randint(low, high))
                recorded = datetime.datetime.combine(
                    day, datetime.time(rng.randint(7, 21), rng.randint(0, 59)), tzinfo=zone
                )
                if rng.random() < LATE_SHARE:
                    recorded += (period.due_date - day) + datetime.timedelta(
                        days=rng.randint(1, 40)
                    )
                else:
                    recorded += datetime.timedelta(hours=rng.randint(0, 72))
                recorded = min(recorded, now)
                status = _session_status(rng, recent=today_day - day.toordinal() < 10)
                reviewed = status in (SessionStatus.VERIFIED, SessionStatus.RETURNED)
                participants = rng.randint(fewest, most)
                chunk.append(
                    DeliverySession(
                        submission_id=uuid.UUID(int=rng.getrandbits(128), version=4),
                        school_id=school_id,
                        lesson=None,
                        lesson_title=rng.choice(
                            titles.get((slug, audience.value))
                            or titles[(slug, Audience.STUDENTS.value)]
                        ),
                        date=day,
                        class_name=_class_name(rng, slug, mode),
                        age_band_id=bands[slug].pk,
                        audience=audience,
                        participants=participants,
                        girls=(
                            round(participants * rng.uniform(0.4, 0.55))
                            if rng.random() < 0.9
                            else None
                        ),
                        ethnic_minority=(
                            round(participants * rng.uniform(0, 0.6))
                            if rng.random() < 0.3
                            else None
                        ),
                        mode=mode,
                        duration_minutes=rng.choice(durations),
                        status=status,
                        return_reason=RETURN_REASON if status == SessionStatus.RETURNED else "",
                        recorded_by=teacher,
                        reviewed_by=officer if reviewed else None,
                        reviewed_at=(
                            min(recorded + datetime.timedelta(days=rng.randint(1, 14)), now)
                            if reviewed
                            else None
                        ),
                        created_at=recorded,
                    )
                )
            DeliverySession.objects.bulk_create(chunk, batch_size=INSERT_BATCH)
            made += size
    return made


def _session_status(rng: random.Random, *, recent: bool) -> str:
    """Mostly verified; the last days' sessions are often still waiting for an officer."""
    draw = rng.random()
    if recent and draw < 0.6:
        return SessionStatus.SUBMITTED
    if draw < 0.82:
        return SessionStatus.VERIFIED
    if draw < 0.91:
        return SessionStatus.SUBMITTED
    if draw < 0.96:
        return SessionStatus.RETURNED
    return SessionStatus.WITHDRAWN


def _class_name(rng: random.Random, slug: str, mode: str) -> str:
    grades = GRADES.get(slug)
    if grades is None:
        return f"Nhóm {rng.randint(1, 4)}"
    grade = rng.choice(grades)
    if mode == SessionMode.FLAG_CEREMONY:
        return f"Khối {grade}"
    return f"{grade}{rng.choice('ABCDEFGH')}"
