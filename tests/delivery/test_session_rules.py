"""The session services enforce the session rules themselves, with the form's messages.

``session_record`` and ``session_update`` are called directly, as a script or another app
would: bad data is a ``ValidationError`` by field, worded as the form words it, and nothing
is written.
"""

import dataclasses
import datetime
import uuid

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import ModelLogEntry

from delivery.forms import SessionForm
from delivery.models import DeliverySession
from delivery.services import SessionData, session_record, session_update
from quizzes import services as quiz_services
from quizzes.selectors import run_list_for_user
from schools.selectors import teacher_schools
from tests.factories.quizzes import QuizPageFactory

pytestmark = pytest.mark.django_db


def yesterday() -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=1)


def session_data(world, **overrides) -> SessionData:
    data = SessionData(
        school=world.school_a,
        lesson=world.lesson,
        date=yesterday(),
        class_name="8A",
        age_band=world.thcs,
        audience="students",
        participants=36,
        girls=18,
        ethnic_minority=None,
        mode="class",
        duration_minutes=45,
        notes="",
    )
    return dataclasses.replace(data, **overrides)


def form_errors(world, user, session=None, **overrides) -> dict[str, list[str]]:
    """The errors the portal form shows a teacher for the same data."""
    post = {
        "school": world.school_a.pk,
        "lesson": world.lesson.pk,
        "date": yesterday().isoformat(),
        "class_name": "8A",
        "age_band": world.thcs.pk,
        "audience": "students",
        "participants": 36,
        "girls": 18,
        "ethnic_minority": "",
        "mode": "class",
        "duration_minutes": 45,
        "notes": "",
        "submission_id": str(uuid.uuid4()),
    }
    post.update(overrides)
    form = SessionForm(
        post,
        schools=teacher_schools(user=user),
        today=timezone.localdate(),
        session=session,
        quiz_runs=run_list_for_user(user=user),
    )
    form.is_valid()
    return form.errors


def record(world, user=None, **overrides):
    return session_record(
        user=user or world.teacher_a,
        data=session_data(world, **overrides),
        files=[],
        shows_children=False,
        submission_id=uuid.uuid4(),
    )


def written(world):
    """What a failed call must leave as it was: the sessions and the history."""
    return (
        list(DeliverySession.objects.order_by("pk").values()),
        ModelLogEntry.objects.count(),
    )


def future(world):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    return {"date": tomorrow}, {"date": tomorrow.isoformat()}, "date"


def long_ago(world):
    return {"date": datetime.date(2001, 1, 1)}, {"date": "2001-01-01"}, "date"


def another_school(world):
    return {"school": world.school_b}, {"school": world.school_b.pk}, "school"


def unserved_age_band(world):
    # THPT is a level neither the school nor the lesson is for.
    from lessons.models import AgeBand

    thpt = AgeBand.objects.get(slug="thpt")
    return {"age_band": thpt}, {"age_band": thpt.pk}, "age_band"


def too_many_girls(world):
    return {"participants": 30, "girls": 31}, {"participants": 30, "girls": 31}, "girls"


def too_many_ethnic_minority(world):
    return (
        {"participants": 30, "ethnic_minority": 40},
        {"participants": 30, "ethnic_minority": 40},
        "ethnic_minority",
    )


BAD_DATA = [
    future,
    long_ago,
    another_school,
    unserved_age_band,
    too_many_girls,
    too_many_ethnic_minority,
]


@pytest.mark.parametrize("bad", BAD_DATA, ids=lambda bad: bad.__name__)
def test_record_refuses_what_the_form_refuses_and_writes_nothing(world, bad):
    service_overrides, form_overrides, field = bad(world)
    shown = form_errors(world, world.teacher_a, **form_overrides)
    before = written(world)
    with pytest.raises(ValidationError) as refused:
        record(world, **service_overrides)
    assert refused.value.message_dict == {field: shown[field]}
    assert set(shown) == {field}
    assert written(world) == before


@pytest.mark.parametrize("bad", BAD_DATA, ids=lambda bad: bad.__name__)
def test_update_refuses_what_the_form_refuses_and_changes_nothing(world, bad):
    service_overrides, form_overrides, field = bad(world)
    session = world.session_a
    shown = form_errors(world, world.teacher_a, session=session, **form_overrides)
    before = written(world)
    with pytest.raises(ValidationError) as refused:
        session_update(
            session=session,
            user=world.teacher_a,
            data=session_data(world, **service_overrides),
            files=[],
            shows_children=False,
        )
    assert refused.value.message_dict == {field: shown[field]}
    assert written(world) == before


def test_a_teacher_cannot_record_for_a_school_of_theirs_they_left(world):
    world.teacher_a.school_memberships.update(is_active=False)
    with pytest.raises(ValidationError) as refused:
        record(world)
    assert set(refused.value.message_dict) == {"school"}
    assert not DeliverySession.objects.filter(class_name="8A").exists()


def test_an_unpublished_lesson_is_refused_for_a_new_session(world):
    world.lesson.unpublish()
    shown = form_errors(world, world.teacher_a)
    with pytest.raises(ValidationError) as refused:
        record(world)
    assert refused.value.message_dict == {"lesson": shown["lesson"]}
    assert not DeliverySession.objects.filter(class_name="8A").exists()


def test_a_session_keeps_its_lesson_once_unpublished(world):
    world.lesson.unpublish()
    session = session_update(
        session=world.session_a,
        user=world.teacher_a,
        data=session_data(world, class_name="7B"),
        files=[],
        shows_children=False,
    )
    assert (session.lesson, session.class_name) == (world.lesson, "7B")


def test_only_the_users_own_quiz_run_can_be_linked(world):
    quiz = QuizPageFactory(parent=world.lesson)
    own = quiz_services.quiz_run_start(quiz=quiz, user=world.teacher_a, class_name="8A")
    other = quiz_services.quiz_run_start(quiz=quiz, user=world.teacher_b, class_name="9C")
    shown = form_errors(world, world.teacher_a, quiz_run=other.pk)
    with pytest.raises(ValidationError) as refused:
        record(world, quiz_run=other)
    assert refused.value.message_dict == {"quiz_run": shown["quiz_run"]}
    assert not DeliverySession.objects.filter(class_name="8A").exists()
    session, created = record(world, quiz_run=own)
    assert created and session.quiz_run == own


def test_a_session_needs_a_lesson(world):
    with pytest.raises(ValidationError) as refused:
        record(world, lesson=None)
    assert set(refused.value.message_dict) == {"lesson"}


def test_good_data_is_recorded_and_updated(world):
    session, created = record(world)
    assert created and (session.school, session.recorded_by) == (world.school_a, world.teacher_a)
    session = session_update(
        session=session,
        user=world.teacher_a,
        data=session_data(world, girls=20),
        files=[],
        shows_children=False,
    )
    session.refresh_from_db()
    assert session.girls == 20
