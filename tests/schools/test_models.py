"""The area tree, codes that never change, and who may be what."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.urls import reverse

from schools.models import Area, AreaLevel, Membership, School
from schools.selectors import area_scope, school_scope
from tests.factories.schools import AreaFactory, SchoolFactory

pytestmark = pytest.mark.django_db


def test_paths_make_roll_ups_one_prefix_query(tree):
    assert tree.commune_a.path == "58/585/585-01/"
    under_a = Area.objects.filter(path__startswith=tree.district_a.path)
    assert set(under_a) == {tree.district_a, tree.commune_a}


def test_levels_must_nest(tree):
    with pytest.raises(ValidationError, match="phải thuộc"):
        Area(code="x", name="Huyện lạc", level=AreaLevel.DISTRICT).full_clean()
    with pytest.raises(ValidationError, match="cùng cấp hoặc thấp hơn"):
        Area(code="y", name="Huyện", level=AreaLevel.DISTRICT, parent=tree.district_a).full_clean()
    # Since July 2025 a commune may hang directly under the province.
    Area(code="z", name="Xã mới", level=AreaLevel.COMMUNE, parent=tree.province).full_clean()


def test_no_new_units_under_a_retired_one(tree):
    tree.district_a.retired_on = "2025-07-01"
    tree.district_a.save()
    with pytest.raises(ValidationError, match="đã ngừng hoạt động"):
        Area(code="w", name="Xã", level=AreaLevel.COMMUNE, parent=tree.district_a).full_clean()


def test_school_codes_are_unique_whatever_the_case(tree):
    SchoolFactory(code="ab12", area=tree.commune_a)
    with pytest.raises(IntegrityError):
        SchoolFactory(code="AB12", area=tree.commune_a)


def test_a_schools_code_cannot_be_changed_in_the_admin(client, world, age_bands):
    client.force_login(world.officer_a)
    url = reverse("schools:edit", args=[world.school_a.pk])
    response = client.post(
        url,
        {
            "code": "DOI-MA",
            "name": "Trường THCS Lâm Sơn (đổi tên)",
            "school_type": "THCS",
            "levels": [world.thcs.pk],
            "area": world.commune_a.pk,
            "address": "",
            "enrolment": 700,
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    world.school_a.refresh_from_db()
    assert (world.school_a.code, world.school_a.name) == (
        "5850002",
        "Trường THCS Lâm Sơn (đổi tên)",
    )


def test_officer_adds_a_school_in_their_area_only(client, world):
    client.force_login(world.officer_a)
    data = {
        "code": "5850999",
        "name": "Trường Tiểu học Lâm Sơn B",
        "school_type": "TH",
        "levels": [world.thcs.pk],
        "area": world.commune_b.pk,
        "enrolment": 200,
        "is_active": "on",
    }
    response = client.post(reverse("schools:add"), data)
    assert response.status_code == 200 and not School.objects.filter(code="5850999").exists()
    data["area"] = world.commune_a.pk
    assert client.post(reverse("schools:add"), data).status_code == 302
    school = School.objects.get(code="5850999")
    assert list(school.placements.values_list("area", "start", "end")) == [
        (world.commune_a.pk, None, None)
    ]


def test_officer_adds_areas_under_their_own_only(client, world):
    client.force_login(world.officer_a)
    data = {"code": "585-09", "name": "Xã Mới", "level": "commune", "parent": world.district_b.pk}
    assert client.post(reverse("areas:add"), data).status_code == 200
    data["parent"] = world.district_a.pk
    assert client.post(reverse("areas:add"), data).status_code == 302
    assert Area.objects.get(code="585-09").path == "58/585/585-09/"
    assert Area.objects.get(code="585-09") in area_scope(user=world.officer_a)


def test_membership_role_matches_its_scope(world):
    with pytest.raises(IntegrityError):
        Membership.objects.create(user=world.nobody, role="teacher", area=world.district_a)


def test_province_covers_every_school_below_it(world):
    extra = AreaFactory(
        code="58-200", name="Xã sau sáp nhập", level="commune", parent=world.province
    )
    school = SchoolFactory(area=extra)
    assert school in school_scope(user=world.officer_province)
    assert school not in school_scope(user=world.officer_a)
