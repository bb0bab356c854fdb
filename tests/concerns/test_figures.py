"""Figures: the officers' table, the dashboard's support figure, the public aggregates."""

import datetime

import pytest
from django.core.cache import caches
from django.urls import reverse
from django.utils import timezone

from completion.models import ReportingPeriod
from completion.services import completion_build, period_save
from concerns.selectors import PUBLIC_MINIMUM, concern_public_figure, support_figure
from concerns.services import concern_action_record
from home.page_cache import page_cache_invalidate
from tests.concerns.conftest import concern_make

pytestmark = pytest.mark.django_db


def _close(concern, user, outcome):
    concern_action_record(concern=concern, user=user, kind="closed", outcome=outcome)


def test_the_support_figure_counts_children_who_needed_and_got_support(world, superuser):
    supported = concern_make(school=world.school_a)
    referred = concern_make(school=world.school_a)
    not_a_concern = concern_make(school=world.school_a)
    concern_make(school=world.school_a)  # still open
    concern_make(school=world.school_b)
    _close(supported, superuser, "supported")
    _close(referred, superuser, "referred")
    _close(not_a_concern, superuser, "not_a_concern")
    district_a = support_figure(officer_paths=(world.district_a.path,))
    assert (district_a.supported, district_a.needing, district_a.percent) == (2, 3, 66.7)
    everything = support_figure(officer_paths=None)
    assert (everything.supported, everything.needing) == (2, 4)


def test_the_dashboard_shows_the_figure_within_the_officers_scope(world, superuser, client_of):
    today = timezone.localdate()
    period = period_save(
        period=ReportingPeriod(
            name="Học kỳ thử",
            start=today - datetime.timedelta(days=30),
            end=today + datetime.timedelta(days=30),
            due_date=today + datetime.timedelta(days=40),
        )
    )
    completion_build(period=period)
    _close(concern_make(school=world.school_a), superuser, "supported")
    concern_make(school=world.school_b)
    concern_make(school=world.school_b)
    body = client_of(world.officer_a).get(reverse("completion_dashboard")).content.decode()
    assert "1 / 1 trẻ cần hỗ trợ đã được hỗ trợ (100" in body and "— mục tiêu 100%" in body
    body = client_of(world.officer_b).get(reverse("completion_dashboard")).content.decode()
    assert "0 / 2 trẻ cần hỗ trợ đã được hỗ trợ" in body


def test_the_figures_page_groups_by_category_area_and_month(world, superuser, client_of):
    _close(concern_make(school=world.school_a, category="scam"), superuser, "supported")
    concern_make(school=world.school_b, category="scam")
    client = client_of(world.officer_a)
    response = client.get(reverse("concern_queue:figures"))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Bị lừa đảo" in body and world.commune_a.name in body
    assert world.commune_b.name not in body
    assert timezone.localdate().strftime("%m/%Y") in body
    export = client.get(reverse("concern_queue:figures"), {"export": "csv"})
    assert export.status_code == 200 and "Bị lừa đảo" in export.content.decode("utf-8-sig")
    assert client_of(world.teacher_a).get(reverse("concern_queue:figures")).status_code in (
        302,
        403,
    )


def test_the_home_page_shows_aggregates_only_from_five(world, superuser, home_page, client):
    today = timezone.localdate()
    for _ in range(PUBLIC_MINIMUM - 1):
        concern_make(school=world.school_a)
    assert concern_public_figure(today=today) is None
    assert "báo cáo về trẻ em" not in client.get("/").content.decode()
    fifth = concern_make(school=world.school_a)
    figure = concern_public_figure(today=today)
    assert figure.received == PUBLIC_MINIMUM and figure.supported is None  # 0 < 5: suppressed
    _close(fifth, superuser, "supported")
    caches["default"].clear()  # the figure is kept ten minutes
    page_cache_invalidate()
    body = client.get("/").content.decode()
    assert f"{PUBLIC_MINIMUM} báo cáo về trẻ em" in body
    assert "trẻ đã được hỗ trợ" not in body  # one supported: under five, not shown
