"""The open data API: the dashboard's numbers, aggregates for anyone, school rows only with a
staff key within its areas, cached, rate limited, with an OpenAPI schema."""

import datetime
import json

import pytest
from django.core.cache import cache
from django.urls import reverse

from completion import api
from completion.api import api_key_create
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


@pytest.fixture
def period(world):
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


def test_the_api_gives_the_dashboards_numbers(client, world, period):
    data = _figures(client, period)
    assert _counts(data["total"]) == tally_data(completion_headline(rows=_rows(period)))
    assert data["total"]["complete_percent"] == 50.0
    assert [(g["school_type"], _counts(g)) for g in data["by_type"]] == [
        (value, tally_data(t)) for value, t in completion_by_type(rows=_rows(period))
    ]
    assert [(g["code"], _counts(g)) for g in data["by_area"]] == [
        (area.code, tally_data(t))
        for area, t in completion_by_area(rows=_rows(period), parent=None)
    ]

    province = _figures(client, period, area="58")  # the province's districts
    expected = completion_by_area(rows=_rows(period, world.province), parent=world.province)
    assert [(g["code"], g["name"], _counts(g)) for g in province["by_area"]] == [
        (area.code, area.name, tally_data(t)) for area, t in expected
    ]
    district = _figures(client, period, area="584", type="THCS")
    assert _counts(district["total"]) == tally_data(
        completion_headline(rows=_rows(period, world.district_b, "THCS"))
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
    assert sorted(s["code"] for s in response.json()["schools"]) == ["5840004", "5850002"]
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
    monkeypatch.setattr(api, "API_RATE", "3/m")
    url = reverse("api_v1_periods")
    assert [client.get(url).status_code for _ in range(3)] == [200, 200, 200]
    assert client.get(url).status_code == 429
    assert client.get(url, REMOTE_ADDR="10.0.0.9").status_code == 200  # another address


def test_the_openapi_schema(client):
    response = client.get(reverse("api_v1_schema"))
    schema = json.loads(response.content)
    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) >= {
        "/periods/",
        "/periods/{period_id}/figures/",
        "/periods/{period_id}/schools/",
    }
    assert client.get(reverse("api_v1_root")).json()["version"] == "v1"
