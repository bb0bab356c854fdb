"""An invalid date in the sessions filter is reported, not silently dropped."""

from django.urls import reverse

MESSAGE = "Ngày lọc không hợp lệ: 2026-13-45; bộ lọc ngày chưa được áp dụng."


def test_invalid_date_is_reported_and_the_other_filters_still_apply(client, world):
    client.force_login(world.officer_province)
    url = reverse("sessions:index")
    response = client.get(url, {"date_from": "2026-13-45", "area": world.district_a.pk})
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    # The date is left out; the area filter is not dropped with it.
    assert {session.pk for session in response.context["object_list"]} == {world.session_a.pk}


def test_valid_date_shows_no_message(client, world):
    client.force_login(world.officer_province)
    day = world.session_a.date.isoformat()
    response = client.get(reverse("sessions:index"), {"date_from": day, "date_to": day})
    assert "Ngày lọc không hợp lệ" not in response.content.decode()
    assert {session.pk for session in response.context["object_list"]} == {
        world.session_a.pk,
        world.session_b.pk,
    }
