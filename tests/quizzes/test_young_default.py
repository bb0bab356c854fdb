"""A quiz created under a lesson for grades 1–3 starts in young children's mode."""

import pytest

from lessons.models import AgeBand
from tests.factories.lessons import LessonPageFactory

pytestmark = pytest.mark.django_db


def _new_quiz_form(admin_client, lesson):
    response = admin_client.get(f"/admin/pages/add/quizzes/quizpage/{lesson.pk}/")
    assert response.status_code == 200
    return response.context["form"]


def test_a_lesson_for_grades_1_to_3_gives_a_young_childrens_quiz(admin_client, lesson_index):
    lesson = LessonPageFactory(parent=lesson_index, grade_min=1, grade_max=3)
    assert _new_quiz_form(admin_client, lesson)["young_children"].value() is True


def test_a_lesson_for_grades_4_and_5_does_not(admin_client, lesson_index):
    lesson = LessonPageFactory(parent=lesson_index, grade_min=4, grade_max=5)
    assert _new_quiz_form(admin_client, lesson)["young_children"].value() is False


def test_without_grades_on_the_lesson_its_age_band_decides(admin_client, lesson_index):
    young = AgeBand.objects.create(name="Tiểu học lớp 1–3", slug="th-1-3", grades="Lớp 1–3")
    lesson = LessonPageFactory(parent=lesson_index, age_bands=[young])
    assert _new_quiz_form(admin_client, lesson)["young_children"].value() is True
    older = AgeBand.objects.create(name="THCS", slug="thcs-x", grades="Lớp 6–9")
    lesson = LessonPageFactory(parent=lesson_index, age_bands=[older])
    assert _new_quiz_form(admin_client, lesson)["young_children"].value() is False
