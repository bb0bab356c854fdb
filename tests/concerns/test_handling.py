"""The officers' queue: scope, triage, actions, history, and the details log."""

import io
import logging
import re

import pytest
from django.db.models import ProtectedError
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from concerns.models import Concern, ConcernEntry, EntryKind, Stage, Urgency
from tests.concerns.conftest import concern_make
from tests.factories.schools import UserFactory

pytestmark = pytest.mark.django_db


def test_a_district_officer_sees_only_their_districts_reports(concerns, world, client_of):
    client = client_of(world.officer_a)
    listing = client.get(reverse("concern_queue:index")).content.decode()
    assert f"#{concerns.a.pk} " in listing
    assert f"#{concerns.b.pk} " not in listing and f"#{concerns.unplaced.pk} " not in listing
    for name in ("inspect", "history"):
        url = reverse(f"concern_queue:{name}", args=[concerns.b.pk])
        assert client.get(url).status_code == 404, name
    for name in ("triage", "action"):
        url = reverse(f"concern_queue:{name}", args=[concerns.b.pk])
        assert (
            client.post(url, {"urgency": "urgent", "kind": "note", "text": "x"}).status_code == 404
        )
    # Filtering by district B's area or searching its code finds nothing either.
    filtered = client.get(reverse("concern_queue:index"), {"area": world.district_b.pk})
    assert f"#{concerns.b.pk} " not in filtered.content.decode()
    searched = client.get(reverse("concern_queue:index"), {"q": concerns.b.code})
    assert f"#{concerns.b.pk} " not in searched.content.decode()


@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_the_export_stays_in_scope_and_holds_no_free_text(concerns, world, client_of, export):
    response = client_of(world.officer_a).get(reverse("concern_queue:index"), {"export": export})
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if export == "xlsx":
        sheet = load_workbook(io.BytesIO(content), read_only=True).active
        rows = [row for row in sheet.iter_rows(values_only=True)]
    else:
        rows = [re.split("[,;]", line) for line in content.decode("utf-8-sig").splitlines()]
    ids = {str(row[0]) for row in rows[1:]}
    assert ids == {str(concerns.a.pk)}
    assert "Chuyện ở trường" not in str(rows)  # no free text in any export


def test_the_province_officer_sees_the_unplaced_ones_and_a_district_officer_does_not(
    concerns, world, client_of
):
    listing = client_of(world.officer_province).get(reverse("concern_queue:index"))
    body = listing.content.decode()
    for concern in (concerns.a, concerns.b, concerns.unplaced):
        assert f"#{concern.pk} " in body
    url = reverse("concern_queue:inspect", args=[concerns.unplaced.pk])
    assert client_of(world.officer_b).get(url).status_code == 404
    assert client_of(world.officer_province).get(url).status_code == 200


def test_teachers_and_people_without_a_role_have_no_queue(concerns, world, client_of):
    for user in (world.teacher_a, world.nobody):
        response = client_of(user).get(reverse("concern_queue:index"))
        assert response.status_code in (302, 403)
        url = reverse("concern_queue:inspect", args=[concerns.a.pk])
        assert client_of(user).get(url).status_code in (302, 403, 404)


def test_every_view_of_the_details_is_logged_with_ids_only(concerns, world, client_of, caplog):
    url = reverse("concern_queue:inspect", args=[concerns.a.pk])
    with caplog.at_level(logging.INFO, logger="curriculum.security"):
        response = client_of(world.officer_a).get(url)
    assert response.status_code == 200
    assert concerns.a.what_happened in response.content.decode()
    assert f"concern_viewed concern={concerns.a.pk} user={world.officer_a.pk}" in caplog.text
    assert concerns.a.what_happened not in caplog.text and concerns.a.code not in caplog.text


def test_triage_actions_and_closing_are_kept_in_the_history(concerns, world, client_of):
    client = client_of(world.officer_a)
    concern = concerns.a
    triage = reverse("concern_queue:triage", args=[concern.pk])
    action = reverse("concern_queue:action", args=[concern.pk])
    response = client.post(triage, {"urgency": "urgent", "handler": world.officer_a.pk})
    assert response.status_code == 302
    concern.refresh_from_db()
    assert concern.stage == Stage.TRIAGED and concern.urgency == Urgency.URGENT
    assert concern.handler == world.officer_a
    assert concern.first_action_due == concern.created_at + timezone.timedelta(hours=24)
    # Someone who does not cover the school cannot be named handler.
    client.post(triage, {"urgency": "urgent", "handler": world.officer_b.pk})
    concern.refresh_from_db()
    assert concern.handler == world.officer_a

    client.post(action, {"kind": "contacted", "text": "Đã gọi cho mẹ của em."})
    client.post(action, {"kind": "referred", "referred_to": "111", "text": ""})
    client.post(action, {"kind": "message", "text": "Cô đã liên hệ với gia đình."})
    client.post(action, {"kind": "closed", "outcome": ""})  # refused: no outcome
    concern.refresh_from_db()
    assert concern.stage == Stage.IN_PROGRESS and concern.first_action_at is not None
    client.post(action, {"kind": "closed", "outcome": "supported", "text": "Em đã ổn."})
    concern.refresh_from_db()
    assert concern.stage == Stage.CLOSED and concern.outcome == "supported"
    assert concern.closed_at is not None
    kinds = list(concern.entries.values_list("kind", flat=True))
    assert kinds == ["submitted", "triaged", "contacted", "referred", "message", "closed"]
    assert list(concern.entries.filter(for_reporter=True).values_list("kind", flat=True)) == [
        "message"
    ]
    # A closed report takes no more actions.
    assert client.post(action, {"kind": "note", "text": "thêm"}).status_code == 302
    assert concern.entries.count() == 6
    page = client.get(reverse("concern_queue:inspect", args=[concern.pk])).content.decode()
    assert "Đã gọi cho mẹ của em." in page and "Tổng đài 111" in page


def test_the_province_places_an_unplaced_report_in_a_district(concerns, world, client_of):
    url = reverse("concern_queue:triage", args=[concerns.unplaced.pk])
    client_of(world.officer_province).post(url, {"urgency": "normal", "school": world.school_b.pk})
    concerns.unplaced.refresh_from_db()
    assert concerns.unplaced.area == world.school_b.area
    page = reverse("concern_queue:inspect", args=[concerns.unplaced.pk])
    assert client_of(world.officer_b).get(page).status_code == 200


def test_history_entries_are_never_deleted(concerns):
    with pytest.raises(ProtectedError):
        concerns.a.delete()
    assert ConcernEntry.objects.filter(concern=concerns.a).exists()


def test_the_queue_puts_urgent_then_overdue_first(world, client_of, superuser):
    now = timezone.now()
    old_normal = concern_make(school=world.school_a, now=now - timezone.timedelta(days=10))
    new_normal = concern_make(school=world.school_a, now=now)
    urgent = concern_make(school=world.school_a, category="threats", now=now)
    body = client_of(world.officer_a).get(reverse("concern_queue:index")).content.decode()
    positions = [body.index(f"#{c.pk} ") for c in (urgent, old_normal, new_normal)]
    assert positions == sorted(positions)
    assert "QUÁ HẠN" in body


def test_the_queue_keeps_its_query_budget(world, client_of, django_assert_max_num_queries):
    for index in range(30):
        concern_make(school=world.school_a if index % 2 else world.school_b)
    client = client_of(world.officer_province)
    client.get(reverse("concern_queue:index"))  # warm the permission caches of the session
    with django_assert_max_num_queries(25):
        assert client.get(reverse("concern_queue:index")).status_code == 200
    url = reverse("concern_queue:inspect", args=[Concern.objects.first().pk])
    with django_assert_max_num_queries(30):
        assert client.get(url).status_code == 200


def test_recipients_without_email_do_not_break_the_handler_list(world):
    assert UserFactory(username="x-no-mail", email="").email == ""
    assert EntryKind.CLOSED in EntryKind.values
