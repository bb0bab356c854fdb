"""The admin home of an officer: their area's completion this period and the schools needing
action (completion/wagtail_hooks.py, OfficerCompletionPanel), in a fixed number of queries."""

import datetime

import pytest
from django.urls import reverse

from completion.models import ReportingPeriod
from completion.services import completion_build, period_save
from delivery.models import DeliverySession, SessionStatus
from tests.factories.schools import SchoolFactory

pytestmark = pytest.mark.django_db

HOME = "/admin/"


@pytest.fixture
def period(world, age_bands):
    for number in range(1, 8):  # seven schools in Bác Ái with no session: not started
        SchoolFactory(
            code=f"58491{number:02d}",
            name=f"Trường Tiểu học Bác Ái {number}",
            area=world.commune_b,
            levels=[age_bands["tieu-hoc"]],
        )
    today = datetime.date.today()
    period = period_save(
        period=ReportingPeriod(
            name="Kỳ hiện tại",
            start=today - datetime.timedelta(days=60),
            end=today + datetime.timedelta(days=60),
            due_date=today + datetime.timedelta(days=70),
        )
    )
    DeliverySession.objects.filter(pk=world.session_a.pk).update(status=SessionStatus.VERIFIED)
    completion_build(period=period)
    return period


def test_province_officer_sees_the_headline_and_schools_to_chase(
    client, world, period, django_assert_max_num_queries
):
    client.force_login(world.officer_province)
    client.get(HOME)  # warm the session and Wagtail's per-process caches
    with django_assert_max_num_queries(40):
        response = client.get(HOME)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="officer-completion' in html
    assert "Kỳ hiện tại" in html
    assert "1 / 9 trường hoàn thành (11,1%)" in html
    school = world.school_b.__class__.objects.get(code="5849101")
    assert f"{reverse('completion_school', args=[school.pk])}?period={period.pk}" in html
    assert html.count("Trường Tiểu học Bác Ái") == 5  # a few, not all seven
    assert "Trường THCS Lâm Sơn" not in html.split('id="officer-completion')[1]


def test_the_panel_costs_the_same_for_more_schools(client, world, period, age_bands):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(world.officer_b)
    client.get(HOME)
    with CaptureQueriesContext(connection) as few:
        client.get(HOME)
    for number in range(10, 40):
        SchoolFactory(
            code=f"58409{number:02d}",
            name=f"Trường THCS Bác Ái {number}",
            area=world.commune_b,
            levels=[age_bands["thcs"]],
        )
    completion_build(period=period)
    with CaptureQueriesContext(connection) as many:
        html = client.get(HOME).content.decode()
    assert "1 / 39 trường hoàn thành" not in html  # district B: school A is not theirs
    assert "0 / 38 trường hoàn thành (0,0%)" in html
    assert len(many.captured_queries) == len(few.captured_queries)


def test_district_officer_sees_only_their_district(client, world, period):
    client.force_login(world.officer_a)
    html = client.get(HOME).content.decode()
    assert "1 / 1 trường hoàn thành (100,0%)" in html
    assert "Bác Ái" not in html.split('id="officer-completion')[1]


def test_no_panel_for_editors_without_an_area(client, world, period, django_user_model):
    from django.contrib.auth.models import Group

    from home import groups

    editor = django_user_model.objects.create_user("bien-tap", password="x")
    editor.groups.add(Group.objects.get(name=groups.EDITORS))
    client.force_login(editor)
    html = client.get(HOME).content.decode()
    assert 'id="officer-completion' not in html
