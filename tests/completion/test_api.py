"""The open data API: the dashboard's numbers, aggregates for anyone (groups of one or two
schools suppressed unless the caller has a staff key), school rows only with a staff key within
its areas, cached, rate limited, with an OpenAPI schema."""

import datetime
import json

import pytest
from django.core.cache import cache
from django.urls import reverse

from completion.api import api_key_create
from completion.api import views as api_views
from completion.figures import tally_data
from completion.models import ReportingPeriod
from completion.selectors import (
    completion_by_area,
    completion_by_type,
    completion_headline,
    completion_rows,
)
from completion.services import completion_build, period_save
from completion.signoff import signoff_approve, signoff_submit
from delivery.models import DeliverySession, SessionStatus
from delivery.services import session_verify
from tests.factories.schools import SchoolFactory


@pytest.fixture
def more_schools(world):
    """Two more THCS schools and a primary school in district A (Ninh Sơn): district A has four
    schools (three THCS, one TH), district B one (THCS); five in all, four of them THCS."""
    for code, school_type in (("5850010", "THCS"), ("5850011", "THCS"), ("5850012", "TH")):
        SchoolFactory(code=code, school_type=school_type, area=world.commune_a, levels=[world.thcs])


@pytest.fixture
def period(world, more_schools):
    today = datetime.date.today()
    period = period_save(
        period=ReportingPeriod(
            name="Kỳ hiện tại",
            start=today - datetime.timedelta(days=60),
            end=today - datetime.timedelta(days=1),
            due_date=today,
        )
    )
    DeliverySession.objects.filter(pk=world.session_a.pk).update(status=SessionStatus.VERIFIED)
    completion_build(period=period)
    period.refresh_from_db()
    return period


def _figures(client, period, **params):
    response = client.get(reverse("api_v1_figures", args=[period.pk]), params)
    assert response.status_code == 200, response.content
    return response.json()


def _counts(data: dict) -> dict:
    return {name: data[name] for name in tally_data(completion_headline(rows=_none()))}


def _none():
    from completion.models import SchoolPeriodStatus

    return SchoolPeriodStatus.objects.none()


def _rows(period, area=None, school_type=None):
    return completion_rows(period=period, area=area, school_type=school_type, officer_paths=None)


def _shown(groups: list[dict]) -> list[dict]:
    return [g for g in groups if not g["suppressed"]]


def test_the_api_gives_the_dashboards_numbers(client, world, period):
    """Every group of three schools or more carries the dashboard's numbers."""
    data = _figures(client, period)
    assert data["total"]["suppressed"] is False
    assert _counts(data["total"]) == tally_data(completion_headline(rows=_rows(period)))
    assert data["total"]["expected"] == 5 and data["total"]["complete_percent"] == 20.0
    by_type = dict(completion_by_type(rows=_rows(period)))
    assert [g["school_type"] for g in _shown(data["by_type"])] == ["THCS"]
    for group in _shown(data["by_type"]):
        assert _counts(group) == tally_data(by_type[group["school_type"]])
    assert [g["code"] for g in data["by_area"]] == ["58"]
    assert _counts(data["by_area"][0]) == tally_data(
        completion_by_area(rows=_rows(period), parent=None)[0][1]
    )

    province = _figures(client, period, area="58")  # the province's districts
    expected = dict(
        (area.code, t)
        for area, t in completion_by_area(rows=_rows(period, world.province), parent=world.province)
    )
    assert [g["code"] for g in _shown(province["by_area"])] == ["585"]  # district B: 1 school
    for group in _shown(province["by_area"]):
        assert _counts(group) == tally_data(expected[group["code"]])
    district = _figures(client, period, area="585", type="THCS")
    assert _counts(district["total"]) == tally_data(
        completion_headline(rows=_rows(period, world.district_a, "THCS"))
    )
    assert district["by_area"] == []  # no commune level
    assert (
        client.get(reverse("api_v1_figures", args=[period.pk]), {"area": "584-01"}).status_code
        == 404
    )
    assert client.get(reverse("api_v1_figures", args=[period.pk]), {"type": "X"}).status_code == 400

    # The same numbers as the dashboard page itself.
    client.force_login(world.officer_province)
    page = client.get("/admin/completion/", {"period": period.pk, "area": world.province.pk})
    assert tally_data(page.context["headline"]) == _counts(province["total"])
    dashboard_by_area = {area.code: t for area, t in page.context["by_area"]}
    for group in _shown(province["by_area"]):
        assert _counts(group) == tally_data(dashboard_by_area[group["code"]])


SUPPRESSED = {
    "expected": None,
    "complete": None,
    "pending": None,
    "in_progress": None,
    "not_started": None,
    "on_time": None,
    "participants": None,
    "enrolment": None,
    "complete_percent": None,
    "on_time_percent": None,
    "reach_percent": None,
    "suppressed": True,
}


def test_a_group_of_one_school_is_hidden_from_anonymous_callers(client, world, period):
    """District B has one THCS school: its figures would be that school's own status,
    participants and enrolment, which only staff keys see."""
    district = _figures(client, period, area="584", type="THCS")
    assert district["total"] == SUPPRESSED
    assert district["by_type"] == [{"school_type": "THCS", **SUPPRESSED}]
    province = _figures(client, period, area="58")
    assert {g["code"]: g["suppressed"] for g in province["by_area"]} == {"584": True, "585": False}
    assert {key: province["by_area"][0][key] for key in SUPPRESSED} == SUPPRESSED
    by_type = {g["school_type"]: g for g in _figures(client, period, area="58")["by_type"]}
    assert by_type["TH"]["suppressed"] is True and by_type["TH"]["enrolment"] is None
    assert _figures(client, period, area="585", type="TH")["total"] == SUPPRESSED  # one TH
    assert _figures(client, period, area="585", type="THCS")["total"]["expected"] == 3

    # A staff key sees every group, with the dashboard's numbers (cached apart from the public).
    _, key = api_key_create(user=world.officer_province, name="Sở")
    response = client.get(
        reverse("api_v1_figures", args=[period.pk]),
        {"area": "584", "type": "THCS"},
        HTTP_AUTHORIZATION=f"Token {key}",
    )
    staff = response.json()
    assert staff["total"]["suppressed"] is False
    assert _counts(staff["total"]) == tally_data(
        completion_headline(rows=_rows(period, world.district_b, "THCS"))
    )
    assert staff["total"]["expected"] == 1 and staff["total"]["enrolment"] == 400
    assert _figures(client, period, area="584", type="THCS")["total"] == SUPPRESSED
    # A wrong key is refused rather than treated as anonymous.
    bad = client.get(reverse("api_v1_figures", args=[period.pk]), HTTP_AUTHORIZATION="Token sai")
    assert bad.status_code == 401


def test_anonymous_users_get_aggregates_and_no_school_level_data(client, world, period):
    body = client.get(reverse("api_v1_figures", args=[period.pk]), {"area": "58"}).content.decode()
    for marker in ("Trường THCS", "5840004", "5850002", "gv-", "cb-", "9C-PHUOC-THANG"):
        assert marker not in body
    response = client.get(reverse("api_v1_schools", args=[period.pk]))
    assert response.status_code == 401 and response["WWW-Authenticate"] == "Token"
    assert "Trường" not in response.content.decode()
    # A signed-in officer's session is not a key either.
    client.force_login(world.officer_province)
    assert client.get(reverse("api_v1_schools", args=[period.pk])).status_code == 401
    bad = client.get(reverse("api_v1_schools", args=[period.pk]), HTTP_AUTHORIZATION="Token sai")
    assert bad.status_code == 401


def test_staff_keys_see_the_schools_of_their_areas(client, world, period):
    _, key_b = api_key_create(user=world.officer_b, name="Phòng GD Bác Ái")
    response = client.get(
        reverse("api_v1_schools", args=[period.pk]), HTTP_AUTHORIZATION=f"Token {key_b}"
    )
    assert response.status_code == 200
    assert [s["code"] for s in response.json()["schools"]] == ["5840004"]
    _, key_province = api_key_create(user=world.officer_province, name="Sở")
    response = client.get(
        reverse("api_v1_schools", args=[period.pk]), HTTP_AUTHORIZATION=f"Token {key_province}"
    )
    assert sorted(s["code"] for s in response.json()["schools"]) == [
        "5840004", "5850002", "5850010", "5850011", "5850012",
    ]  # fmt: skip
    with pytest.raises(ValueError):
        api_key_create(user=world.teacher_a, name="không được")
    world.officer_b.is_active = False
    world.officer_b.save()
    response = client.get(
        reverse("api_v1_schools", args=[period.pk]), HTTP_AUTHORIZATION=f"Token {key_b}"
    )
    assert response.status_code == 401


def test_approved_districts_show_their_approved_numbers(client, world, period):
    sign_off = signoff_submit(period=period, area=world.district_b, user=world.officer_b)
    signoff_approve(sign_off=sign_off, user=world.officer_province)
    session_verify(
        sessions=[DeliverySession.objects.get(pk=world.session_b.pk)], user=world.officer_province
    )
    cache.clear()
    data = _figures(client, period)
    assert data["total"]["complete"] == 1  # school B's approved row: pending
    assert data["approved"][0]["area"] == "584"
    assert data["approved"][0]["changed_after_approval"] is True
    client.force_login(world.officer_province)
    page = client.get("/admin/completion/", {"period": period.pk})
    assert tally_data(page.context["headline"]) == _counts(data["total"])


def test_answers_are_cached_and_queries_bounded(
    client, world, period, django_assert_max_num_queries
):
    url = reverse("api_v1_figures", args=[period.pk])
    # Two of them are the site middleware's (Wagtail's site and root page).
    with django_assert_max_num_queries(10):
        first = client.get(url, {"area": "58"}).json()
    DeliverySession.objects.filter(pk=world.session_b.pk).update(status=SessionStatus.VERIFIED)
    completion_build(period=period)
    with django_assert_max_num_queries(4):  # the period and the area, then the cache
        assert client.get(url, {"area": "58"}).json() == first  # from the cache (60 s)
    with django_assert_max_num_queries(3):
        client.get(reverse("api_v1_periods"))
    _, key = api_key_create(user=world.officer_province, name="Sở")
    with django_assert_max_num_queries(10):
        client.get(reverse("api_v1_schools", args=[period.pk]), HTTP_AUTHORIZATION=f"Token {key}")


def test_requests_are_rate_limited_per_address(client, period, monkeypatch):
    monkeypatch.setattr(api_views, "API_RATE", "3/m")
    url = reverse("api_v1_periods")
    assert [client.get(url).status_code for _ in range(3)] == [200, 200, 200]
    assert client.get(url).status_code == 429
    assert client.get(url, REMOTE_ADDR="10.0.0.9").status_code == 200  # another address


def test_the_openapi_schema(client):
    response = client.get(reverse("api_v1_schema"))
    schema = json.loads(response.content)
    assert schema["openapi"].startswith("3.")
    tally = schema["components"]["schemas"]["Tally"]["properties"]
    assert (
        tally["suppressed"]["type"] == "boolean"
        and "fewer than 3" in tally["suppressed"]["description"]
    )
    assert tally["enrolment"]["nullable"] is True
    assert set(schema["paths"]) >= {
        "/periods/",
        "/periods/{period_id}/figures/",
        "/periods/{period_id}/schools/",
    }
    assert client.get(reverse("api_v1_root")).json()["version"] == "v1"
