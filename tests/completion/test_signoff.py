"""District-to-province sign-off: a district officer submits after the period ends, a province
officer approves (the figures freeze) or returns with a reason; later changes are flagged, not
moved into the approved figure; every step is in the history."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from completion.models import ApprovedFigures, DistrictSignOff, ReportingPeriod, SignOffState
from completion.services import completion_build, period_save
from delivery.models import DeliverySession, SessionStatus
from delivery.services import session_verify

DASHBOARD = "/admin/completion/"
APPROVED = "Số liệu đã được Sở phê duyệt ngày"
CHANGED = "Có thay đổi sau khi phê duyệt"


@pytest.fixture
def ended(world):
    """A period that ended ten days ago: school A complete, school B pending verification."""
    today = datetime.date.today()
    period = period_save(
        period=ReportingPeriod(
            name="Kỳ đã kết thúc",
            start=today - datetime.timedelta(days=120),
            end=today - datetime.timedelta(days=10),
            due_date=today - datetime.timedelta(days=5),
        )
    )
    DeliverySession.objects.filter(pk__in=[world.session_a.pk, world.session_b.pk]).update(
        date=today - datetime.timedelta(days=20)
    )
    DeliverySession.objects.filter(pk=world.session_a.pk).update(status=SessionStatus.VERIFIED)
    completion_build(period=period)
    period.refresh_from_db()
    return period


def _refused(response) -> bool:
    """403, or Wagtail's "permission denied": back to the admin home."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def _url(name, period, area):
    return reverse(name, args=[period.pk, area.pk])


def test_submit_approve_freezes_the_figures_and_flags_later_changes(client, world, ended):
    district_b = world.district_b
    client.force_login(world.officer_b)
    response = client.post(_url("completion_signoff_submit", ended, district_b))
    assert response.status_code == 302
    sign_off = DistrictSignOff.objects.get(period=ended, area=district_b)
    assert sign_off.state == SignOffState.SUBMITTED
    assert sign_off.submitted_tally["expected"] == 1

    # A district officer cannot approve, not even their own district's figures.
    assert _refused(client.post(_url("completion_signoff_approve", ended, district_b)))
    sign_off.refresh_from_db()
    assert sign_off.state == SignOffState.SUBMITTED

    client.force_login(world.officer_province)
    client.post(_url("completion_signoff_approve", ended, district_b))
    sign_off.refresh_from_db()
    assert sign_off.state == SignOffState.APPROVED
    approved = ApprovedFigures.objects.get(period=ended, area=district_b)
    assert approved.tally["complete"] == 0 and approved.tally["pending"] == 1
    assert [row["school_code"] for row in approved.rows] == ["5840004"]

    html = client.get(DASHBOARD, {"period": ended.pk}).content.decode()
    assert "1 / 2 trường hoàn thành (50,0%)" in html and APPROVED in html
    assert CHANGED not in html

    # School B's session is verified after approval: the live row moves, the approved one not.
    session_verify(
        sessions=[DeliverySession.objects.get(pk=world.session_b.pk)], user=world.officer_province
    )
    approved.refresh_from_db()
    assert approved.changed_school_ids == [world.school_b.pk] and approved.changed_at
    response = client.get(DASHBOARD, {"period": ended.pk})
    html = response.content.decode()
    assert "1 / 2 trường hoàn thành (50,0%)" in html  # the approved figure stands
    assert APPROVED in html and CHANGED in html
    assert response.context["headline"].complete == 1
    # The trend across periods ("Qua các kỳ") shows the approved figure too, not the live 2/2.
    trend = dict(response.context["trend"])
    assert trend[ended] == response.context["headline"]
    assert "<td>Kỳ đã kết thúc</td><td>2</td><td>1</td><td>50,0</td>" in html
    printed_page = client.get(DASHBOARD, {"period": ended.pk, "print": "1"})
    printed = printed_page.content.decode()
    assert "1 / 2 trường hoàn thành" in printed and CHANGED in printed
    assert dict(printed_page.context["trend"])[ended] == printed_page.context["headline"]
    assert "<td>Kỳ đã kết thúc</td><td>2</td><td>1</td><td>50,0</td>" in printed
    # Within one district's view too (the officer of district B, or the area filter).
    by_area = client.get(DASHBOARD, {"period": ended.pk, "area": district_b.pk})
    assert by_area.context["headline"].complete == 0
    assert dict(by_area.context["trend"])[ended] == by_area.context["headline"]
    export = client.get(DASHBOARD, {"period": ended.pk, "export": "csv"}).content.decode(
        "utf-8-sig"
    )
    assert APPROVED in export and CHANGED in export
    school = client.get(
        reverse("completion_school", args=[world.school_b.pk]), {"period": ended.pk}
    ).content.decode()
    assert APPROVED in school and CHANGED in school and "Chờ xác nhận" in school
    detail = client.get(_url("completion_signoff", ended, district_b)).content.decode()
    assert CHANGED in detail and "Trường THCS Phước Thắng" in detail

    # The district submits again for the next review; approval takes the new figures.
    client.force_login(world.officer_b)
    client.post(_url("completion_signoff_submit", ended, district_b))
    client.force_login(world.officer_province)
    client.post(_url("completion_signoff_approve", ended, district_b))
    html = client.get(DASHBOARD, {"period": ended.pk}).content.decode()
    assert "2 / 2 trường hoàn thành (100,0%)" in html and CHANGED not in html

    history = client.get(_url("completion_signoff_history", ended, district_b)).content.decode()
    assert history.count("Gửi số liệu") == 2 and history.count("Phê duyệt số liệu") == 2
    actions = list(ModelLogEntry.objects.for_instance(sign_off).values_list("action", flat=True))
    assert sorted(actions) == sorted(
        ["completion.signoff.submit", "completion.signoff.approve"] * 2
    )


def test_the_province_returns_with_a_reason(client, world, ended):
    client.force_login(world.officer_b)
    client.post(_url("completion_signoff_submit", ended, world.district_b))
    client.force_login(world.officer_province)
    client.post(_url("completion_signoff_return", ended, world.district_b), {"reason": " "})
    sign_off = DistrictSignOff.objects.get()
    assert sign_off.state == SignOffState.SUBMITTED  # a reason is required
    client.post(
        _url("completion_signoff_return", ended, world.district_b),
        {"reason": "Trường Phước Thắng chưa xác nhận buổi dạy"},
    )
    sign_off.refresh_from_db()
    assert sign_off.state == SignOffState.RETURNED
    assert not ApprovedFigures.objects.exists()
    history = client.get(_url("completion_signoff_history", ended, world.district_b))
    assert "chưa xác nhận buổi dạy" in history.content.decode()
    client.force_login(world.officer_b)
    client.post(_url("completion_signoff_submit", ended, world.district_b))
    sign_off.refresh_from_db()
    assert sign_off.state == SignOffState.SUBMITTED  # submitted again


def test_another_districts_officer_can_neither_submit_nor_approve(client, world, ended):
    client.force_login(world.officer_a)
    for action in ("submit", "approve", "return"):
        response = client.post(_url(f"completion_signoff_{action}", ended, world.district_b))
        assert response.status_code == 404
    assert client.get(_url("completion_signoff", ended, world.district_b)).status_code == 404
    assert not DistrictSignOff.objects.exists()
    # Nor the province officer submit for a district (the district's own officers do).
    client.force_login(world.officer_province)
    assert _refused(client.post(_url("completion_signoff_submit", ended, world.district_b)))
    assert not DistrictSignOff.objects.exists()


def test_figures_are_submitted_only_once_the_period_has_ended(client, world):
    today = datetime.date.today()
    period = period_save(
        period=ReportingPeriod(
            name="Kỳ đang chạy",
            start=today - datetime.timedelta(days=10),
            end=today + datetime.timedelta(days=10),
            due_date=today + datetime.timedelta(days=12),
        )
    )
    completion_build(period=period)
    ReportingPeriod.objects.filter(pk=period.pk).update(rebuild_requested_at=None)
    client.force_login(world.officer_b)
    client.post(_url("completion_signoff_submit", period, world.district_b))
    assert not DistrictSignOff.objects.exists()


def test_query_budgets_of_the_signoff_views(client, world, ended, django_assert_max_num_queries):
    client.force_login(world.officer_b)
    client.post(_url("completion_signoff_submit", ended, world.district_b))
    client.force_login(world.officer_province)
    client.post(_url("completion_signoff_approve", ended, world.district_b))
    for name in ("completion_signoff", "completion_signoff_history"):
        with django_assert_max_num_queries(16):
            assert client.get(_url(name, ended, world.district_b)).status_code == 200
    with django_assert_max_num_queries(16):
        assert client.get(reverse("completion_signoffs"), {"period": ended.pk}).status_code == 200
    # The approved figures, the reports-of-concern figure and the learning-gain panel: each a
    # fixed number of queries, however many schools.
    with django_assert_max_num_queries(26):
        assert client.get(DASHBOARD, {"period": ended.pk}).status_code == 200
    client.force_login(world.officer_b)
    with django_assert_max_num_queries(24):
        client.post(_url("completion_signoff_submit", ended, world.district_b))
