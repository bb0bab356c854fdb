"""The English catalogue tells ambiguous Vietnamese words apart and counts in the right form.

"Hoạt động" is a lesson's activity and a school's active status; "Giáo viên" is who a lesson
is for (teachers) and a person's role (teacher); "lớp" is an age band's grades and a class.
Counts ("5 phút", "32 trường") take English's singular or plural.
"""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from delivery.models import DeliverySession
from home.views import locked_out
from lessons.blocks import ActivityBlock
from lessons.models import AgeBand, Audience
from schools.models import Role
from schools.viewsets import SchoolViewSet


def _school_listing_active_label() -> str:
    columns = {c.name: c for c in SchoolViewSet.list_display if not isinstance(c, str)}
    return str(columns["is_active"].label)


def test_two_senses_of_hoat_dong_translate_differently():
    with translation.override("en"):
        assert str(ActivityBlock().meta.label) == "Activity"
        assert _school_listing_active_label() == "Active"
    with translation.override("vi"):
        assert str(ActivityBlock().meta.label) == "Hoạt động"
        assert _school_listing_active_label() == "Hoạt động"


def test_two_senses_of_giao_vien_translate_differently():
    with translation.override("en"):
        assert str(Audience.TEACHERS.label) == "Teachers"
        assert str(Role.TEACHER.label) == "Teacher"
    with translation.override("vi"):
        assert str(Audience.TEACHERS.label) == str(Role.TEACHER.label) == "Giáo viên"


def test_grades_of_an_age_band_are_not_a_class():
    with translation.override("en"):
        assert str(AgeBand._meta.get_field("grades").verbose_name) == "grades"
        assert str(DeliverySession._meta.get_field("class_name").verbose_name) == "class"


@pytest.mark.parametrize(
    ("language", "minutes", "shown"),
    [
        ("en", 1, "1 minute<"),
        ("en", 5, "5 minutes<"),
        ("vi", 1, "1 phút<"),
        ("vi", 5, "5 phút<"),
    ],
)
def test_minutes_of_an_activity_step(language, minutes, shown):
    with translation.override(language):
        html = render_to_string(
            "blocks/activity_step_block.html",
            {"value": {"minutes": minutes, "instruction": "Thảo luận nhóm"}},
        )
    assert shown in html


def _home_panel(expected: int, complete: int) -> str:
    headline = SimpleNamespace(
        complete=complete,
        expected=expected,
        complete_percent=round(100 * complete / expected),
        not_started=0,
        in_progress=0,
        pending=0,
    )
    summary = SimpleNamespace(
        period=SimpleNamespace(pk=1, name="Học kỳ I"), headline=headline, needing_action=[]
    )
    request = RequestFactory().get("/admin/")
    return render_to_string(
        "completion/admin/home_panel.html",
        {"summary": summary, "dashboard_url": "/admin/completion/"},
        request=request,
    )


def test_officer_panel_counts_schools_in_singular_and_plural():
    with translation.override("en"):
        assert "1 / 1 school complete (100%)" in _home_panel(expected=1, complete=1)
        assert "3 / 32 schools complete (9%)" in _home_panel(expected=32, complete=3)
    with translation.override("vi"):
        assert "3 / 32 trường hoàn thành (9%)" in _home_panel(expected=32, complete=3)


@pytest.mark.django_db
def test_locked_out_page_says_minute_or_minutes(settings):
    request = RequestFactory().get("/")
    for cooloff, expected in ((1, "in 1 minute, or"), (30, "in 30 minutes, or")):
        settings.AXES_COOLOFF_TIME = timedelta(minutes=cooloff)
        with translation.override("en"):
            html = locked_out(request).content.decode()
        assert expected in html
    with translation.override("vi"):
        html = locked_out(request).content.decode()
    assert "thử lại sau 30 phút" in html
