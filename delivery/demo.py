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
from quizzes import services as quiz_services
from quizzes.models import QuizPage
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


# The class of this session took the lesson's quiz before and after it (quizzes.gain): the
# run page, Reports → Tiến bộ sau bài học and the completion dashboard show its gain.
GAIN_SESSION = "lam-son-1"
GAIN_PUPILS = ["Mèo Mun", "Cún Con", "Sóc Nâu", "Thỏ Trắng", "Chim Sẻ", "Cá Heo", "Gấu Bông"]
# Of every four questions, a pupil answers this many right: before and after the lesson.
GAIN_RIGHT_OF_FOUR = (1, 3)


@transaction.atomic
def demo_sessions_build() -> None:
    _sessions_ensure()
    _gain_pair_ensure()


def _demo_raw_answers(quiz, attempt, *, pupil: int, right_of_four: int) -> dict:
    questions = quiz.scoring_questions
    raw = {}
    for number, question_id in enumerate(attempt.question_order):
        question = questions[question_id]
        right = (number + pupil) % 4 < right_of_four
        if question.kind == "choice":
            wrong = [c for c in question.choice_ids if c not in question.correct_choice_ids]
            raw[question_id] = (
                sorted(question.correct_choice_ids) if right or not wrong else wrong[:1]
            )
        elif question.kind == "true_false":
            raw[question_id] = ["true" if question.correct_bool == right else "false"]
        else:
            raw[question_id] = ["Em sẽ hỏi ý kiến người lớn trước khi chia sẻ."]
    return raw


def _demo_run_taken(run, *, right_of_four: int) -> None:
    for pupil, nickname in enumerate(GAIN_PUPILS):
        attempt = quiz_services.attempt_start_in_run(code=run.code, nickname=nickname)
        raw = _demo_raw_answers(run.quiz, attempt, pupil=pupil, right_of_four=right_of_four)
        quiz_services.attempt_answer(token=attempt.token, raw_answers=raw)


def _gain_pair_ensure() -> None:
    """Once: the pre-test and post-test of the demo class, the session linking the post-test."""
    session = DeliverySession.objects.filter(
        submission_id=uuid.uuid5(DEMO_NAMESPACE, GAIN_SESSION), quiz_run__isnull=True
    ).first()
    if session is None or session.lesson is None or session.recorded_by is None:
        return
    quiz = QuizPage.objects.live().child_of(session.lesson).order_by("path").first()
    if quiz is None:
        return
    teacher = session.recorded_by
    pre = quiz_services.quiz_run_start(
        quiz=quiz, user=teacher, class_name=session.class_name, pre_test=True
    )
    _demo_run_taken(pre, right_of_four=GAIN_RIGHT_OF_FOUR[0])
    post = quiz_services.quiz_run_start_post(pre_run=pre, user=teacher)
    _demo_run_taken(post, right_of_four=GAIN_RIGHT_OF_FOUR[1])
    quiz_services.quiz_run_close(run=post)
    session.quiz_run = post
    session.save(update_fields=["quiz_run"])


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
