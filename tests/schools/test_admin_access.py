"""Officers in the admin see their area only: by id, in lists, in exports and bulk actions."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def assert_forbidden(response):
    """Wagtail turns a PermissionDenied in the admin into a redirect home with a message."""
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def object_urls(world, side):
    """(method, url) for every admin view of one district's objects."""
    session = getattr(world, f"session_{side}")
    school = getattr(world, f"school_{side}")
    district = getattr(world, f"district_{side}")
    teacher = getattr(world, f"teacher_{side}")
    membership = teacher.school_memberships.get()
    return [
        ("get", reverse("sessions:inspect", args=[session.pk])),
        ("get", reverse("sessions:history", args=[session.pk])),
        ("get", reverse("sessions:return", args=[session.pk])),
        ("get", reverse("schools:edit", args=[school.pk])),
        ("get", reverse("schools:history", args=[school.pk])),
        ("get", reverse("schools:usage", args=[school.pk])),
        ("get", reverse("areas:edit", args=[district.pk])),
        ("get", reverse("areas:history", args=[district.pk])),
        ("get", reverse("teachers:edit", args=[membership.pk])),
        ("get", reverse("teachers:history", args=[membership.pk])),
    ]


def list_urls():
    return [
        reverse("sessions:index"),
        reverse("schools:index"),
        reverse("areas:index"),
        reverse("teachers:index"),
        reverse("teachers:add"),
        reverse("schools:add"),
        reverse("areas:add"),
        reverse("schools:import"),
        reverse("teachers:import"),
        reverse("schools:import_template") + "?format=xlsx",
        reverse("teachers:import_template") + "?format=csv",
    ]


def test_anonymous_users_are_sent_to_the_admin_login(client, world):
    for _method, url in object_urls(world, "a"):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url
    for url in list_urls():
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url


def test_teachers_have_no_admin(client, world):
    client.force_login(world.teacher_a)
    for url in [reverse("sessions:index"), reverse("sessions:inspect", args=[world.session_a.pk])]:
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url


def test_district_officer_reaches_their_own_objects(client, world):
    client.force_login(world.officer_a)
    for url in list_urls():
        assert client.get(url).status_code == 200, url
    for _method, url in object_urls(world, "a"):
        assert client.get(url).status_code == 200, url


def test_district_officer_gets_404_for_another_districts_objects(client, world):
    client.force_login(world.officer_a)
    for method, url in object_urls(world, "b"):
        assert getattr(client, method)(url).status_code == 404, url
    assert client.post(reverse("sessions:verify", args=[world.session_b.pk])).status_code == 404
    response = client.post(
        reverse("sessions:return", args=[world.session_b.pk]), {"reason": "Sai số liệu"}
    )
    assert response.status_code == 404
    world.session_b.refresh_from_db()
    assert world.session_b.status == "submitted"


def test_district_officer_lists_and_exports_only_their_area(client, world):
    client.force_login(world.officer_a)
    sessions = client.get(reverse("sessions:index")).content.decode()
    assert "Trường THCS Lâm Sơn" in sessions and "Phước Thắng" not in sessions
    schools = client.get(reverse("schools:index")).content.decode()
    assert "Trường THCS Lâm Sơn" in schools and "Phước Thắng" not in schools
    areas = client.get(reverse("areas:index")).content.decode()
    assert "Xã Lâm Sơn" in areas and "Bác Ái" not in areas and "Phước Đại" not in areas
    teachers = client.get(reverse("teachers:index")).content.decode()
    assert "gv-lam-son" in teachers and "gv-phuoc-thang" not in teachers
    for url in [reverse("sessions:index"), reverse("schools:index"), reverse("teachers:index")]:
        export = client.get(url, {"export": "csv"})
        content = b"".join(export.streaming_content).decode()
        assert "Phước Thắng" not in content and "gv-phuoc-thang" not in content, url
        assert "Lâm Sơn" in content or "gv-lam-son" in content, url


def test_district_officer_cannot_filter_into_another_district(client, world):
    client.force_login(world.officer_a)
    response = client.get(reverse("sessions:index"), {"area": world.district_b.pk})
    assert "Phước Thắng" not in response.content.decode()
    assert world.district_b.name not in str(response.context["filters"].form["area"])


def test_province_officer_sees_both_districts(client, world):
    client.force_login(world.officer_province)
    sessions = client.get(reverse("sessions:index")).content.decode()
    assert "Trường THCS Lâm Sơn" in sessions and "Trường THCS Phước Thắng" in sessions
    for _method, url in object_urls(world, "b"):
        assert client.get(url).status_code == 200, url


def test_bulk_actions_are_limited_to_the_officers_area(client, world):
    client.force_login(world.officer_a)
    url = reverse("wagtail_bulk_action", args=["delivery", "deliverysession", "verify"])
    assert client.get(f"{url}?id={world.session_b.pk}").status_code == 404
    response = client.get(f"{url}?id={world.session_a.pk}&id={world.session_b.pk}")
    assert response.status_code == 200
    assert "Phước Thắng" not in response.content.decode()
    client.post(f"{url}?id={world.session_a.pk}&id={world.session_b.pk}")
    world.session_a.refresh_from_db()
    world.session_b.refresh_from_db()
    assert (world.session_a.status, world.session_b.status) == ("verified", "submitted")


def test_sessions_are_never_added_edited_or_deleted_in_the_admin(client, world, superuser):
    client.force_login(superuser)
    for url in [
        reverse("sessions:add"),
        reverse("sessions:edit", args=[world.session_a.pk]),
        reverse("sessions:delete", args=[world.session_a.pk]),
        reverse("schools:delete", args=[world.school_a.pk]),
        reverse("areas:delete", args=[world.district_a.pk]),
    ]:
        assert_forbidden(client.get(url))
        assert_forbidden(client.post(url))
    assert world.school_a.sessions.count() == 1


def test_officer_scopes_are_for_superusers_only(client, world, superuser):
    client.force_login(world.officer_province)
    assert_forbidden(client.get(reverse("officer_scopes:index")))
    assert_forbidden(client.get(reverse("officer_scopes:add")))
    client.force_login(superuser)
    assert client.get(reverse("officer_scopes:index")).status_code == 200
    response = client.post(
        reverse("officer_scopes:add"),
        {"user": world.nobody.pk, "area": world.district_b.pk},
    )
    assert response.status_code == 302
    client.force_login(world.nobody)
    assert client.get(reverse("sessions:index")).status_code == 200
    assert client.get(reverse("sessions:inspect", args=[world.session_b.pk])).status_code == 200
    assert client.get(reverse("sessions:inspect", args=[world.session_a.pk])).status_code == 404


def test_officer_without_a_scope_sees_nothing(client, world, django_user_model):
    from django.contrib.auth.models import Group

    from home import groups

    user = django_user_model.objects.create_user("cb-chua-phan-cong", password="x")
    user.groups.add(Group.objects.get(name=groups.OFFICERS))
    client.force_login(user)
    response = client.get(reverse("sessions:index"))
    assert response.status_code == 200
    assert "Lâm Sơn" not in response.content.decode()
    assert client.get(reverse("sessions:inspect", args=[world.session_a.pk])).status_code == 404
