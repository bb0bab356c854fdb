"""A delivery session can be linked to the quiz run the teacher opened in it."""

import pytest
from django.urls import reverse

from delivery.models import DeliverySession
from quizzes import services as quiz_services
from tests.delivery.test_sessions import form_data
from tests.factories.quizzes import QuizPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def runs(world):
    quiz = QuizPageFactory(parent=world.lesson)
    return {
        "own": quiz_services.quiz_run_start(quiz=quiz, user=world.teacher_a, class_name="8A"),
        "other": quiz_services.quiz_run_start(quiz=quiz, user=world.teacher_b, class_name="9C"),
    }


def test_teacher_links_their_own_run_to_the_session(client, world, runs):
    client.force_login(world.teacher_a)
    form = client.get(reverse("portal:session_create")).content.decode()
    assert runs["own"].code in form and runs["other"].code not in form
    response = client.post(
        reverse("portal:session_create"), form_data(world, quiz_run=runs["own"].pk)
    )
    assert response.status_code == 302
    session = DeliverySession.objects.get(class_name="8A")
    assert session.quiz_run == runs["own"]
    detail = client.get(reverse("portal:session_detail", args=[session.pk])).content.decode()
    assert reverse("quizzes:run_detail", args=[runs["own"].pk]) in detail


def test_another_teachers_run_cannot_be_linked(client, world, runs):
    client.force_login(world.teacher_a)
    response = client.post(
        reverse("portal:session_create"), form_data(world, quiz_run=runs["other"].pk)
    )
    assert response.status_code == 400
    assert not DeliverySession.objects.filter(class_name="8A").exists()
