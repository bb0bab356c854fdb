import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import ModelLogEntry

from delivery.models import DeliverySession
from delivery.selectors import session_scope, teacher_session_scope
from schools.models import Area, Membership, School, SchoolPlacement

pytestmark = pytest.mark.django_db


def _counts():
    return [
        model.objects.count()
        for model in (Area, School, SchoolPlacement, Membership, DeliverySession, ModelLogEntry)
    ]


def test_seed_demo_builds_the_schools_once(capsys):
    call_command("seed_demo", "--password", "mot-mat-khau-demo")
    first = _counts()
    assert first[:2] == [69, 231]  # the province, 7 districts, 61 communes; 227 schools + 4
    call_command("seed_demo", "--password", "mot-mat-khau-demo")
    assert _counts() == first


def test_demo_accounts_have_their_scopes():
    call_command("seed_demo", "--password", "mot-mat-khau-demo")
    users = {user.username: user for user in get_user_model().objects.all()}
    # The recent sessions the teachers recorded; the past terms' history is left aside.
    recent = DeliverySession.objects.exclude(notes="Dữ liệu minh họa")
    assert teacher_session_scope(user=users["teacher"]).filter(pk__in=recent).count() == 4
    assert teacher_session_scope(user=users["teacher2"]).filter(pk__in=recent).count() == 1
    assert session_scope(user=users["officer"]).filter(pk__in=recent).count() == 5
    ninh_son = session_scope(user=users["officer_ninhson"])
    assert ninh_son.filter(pk__in=recent).count() == 4
    assert not ninh_son.filter(school__code="5840001").exists()
    assert session_scope(user=users["officer"]).count() == DeliverySession.objects.count()
    assert set(DeliverySession.objects.values_list("status", flat=True)) == {
        "submitted",
        "verified",
        "returned",
    }


def test_the_demo_registry_has_the_provinces_proportions():
    call_command("seed_demo", "--password", "mot-mat-khau-demo")
    general = School.objects.exclude(school_type="care")
    assert general.count() == 227
    top = {"thpt": 0, "thcs": 0, "tieu-hoc": 0}
    for school in general.prefetch_related("levels"):
        slugs = {band.slug for band in school.levels.all()}
        top[next(slug for slug in ("thpt", "thcs", "tieu-hoc") if slug in slugs)] += 1
    assert top == {"tieu-hoc": 144, "thcs": 62, "thpt": 21}
    assert School.objects.filter(school_type="PTDTNT").count() >= 5
    assert School.objects.filter(school_type="PTDTBT").count() >= 10
    assert School.objects.filter(school_type="care").count() == 4
    # Every district has schools, most communes too; generated codes say they are made up.
    assert not Area.objects.filter(level="district", children__isnull=True).exists()
    assert School.objects.filter(code__startswith="DEMO-").count() == 231 - 32
    assert School.objects.filter(name="Trường Tiểu học Vĩnh Hải 2").exists()
    assert School.objects.filter(name="Trường PTDTBT Tiểu học Phước Đại").exists()
    assert SchoolPlacement.objects.filter(end__isnull=True).count() == 231
