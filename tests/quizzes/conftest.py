import pytest
from django.contrib.auth.models import Group

from home import groups
from tests.factories.lessons import LessonPageFactory
from tests.factories.quizzes import QuizPageFactory
from tests.factories.schools import SchoolFactory, teacher_create


@pytest.fixture
def lesson(lesson_index, age_bands):
    return LessonPageFactory(parent=lesson_index, age_bands=[age_bands["thcs"]])


@pytest.fixture
def quiz(lesson):
    return QuizPageFactory(parent=lesson)


def _user(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(username, password="mat-khau-thu-nghiem")
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def teacher(db):
    return teacher_create(SchoolFactory(), username="co-lan")


@pytest.fixture
def other_teacher(db):
    return teacher_create(SchoolFactory(), username="thay-minh")


@pytest.fixture
def editor(django_user_model):
    return _user(django_user_model, "bien-tap", groups.EDITORS)


def answers_for(quiz, attempt, *, right: bool) -> dict:
    """Form data answering every question of an attempt, all right or all wrong."""
    data = {}
    for question_id in attempt.question_order:
        question = quiz.scoring_questions[question_id]
        if question.kind == "choice":
            wrong = [c for c in question.choice_ids if c not in question.correct_choice_ids]
            data[f"q-{question_id}"] = sorted(question.correct_choice_ids) if right else [wrong[0]]
        elif question.kind == "true_false":
            value = question.correct_bool if right else not question.correct_bool
            data[f"q-{question_id}"] = "true" if value else "false"
        else:
            data[f"q-{question_id}"] = "Em sẽ đặt mật khẩu dài hơn."
    return data
