"""The security battery's data: the schools `world` (two districts, a school in each, who works
where) plus what district B owns elsewhere — a class quiz run of teacher B with one pupil's
attempt — a reporting period, an editor, and one page of every public page type.

Every test here asks as one side (school A, district A) for the objects of the other side.
"""

import datetime
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.log_actions import log

from completion.models import ReportingPeriod
from completion.services import completion_build, period_save
from home import groups
from quizzes.models import Attempt, QuizIndexPage, QuizRun
from tests.e2e.conftest import browser, page_factory  # noqa: F401 - the browser fixtures
from tests.factories.home import StandardPageFactory
from tests.factories.lessons import LessonPageFactory, TopicFactory
from tests.factories.quizzes import QuizPageFactory
from tests.factories.schools import UserFactory
from tests.world import superuser, tree, world  # noqa: F401 - the shared world

PUPIL_NICKNAME = "Mèo Con"


@pytest.fixture
def editor(db):
    user = UserFactory(username="bien-tap-vien")
    user.groups.add(Group.objects.get(name=groups.EDITORS))
    return user


def _log_district_b(the_world, admin):
    """What the admin logs about district B, as its own flows do: session B recorded by
    teacher B, school B edited and teacher B's account made by officer B, officer B's scope
    given by a superuser. Site-wide logs (Wagtail's site history) must not show them to
    district A."""
    log(the_world.session_b, "delivery.session.record", user=the_world.teacher_b)
    log(the_world.school_b, "wagtail.edit", user=the_world.officer_b)
    log(the_world.teacher_b.school_memberships.get(), "wagtail.create", user=the_world.officer_b)
    log(the_world.officer_b.school_memberships.get(), "wagtail.create", user=admin)


def _period_current() -> ReportingPeriod:
    today = datetime.date.today()
    period = period_save(
        period=ReportingPeriod(
            name="Kỳ kiểm thử bảo mật",
            start=today - datetime.timedelta(days=60),
            end=today + datetime.timedelta(days=60),
            due_date=today + datetime.timedelta(days=70),
        )
    )
    completion_build(period=period)  # the worker's rebuild, enqueued on commit, done here
    return period


@pytest.fixture
def other(world, age_bands, home_page, help_contacts, editor, superuser):  # noqa: F811 - imported fixtures
    """Everything of the other side (school B, district B), and the users who ask for it.

    ``pupil_client`` is the browser of teacher B's pupil who joined the run: the attempt is
    theirs and reachable from there only."""
    period = _period_current()
    _log_district_b(world, superuser)
    quiz = QuizPageFactory(parent=world.lesson, title="Câu đố bắt nạt trên mạng")
    quiz_index = QuizIndexPage(title="Câu đố", slug="cau-do")
    home_page.add_child(instance=quiz_index)
    quiz_index.save_revision().publish()
    standard = StandardPageFactory(parent=home_page, slug="gioi-thieu")
    topic = TopicFactory(name="Bảo vệ thông tin cá nhân", slug="thong-tin-ca-nhan")
    draft_lesson = LessonPageFactory(
        parent=world.lesson.get_parent(), title="Bài nháp chưa xuất bản", live=False
    )

    teacher_b_client = Client()
    teacher_b_client.force_login(world.teacher_b)
    response = teacher_b_client.post(
        reverse("quizzes:run_start"), {"quiz": quiz.pk, "class_name": "9C"}
    )
    assert response.status_code == 302, "teacher B could not open a class run"
    run_b = QuizRun.objects.get(created_by=world.teacher_b)

    pupil_client = Client()
    response = pupil_client.post(
        reverse("quizzes:join"), {"code": run_b.code, "nickname": PUPIL_NICKNAME}
    )
    assert response.status_code == 302, "the pupil could not join teacher B's run"
    attempt_b = Attempt.objects.get(run=run_b)

    return SimpleNamespace(
        world=world,
        period=period,
        quiz=quiz,
        quiz_index=quiz_index,
        standard_page=standard,
        topic=topic,
        help_contacts=help_contacts,
        unused_age_band=age_bands["thpt"],
        draft_lesson=draft_lesson,
        run_b=run_b,
        attempt_b=attempt_b,
        pupil_client=pupil_client,
        membership_teacher_b=world.teacher_b.school_memberships.get(),
        membership_officer_b=world.officer_b.school_memberships.get(),
        editor=editor,
        superuser=superuser,
    )
