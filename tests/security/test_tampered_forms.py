"""Tampered forms: what a browser's developer tools can post.

A form is only as safe as its server: these tests post another school's id in a select, another
session's evidence in a checkbox, another district's session in a bulk action, another
preview's token, another quiz's question ids — and check that nothing of the other side is
written, shown or moved. Escaping and CSRF are in test_escaping_and_csrf.py; sign-in sessions
and open redirects in test_sessions_and_redirects.py.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from delivery.models import DeliverySession, Evidence, SessionStatus
from quizzes.models import Attempt, QuizRun
from schools.models import Area, School
from tests.factories.quizzes import QuizPageFactory
from tests.quizzes.conftest import answers_for
from tests.security.helpers import login, session_form

pytestmark = pytest.mark.django_db

BULK_URL = "/admin/bulk/delivery/deliverysession/{action}/"


def snapshot(instance) -> dict:
    return type(instance).objects.filter(pk=instance.pk).values().get()


# ---------------------------------------------------------------------------------------------
# The teacher portal


def test_a_teacher_cannot_record_a_session_for_another_school(world):
    client = login(world.teacher_a)
    response = client.post(
        reverse("portal:session_create"), session_form(world, school=world.school_b)
    )
    assert response.status_code == 400
    assert "school" in response.context["form"].errors
    assert not DeliverySession.objects.filter(class_name="8A-MOI").exists()


def test_a_teacher_cannot_move_their_session_to_another_school(world):
    client = login(world.teacher_a)
    response = client.post(
        reverse("portal:session_edit", args=[world.session_a.pk]),
        session_form(world, school=world.school_b),
    )
    assert response.status_code == 400
    assert "school" in response.context["form"].errors
    world.session_a.refresh_from_db()
    assert world.session_a.school == world.school_a and world.session_a.class_name == "7A"


@pytest.mark.parametrize("view", ["session_edit", "session_withdraw"])
def test_a_teacher_cannot_change_another_schools_session_by_its_id(world, view):
    before = snapshot(world.session_b)
    response = login(world.teacher_a).post(
        reverse(f"portal:{view}", args=[world.session_b.pk]),
        session_form(world, school=world.school_a),
    )
    assert response.status_code == 404
    assert snapshot(world.session_b) == before


def test_a_teacher_cannot_delete_another_sessions_evidence_through_their_edit_form(world):
    response = login(world.teacher_a).post(
        reverse("portal:session_edit", args=[world.session_a.pk]),
        session_form(world, school=world.school_a, remove_evidence=[world.evidence_b.pk]),
    )
    assert response.status_code == 400
    assert "remove_evidence" in response.context["form"].errors
    assert Evidence.objects.filter(pk=world.evidence_b.pk).exists()
    assert world.evidence_b.file.storage.exists(world.evidence_b.file.name)


def test_a_replayed_submission_id_of_another_school_shows_nothing_of_it(world):
    """The double-submit guard returns the session of a known submission id: it must not hand
    school B's session to school A's teacher."""
    client = login(world.teacher_a)
    form = session_form(world, school=world.school_a, submission_id=world.session_b.submission_id)
    response = client.post(reverse("portal:session_create"), form, follow=True)
    assert response.status_code in (400, 404)
    assert "9C-PHUOC-THANG" not in response.content.decode()
    world.session_b.refresh_from_db()
    assert world.session_b.school == world.school_b and world.session_b.class_name != "8A-MOI"


def test_a_lesson_id_the_school_does_not_teach_is_refused(world):
    """The primary lesson is not for the THCS school A: its id, typed into the form, fails."""
    response = login(world.teacher_a).post(
        reverse("portal:session_create"),
        session_form(world, school=world.school_a, lesson=world.primary_lesson.pk),
    )
    assert response.status_code == 400
    assert "lesson" in response.context["form"].errors


# ---------------------------------------------------------------------------------------------
# The officers' admin


def test_an_officer_cannot_move_their_school_into_another_district(world):
    response = login(world.officer_a).post(
        reverse("schools:edit", args=[world.school_a.pk]),
        {
            "code": world.school_a.code,
            "name": world.school_a.name,
            "school_type": "THCS",
            "levels": [world.thcs.pk],
            "area": world.commune_b.pk,
            "enrolment": 400,
            "is_active": "on",
        },
    )
    assert response.status_code == 200  # the form again, with the error
    assert "area" in response.context["form"].errors
    world.school_a.refresh_from_db()
    assert world.school_a.area == world.commune_a


def test_an_officer_cannot_create_a_school_or_an_area_in_another_district(world):
    client = login(world.officer_a)
    school = client.post(
        reverse("schools:add"),
        {
            "code": "5840999",
            "name": "Trường cài vào Bác Ái",
            "school_type": "THCS",
            "levels": [world.thcs.pk],
            "area": world.commune_b.pk,
            "enrolment": 100,
            "is_active": "on",
        },
    )
    area_under_b = client.post(
        reverse("areas:add"),
        {
            "code": "584-98",
            "name": "Xã cài vào Bác Ái",
            "level": "commune",
            "parent": world.district_b.pk,
        },
    )
    assert "area" in school.context["form"].errors
    assert "parent" in area_under_b.context["form"].errors
    assert not School.objects.filter(code="5840999").exists()
    assert not Area.objects.filter(code="584-98").exists()


def test_an_officer_cannot_create_a_teacher_account_for_another_districts_school(world):
    response = login(world.officer_a).post(
        reverse("teachers:add"),
        {"username": "gv-cai-vao", "full_name": "Người Cài Vào", "school": world.school_b.pk},
    )
    assert response.status_code == 200
    assert "school" in response.context["form"].errors
    assert not world.school_b.memberships.filter(user__username="gv-cai-vao").exists()


def test_a_district_officer_cannot_re_enable_an_editor_by_making_them_a_teacher(other):
    editor = other.editor
    editor.is_active = False
    editor.save(update_fields=["is_active"])
    response = login(other.world.officer_a).post(
        reverse("teachers:add"),
        {"username": editor.username, "full_name": "Ai Đó", "school": other.world.school_a.pk},
    )
    editor.refresh_from_db()
    assert not editor.is_active
    assert not editor.school_memberships.exists()
    assert "username" in response.context["form"].errors


@pytest.mark.parametrize("action", ["verify", "return"])
def test_bulk_actions_by_url_skip_another_districts_sessions(world, action):
    client = login(world.officer_a)
    url = BULK_URL.format(action=action)
    only_b = f"{url}?id={world.session_b.pk}"
    assert client.get(only_b).status_code == 404
    assert client.post(only_b, {"reason": "Sai số liệu"}).status_code == 404
    both = f"{url}?id={world.session_a.pk}&id={world.session_b.pk}"
    confirm = client.get(both)
    assert confirm.status_code == 200 and "Phước Thắng" not in confirm.content.decode()
    client.post(both, {"reason": "Sai số liệu"})
    client.post(f"{url}?id=all", {"reason": "Sai số liệu"})
    world.session_a.refresh_from_db()
    world.session_b.refresh_from_db()
    expected_a = SessionStatus.VERIFIED if action == "verify" else SessionStatus.RETURNED
    assert world.session_a.status == expected_a  # the control: the action did run
    assert world.session_b.status == SessionStatus.SUBMITTED
    assert world.session_b.reviewed_by is None


@pytest.mark.parametrize("action", ["verify", "return"])
def test_single_verify_and_return_refuse_another_districts_session(world, action):
    response = login(world.officer_a).post(
        reverse(f"sessions:{action}", args=[world.session_b.pk]), {"reason": "Sai số liệu"}
    )
    assert response.status_code == 404
    world.session_b.refresh_from_db()
    assert world.session_b.status == SessionStatus.SUBMITTED


def test_another_officers_import_preview_token_cannot_be_confirmed(world):
    """The preview token is a hidden field; it is kept in the uploader's session only."""
    officer_b = login(world.officer_b)
    content = (
        "code,name,type,area,levels,enrolment\n5840555,Trường mới Bác Ái,THCS,584-01,THCS,90\n"
    )
    preview = officer_b.post(
        reverse("schools:import"),
        {"file": SimpleUploadedFile("truong.csv", content.encode())},
    )
    token = preview.context["token"]
    response = login(world.officer_a).post(reverse("schools:import"), {"token": token})
    assert response.status_code == 302
    assert not School.objects.filter(code="5840555").exists()
    # The control: the uploader can confirm it.
    officer_b.post(reverse("schools:import"), {"token": token})
    assert School.objects.filter(code="5840555").exists()


def test_an_import_naming_another_districts_school_writes_nothing(world):
    client = login(world.officer_a)
    schools = "code,name,type,area,levels,enrolment\n5840004,Trường bị chiếm,THCS,585-01,THCS,1\n"
    teachers = "username,full_name,school\ngv-cai-vao,Người Cài Vào,5840004\n"
    school_response = client.post(
        reverse("schools:import"), {"file": SimpleUploadedFile("t.csv", schools.encode())}
    )
    teacher_response = client.post(
        reverse("teachers:import"), {"file": SimpleUploadedFile("g.csv", teachers.encode())}
    )
    assert school_response.status_code == 400 and teacher_response.status_code == 400
    assert "5840004" in school_response.content.decode()  # the row is named, with its reason
    world.school_b.refresh_from_db()
    assert (world.school_b.name, world.school_b.area) == (
        "Trường THCS Phước Thắng",
        world.commune_b,
    )
    assert not world.school_b.memberships.filter(user__username="gv-cai-vao").exists()


def test_a_district_officer_cannot_read_another_districts_figures_by_query_string(world):
    client = login(world.officer_a)
    for params in ({"area": world.district_b.pk}, {"area": world.district_b.pk, "export": "csv"}):
        assert client.get(reverse("completion_dashboard"), params).status_code == 404
    listing = client.get(reverse("sessions:index"), {"area": world.district_b.pk, "export": "csv"})
    assert "Phước Thắng" not in b"".join(listing.streaming_content).decode()


# ---------------------------------------------------------------------------------------------
# Quizzes


def test_answers_to_another_browsers_attempt_are_refused(other):
    attempt = other.attempt_b
    answers = answers_for(other.quiz, attempt, right=True)
    response = Client().post(reverse("quizzes:attempt", kwargs={"token": attempt.token}), answers)
    assert response.status_code == 404
    attempt.refresh_from_db()
    assert attempt.answers == {} and attempt.finished_at is None


def test_answers_for_another_quizzes_questions_are_refused_whole(other):
    """Question ids of another quiz, posted with a real one: nothing is recorded."""
    pupil = other.pupil_client
    attempt = other.attempt_b
    stranger = QuizPageFactory(parent=other.world.lesson, title="Một câu đố khác")
    first_question = attempt.question_order[0]
    foreign = {f"q-{block.id}": "true" for block in stranger.questions}
    own = {
        f"q-{first_question}": answers_for(other.quiz, attempt, right=True)[f"q-{first_question}"]
    }
    url = reverse("quizzes:attempt", kwargs={"token": attempt.token})
    response = pupil.post(url, {**own, **foreign})
    assert response.status_code == 400
    attempt.refresh_from_db()
    assert attempt.answers == {}
    # The control: the same answer alone is taken.
    assert pupil.post(url, own).status_code == 200
    attempt.refresh_from_db()
    assert list(attempt.answers) == [first_question]


def test_a_teacher_cannot_close_another_teachers_run(other):
    response = login(other.world.teacher_a).post(
        reverse("quizzes:run_close", args=[other.run_b.pk])
    )
    assert response.status_code == 404
    other.run_b.refresh_from_db()
    assert other.run_b.closed_at is None


@pytest.mark.parametrize("target", ["draft quiz", "lesson page", "missing page"])
def test_the_hidden_quiz_field_of_run_start_accepts_only_a_published_quiz(other, target):
    draft = QuizPageFactory(parent=other.world.lesson, title="Câu đố nháp", live=False)
    quiz_id = {"draft quiz": draft.pk, "lesson page": other.world.lesson.pk, "missing page": 99999}
    response = login(other.world.teacher_a).post(
        reverse("quizzes:run_start"), {"quiz": quiz_id[target], "class_name": "6A"}
    )
    assert response.status_code == 404
    assert not QuizRun.objects.filter(class_name="6A").exists()


def test_joining_with_the_code_of_a_closed_run_is_refused(other):
    QuizRun.objects.filter(pk=other.run_b.pk).update(closed_at=timezone.now())
    response = Client().post(
        reverse("quizzes:join"), {"code": other.run_b.code, "nickname": "Thỏ Trắng"}
    )
    assert response.status_code == 410
    assert "đã kết thúc" in response.content.decode()
    assert not Attempt.objects.filter(nickname="Thỏ Trắng").exists()
