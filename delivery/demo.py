"""Demo delivery sessions for ``seed_demo``: recorded by the demo teachers, some verified or
returned by the demo officer. Idempotent: each has a fixed submission id."""

import datetime
import uuid

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from delivery.models import DeliverySession, SessionMode
from delivery.services import SessionData, session_record, session_return, session_verify
from lessons.models import LessonPage
from schools.models import Membership, Role, School

DEMO_NAMESPACE = uuid.UUID("6f1d3c1e-5b8e-4c55-9b55-2f5d0c0a8e11")
RETURN_REASON = "Số học sinh tham gia chưa khớp với sĩ số khối 9; nhờ thầy cô kiểm tra lại."


SESSIONS = [
    ("lam-son-1", "5850002", "mang-xa-hoi-va-dau-chan-so", 40, "7A", 38, 19, "class", "verified"),
    ("lam-son-2", "5850002", "bao-ve-thong-tin-ca-nhan", 26, "8B", 35, 17, "class", "verified"),
    (
        "lam-son-3",
        "5850002",
        "bat-nat-tren-mang",
        12,
        "Khối 9",
        142,
        70,
        "flag_ceremony",
        "returned",
    ),
    ("lam-son-4", "5850002", "du-do-va-lua-dao", 5, "6C", 40, None, "extracurricular", ""),
    ("phuoc-dai-1", "5840001", "internet-la-gi", 9, "3A", 29, 15, "class", ""),
]


@transaction.atomic
def demo_sessions_build() -> None:
    _sessions_ensure()


def _sessions_ensure() -> None:
    User = get_user_model()
    teachers = {
        membership.school.code: membership.user
        for membership in Membership.objects.filter(role=Role.TEACHER).select_related(
            "school", "user"
        )
    }
    officer = User.objects.filter(username="officer").first()
    lessons = {
        lesson.slug: lesson for lesson in LessonPage.objects.live().prefetch_related("age_bands")
    }
    today = timezone.localdate()
    for key, code, slug, days_ago, class_name, participants, girls, mode, outcome in SESSIONS:
        submission_id = uuid.uuid5(DEMO_NAMESPACE, key)
        teacher = teachers.get(code)
        lesson = lessons.get(slug)
        if teacher is None or lesson is None or officer is None:
            continue
        if DeliverySession.objects.filter(submission_id=submission_id).exists():
            continue
        school = School.objects.get(code=code)
        data = SessionData(
            school=school,
            lesson=lesson,
            date=today - datetime.timedelta(days=days_ago),
            class_name=class_name,
            age_band=lesson.age_bands.all()[0],
            audience=lesson.audience,
            participants=participants,
            girls=girls,
            ethnic_minority=None,
            mode=SessionMode(mode),
            duration_minutes=lesson.duration_minutes,
            notes="",
        )
        session, _created = session_record(
            user=teacher, data=data, files=[], shows_children=False, submission_id=submission_id
        )
        if outcome == "verified":
            session_verify(sessions=[session], user=officer)
        elif outcome == "returned":
            session_return(sessions=[session], user=officer, reason=RETURN_REASON)
