"""Officers create teacher accounts for schools in their area, one by one or from a table,
and stop them; nothing a teacher recorded is lost."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import ModelLogEntry

from home import groups
from schools.models import Membership
from tests.factories.schools import SchoolFactory

pytestmark = pytest.mark.django_db
User = get_user_model()


def create(client, world, **overrides):
    data = {
        "username": "hoa.tt",
        "full_name": "Trần Thị Hoa",
        "email": "",
        "school": world.school_a.pk,
    }
    data.update(overrides)
    return client.post(reverse("teachers:add"), data)


def test_officer_creates_a_teacher_who_can_then_sign_in(client, world):
    client.force_login(world.officer_a)
    response = create(client, world)
    assert response.status_code == 200
    password = response.context["accounts"][0].password
    assert password and password in response.content.decode()
    user = User.objects.get(username="hoa.tt")
    assert user.get_full_name() == "Trần Thị Hoa"
    assert user.groups.filter(name=groups.TEACHERS).exists()
    membership = user.school_memberships.get()
    assert (membership.role, membership.school, membership.created_by) == (
        "teacher",
        world.school_a,
        world.officer_a,
    )
    assert ModelLogEntry.objects.filter(action="wagtail.create", object_id=str(membership.pk))
    client.logout()
    client.post(reverse("portal:login"), {"username": "hoa.tt", "password": password})
    assert client.get(reverse("portal:home")).status_code == 200


def test_officer_cannot_create_teachers_outside_their_area(client, world):
    client.force_login(world.officer_a)
    response = create(client, world, school=world.school_b.pk)
    assert response.status_code == 200 and "school" in response.context["form"].errors
    assert not User.objects.filter(username="hoa.tt").exists()


def test_an_officers_or_admins_username_cannot_become_a_teacher(client, world):
    client.force_login(world.officer_a)
    response = create(client, world, username=world.officer_b.username)
    assert "Tên đăng nhập này không dùng được" in str(response.context["form"].errors["username"])
    assert not world.officer_b.school_memberships.filter(role="teacher").exists()


def test_a_teacher_may_belong_to_two_schools_not_three(client, world):
    second = SchoolFactory(area=world.commune_a, levels=[world.thcs])
    third = SchoolFactory(area=world.commune_a, levels=[world.thcs])
    client.force_login(world.officer_a)
    response = create(client, world, username="GV-LAM-SON", school=second.pk)
    assert response.context["accounts"][0].password == ""  # the account keeps its password
    assert set(world.teacher_a.school_memberships.values_list("school", flat=True)) == {
        world.school_a.pk,
        second.pk,
    }
    response = create(client, world, username="gv-lam-son", school=third.pk)
    assert "đã là giáo viên của 2 trường" in str(response.context["form"].errors["username"])
    response = create(client, world, username="gv-lam-son", school=second.pk)
    assert "đã là giáo viên của trường này" in str(response.context["form"].errors["username"])


def test_teacher_accounts_from_a_spreadsheet(client, world):
    client.force_login(world.officer_a)
    content = (
        "Tên đăng nhập,Họ và tên,Mã trường,Thư điện tử\n"
        "lan.nt,Nguyễn Thị Lan,5850002,lan@example.invalid\n"
        "minh.lv,Lê Văn Minh,5850002,\n"
    ).encode()
    preview = client.post(
        reverse("teachers:import"), {"file": SimpleUploadedFile("gv.csv", content)}
    )
    assert preview.status_code == 200 and not User.objects.filter(username="lan.nt").exists()
    result = client.post(reverse("teachers:import"), {"token": preview.context["token"]})
    accounts = result.context["accounts"]
    assert [account.username for account in accounts] == ["lan.nt", "minh.lv"]
    assert all(account.password in result.content.decode() for account in accounts)
    assert Membership.objects.filter(school=world.school_a, role="teacher").count() == 3


def test_a_bad_teacher_spreadsheet_creates_nobody_and_names_each_error(client, world):
    client.force_login(world.officer_a)
    content = (
        "username,full_name,school\n"
        "lan.nt,Nguyễn Thị Lan,5850002\n"
        "lan.nt,Trùng tên,5850002\n"
        "tam,Phạm Tâm,5840004\n"
        "co dau cach,,9999999\n"
    ).encode()
    response = client.post(
        reverse("teachers:import"), {"file": SimpleUploadedFile("gv.csv", content)}
    )
    assert response.status_code == 400
    errors = [str(error) for error in response.context["result"].errors]
    assert "Dòng 3, cột “Tên đăng nhập (username)”: tên đăng nhập trùng với dòng 2." in errors
    assert any(
        e.startswith("Dòng 4, cột “Mã trường (school)”: không có trường mã “5840004”")
        for e in errors
    )
    assert any(e.startswith("Dòng 5, cột “Tên đăng nhập (username)”") for e in errors)
    assert "Dòng 5, cột “Họ và tên (full_name)”: thiếu họ và tên." in errors
    assert not User.objects.filter(username="lan.nt").exists()


def test_officer_stops_a_teacher_and_keeps_their_sessions(client, world):
    membership = world.teacher_a.school_memberships.get()
    client.force_login(world.officer_a)
    page = client.get(reverse("teachers:edit", args=[membership.pk]))
    assert page.status_code == 200 and "gv-lam-son" in page.content.decode()
    client.post(reverse("teachers:edit", args=[membership.pk]), {"action": "deactivate"})
    membership.refresh_from_db()
    world.teacher_a.refresh_from_db()
    assert not membership.is_active and not world.teacher_a.is_active
    assert world.school_a.sessions.count() == 1
    client.logout()
    assert not client.login(username="gv-lam-son", password="mat-khau-thu-nghiem")

    client.force_login(world.officer_a)
    client.post(reverse("teachers:edit", args=[membership.pk]), {"action": "activate"})
    world.teacher_a.refresh_from_db()
    assert world.teacher_a.is_active
    assert list(
        ModelLogEntry.objects.filter(object_id=str(membership.pk))
        .order_by("pk")
        .values_list("action", flat=True)
    ) == ["schools.membership.deactivate", "schools.membership.activate"]


def test_stopping_one_of_two_schools_keeps_the_account(client, world):
    second = SchoolFactory(area=world.commune_b, levels=[world.thcs])
    Membership.objects.create(user=world.teacher_a, role="teacher", school=second)
    membership = world.teacher_a.school_memberships.get(school=world.school_a)
    client.force_login(world.officer_a)
    client.post(reverse("teachers:edit", args=[membership.pk]), {"action": "deactivate"})
    world.teacher_a.refresh_from_db()
    assert world.teacher_a.is_active
    client.force_login(world.teacher_a)
    assert (
        client.get(reverse("portal:session_detail", args=[world.session_a.pk])).status_code == 404
    )
