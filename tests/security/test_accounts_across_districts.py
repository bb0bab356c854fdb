"""Teacher accounts stay in their district: a district officer cannot revive an account another
district stopped, attach another district's teacher to their own school (and so read that
teacher's other schools), nor learn from the form which usernames exist.

Every refused username gets the same words, whoever it belongs to, and nothing changes.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from schools.models import Membership, Role
from schools.services.accounts import membership_deactivate
from tests.factories.schools import SchoolFactory
from tests.security.helpers import login

pytestmark = pytest.mark.django_db
User = get_user_model()

NEUTRAL = "Tên đăng nhập này không dùng được; hãy chọn tên khác."
ACTIVATE_REFUSED = "Không kích hoạt lại được tài khoản này trong phạm vi của bạn"


def accounts_state() -> dict:
    return {
        "users": list(User.objects.order_by("pk").values("pk", "username", "is_active")),
        "memberships": list(Membership.objects.order_by("pk").values()),
    }


def create_as(officer, world, username):
    response = login(officer).post(
        reverse("teachers:add"),
        {"username": username, "full_name": "Người Thử", "email": "", "school": world.school_a.pk},
    )
    assert response.status_code == 200
    return response


def username_errors(response) -> list[str]:
    return list(response.context["form"].errors.get("username", []))


@pytest.fixture
def stopped_b(world):
    """Teacher B, stopped by district B: the account can no longer sign in."""
    membership = world.teacher_b.school_memberships.get()
    membership_deactivate(membership=membership, user=world.officer_b)
    world.teacher_b.refresh_from_db()
    assert not world.teacher_b.is_active
    return membership


def test_an_account_another_district_stopped_is_not_revived(world, stopped_b):
    before = accounts_state()
    response = create_as(world.officer_a, world, "gv-phuoc-thang")
    assert username_errors(response) == [NEUTRAL]
    assert "accounts" not in response.context
    assert accounts_state() == before


def test_another_districts_teacher_is_not_attached_to_ones_school(world):
    before = accounts_state()
    response = create_as(world.officer_a, world, "GV-PHUOC-THANG")
    assert username_errors(response) == [NEUTRAL]
    assert accounts_state() == before
    # Nor does district A's officer reach the account's page, nor its other schools.
    membership_b = world.teacher_b.school_memberships.get()
    assert (
        login(world.officer_a).get(reverse("teachers:edit", args=[membership_b.pk])).status_code
        == 404
    )


def test_staff_usernames_get_the_same_words_as_any_refused_username(world, editor, superuser):
    before = accounts_state()
    for username in (editor.username, superuser.username, "cb-bac-ai", "CB-NINH-SON"):
        response = create_as(world.officer_a, world, username)
        assert username_errors(response) == [NEUTRAL], username
        assert username not in response.content.decode().replace(f'value="{username}"', ""), (
            "the answer names the username outside the field itself"
        )
    assert accounts_state() == before


def test_an_account_without_any_school_is_not_taken_over(world):
    before = accounts_state()
    response = create_as(world.officer_a, world, world.nobody.username)
    assert username_errors(response) == [NEUTRAL]
    assert accounts_state() == before


def test_the_teacher_import_gives_the_same_words_and_creates_nobody(world, stopped_b, editor):
    content = (
        "Tên đăng nhập,Họ và tên,Mã trường\n"
        "gv-phuoc-thang,Hồi sinh,5850002\n"
        f"{editor.username},Biên tập,5850002\n"
        "cb-bac-ai,Cán bộ,5850002\n"
        "gv-moi,Giáo viên mới,5850002\n"
    ).encode()
    before = accounts_state()
    client = login(world.officer_a)
    response = client.post(
        reverse("teachers:import"), {"file": SimpleUploadedFile("gv.csv", content)}
    )
    assert response.status_code == 400
    errors = [str(error) for error in response.context["result"].errors]
    assert errors == [
        f"Dòng {line}, cột “Tên đăng nhập (username)”: {NEUTRAL}" for line in (2, 3, 4)
    ]
    assert accounts_state() == before


def test_a_district_officer_still_gives_their_own_teacher_a_second_school(world):
    """The control: an account wholly inside district A is reused as before."""
    second = SchoolFactory(area=world.commune_a, levels=[world.thcs])
    response = login(world.officer_a).post(
        reverse("teachers:add"),
        {"username": "gv-lam-son", "full_name": "Trần Thị Hoa", "email": "", "school": second.pk},
    )
    assert response.context["accounts"][0].user == world.teacher_a
    assert set(world.teacher_a.school_memberships.values_list("school", flat=True)) == {
        world.school_a.pk,
        second.pk,
    }


@pytest.fixture
def shared_teacher(world):
    """Teacher B, given school A too by the province; then district A stopped them there and
    district B stopped them at school B."""
    membership_a = Membership.objects.create(
        user=world.teacher_b, role=Role.TEACHER, school=world.school_a
    )
    membership_b = world.teacher_b.school_memberships.get(school=world.school_b)
    membership_deactivate(membership=membership_a, user=world.officer_a)
    membership_deactivate(membership=membership_b, user=world.officer_b)
    world.teacher_b.refresh_from_db()
    assert not world.teacher_b.is_active
    return membership_a


def test_an_account_shared_with_another_district_is_not_restarted(world, shared_teacher):
    url = reverse("teachers:edit", args=[shared_teacher.pk])
    client = login(world.officer_a)
    page = client.get(url).content.decode()
    assert "gv-phuoc-thang" in page and "Phước Thắng" not in page  # its other school: hidden
    before = accounts_state()
    response = client.post(url, {"action": "activate"}, follow=True)
    assert ACTIVATE_REFUSED in response.content.decode()
    assert accounts_state() == before


def test_the_province_restarts_an_account_in_two_of_its_districts(world, shared_teacher):
    """The control: whoever covers every school of the account may restart it."""
    url = reverse("teachers:edit", args=[shared_teacher.pk])
    login(world.officer_province).post(url, {"action": "activate"})
    shared_teacher.refresh_from_db()
    world.teacher_b.refresh_from_db()
    assert shared_teacher.is_active and world.teacher_b.is_active
