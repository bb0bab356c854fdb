"""A school's counsellor as a report's handler: named by an officer, handling it in the
teacher portal, and seeing nothing else."""

import logging

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from concerns.models import EntryKind, Stage
from concerns.services import concern_reminders_send
from schools.models import Membership, Role
from tests.concerns.conftest import concern_make
from tests.factories.schools import teacher_create

pytestmark = pytest.mark.django_db


def _counsellor_make(school, **fields):
    user = teacher_create(school, **fields)
    Membership.objects.filter(user=user, school=school).update(is_counsellor=True)
    return user


@pytest.fixture
def counsellor_a(world):
    return _counsellor_make(world.school_a, username="tu-van-lam-son", email="tv@example.vn")


def _triage(client, concern, handler):
    return client.post(
        reverse("concern_queue:triage", args=[concern.pk]),
        {"urgency": "urgent", "handler": handler.pk if handler else ""},
    )


def test_an_officer_names_the_schools_counsellor_but_not_another_schools(
    concerns, world, client_of, counsellor_a
):
    counsellor_b = _counsellor_make(world.school_b, username="tu-van-phuoc-thang")
    officer = client_of(world.officer_province)
    page = officer.get(reverse("concern_queue:inspect", args=[concerns.a.pk])).content.decode()
    assert "tu-van-lam-son" in page and "tu-van-phuoc-thang" not in page
    # A plain teacher of the school is no handler either.
    assert "gv-lam-son" not in page

    _triage(officer, concerns.a, counsellor_b)
    concerns.a.refresh_from_db()
    assert concerns.a.handler is None  # refused: not a counsellor of this school
    assert _triage(officer, concerns.a, counsellor_a).status_code == 302
    concerns.a.refresh_from_db()
    assert concerns.a.handler == counsellor_a


def test_the_counsellor_handles_their_report_in_the_portal(
    concerns, world, client_of, counsellor_a, caplog
):
    concerns.a.handler = counsellor_a
    concerns.a.save()
    client = client_of(counsellor_a)
    home = client.get(reverse("portal:home")).content.decode()
    assert reverse("concern_portal:list") in home  # the menu shows the reports

    listing = client.get(reverse("concern_portal:list")).content.decode()
    assert f"Báo cáo #{concerns.a.pk}:" in listing
    assert f"#{concerns.b.pk}:" not in listing and f"#{concerns.unplaced.pk}:" not in listing

    url = reverse("concern_portal:detail", args=[concerns.a.pk])
    with caplog.at_level(logging.INFO, logger="curriculum.security"):
        detail = client.get(url)
    assert "Chuyện ở trường Lâm Sơn" in detail.content.decode()
    assert f"concern_viewed concern={concerns.a.pk} user={counsellor_a.pk}" in caplog.text

    response = client.post(url, {"kind": "contacted", "text": "Đã gặp em và gia đình."})
    assert response.status_code == 302
    concerns.a.refresh_from_db()
    assert concerns.a.stage == Stage.IN_PROGRESS and concerns.a.first_action_at is not None
    entry = concerns.a.entries.get(kind=EntryKind.CONTACTED)
    assert entry.user == counsellor_a

    # Bad input: closing without an outcome is refused and said next to the field.
    refused = client.post(url, {"kind": "closed", "text": ""})
    assert refused.status_code == 400
    assert "Hãy chọn kết quả khi kết thúc." in refused.content.decode()
    concerns.a.refresh_from_db()
    assert concerns.a.stage == Stage.IN_PROGRESS


def test_other_reports_are_404_and_other_teachers_are_refused(
    concerns, world, client_of, counsellor_a
):
    concerns.a.handler = counsellor_a
    concerns.a.save()
    client = client_of(counsellor_a)
    for other in (concerns.b, concerns.unplaced):
        url = reverse("concern_portal:detail", args=[other.pk])
        assert client.get(url).status_code == 404
        assert client.post(url, {"kind": "note", "text": "x"}).status_code == 404
    # A teacher of the same school who is not the counsellor: no page, and no menu link.
    teacher = client_of(world.teacher_a)
    assert teacher.get(reverse("concern_portal:list")).status_code == 403
    assert teacher.get(reverse("concern_portal:detail", args=[concerns.a.pk])).status_code == 403
    assert (
        reverse("concern_portal:list") not in teacher.get(reverse("portal:home")).content.decode()
    )
    # No longer counsellor: the report is out of reach, though still theirs in the history.
    Membership.objects.filter(user=counsellor_a).update(is_counsellor=False)
    assert client.get(reverse("concern_portal:list")).status_code == 403
    Membership.objects.filter(user=counsellor_a).update(is_counsellor=True)
    Membership.objects.filter(user=counsellor_a).update(is_active=False)
    assert client.get(reverse("concern_portal:list")).status_code == 403


def test_an_overdue_report_reminds_the_counsellor_with_a_portal_link(
    concerns, world, counsellor_a, settings
):
    concerns.a.handler = counsellor_a
    concerns.a.save()
    later = timezone.now() + timezone.timedelta(days=10)
    concern_reminders_send(now=later)
    to_counsellor = [m for m in mail.outbox if m.to == ["tv@example.vn"]]
    assert len(to_counsellor) == 1
    assert reverse("concern_portal:detail", args=[concerns.a.pk]) in to_counsellor[0].body
    assert "/admin/" not in to_counsellor[0].body


def test_an_officer_names_a_teacher_counsellor_in_the_admin(world, client_of):
    membership = Membership.objects.get(user=world.teacher_a, role=Role.TEACHER)
    url = reverse("teachers:edit", args=[membership.pk])
    client = client_of(world.officer_a)
    assert client.post(url, {"action": "counsellor"}).status_code == 302
    membership.refresh_from_db()
    assert membership.is_counsellor
    assert "Thôi tư vấn học đường" in client.get(url).content.decode()
    client.post(url, {"action": "not_counsellor"})
    membership.refresh_from_db()
    assert not membership.is_counsellor
    # Another district's officer cannot reach the membership at all.
    assert client_of(world.officer_b).post(url, {"action": "counsellor"}).status_code == 404
    membership.refresh_from_db()
    assert not membership.is_counsellor


def test_the_portal_list_has_a_query_budget(
    concerns, world, client_of, counsellor_a, django_assert_max_num_queries
):
    for n in range(5):
        report = concern_make(school=world.school_a, what_happened=f"Chuyện {n}")
        report.handler = counsellor_a
        report.save()
    client = client_of(counsellor_a)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("concern_portal:list")).status_code == 200
