"""Deadlines in working days, overdue flags, the daily reminders and retention."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from concerns.models import Concern, ConcernEntry, Stage
from concerns.selectors import concern_due, concern_is_overdue
from concerns.services import concern_action_record, concern_purge, concern_triage
from tests.concerns.conftest import WEDNESDAY, concern_make

pytestmark = pytest.mark.django_db


def _local(*args):
    return timezone.make_aware(datetime.datetime(*args))


@pytest.mark.parametrize(
    ("received", "due"),
    [
        ((2026, 3, 4, 10, 0), (2026, 3, 9, 10, 0)),  # Wednesday → Monday
        ((2026, 3, 6, 16, 30), (2026, 3, 11, 16, 30)),  # Friday → Wednesday
        ((2026, 3, 7, 9, 0), (2026, 3, 11, 9, 0)),  # Saturday → Wednesday
        ((2026, 3, 2, 8, 0), (2026, 3, 5, 8, 0)),  # Monday → Thursday
    ],
)
def test_a_normal_report_is_due_in_three_working_days(received, due):
    assert concern_due(received=_local(*received), urgency="normal") == _local(*due)


def test_an_urgent_report_is_due_in_24_hours_weekend_or_not():
    saturday = _local(2026, 3, 7, 22, 0)
    assert concern_due(received=saturday, urgency="urgent") == _local(2026, 3, 8, 22, 0)


def test_overdue_means_no_first_action_by_the_deadline(world, superuser):
    concern = concern_make(school=world.school_a, now=WEDNESDAY)
    assert not concern_is_overdue(concern=concern, now=_local(2026, 3, 9, 9, 59))
    assert concern_is_overdue(concern=concern, now=_local(2026, 3, 9, 10, 1))
    concern_triage(concern=concern, user=superuser, urgency="normal", handler=None, school=None)
    concern.refresh_from_db()
    assert concern_is_overdue(concern=concern, now=_local(2026, 3, 9, 10, 1))  # triage is no action
    concern_action_record(
        concern=concern, user=superuser, kind="contacted", now=_local(2026, 3, 10, 8, 0)
    )
    concern.refresh_from_db()
    assert not concern_is_overdue(concern=concern, now=_local(2026, 3, 20))


def test_reminders_go_once_a_day_to_the_handler_and_the_areas_officers(world, superuser, caplog):
    world.officer_a.email = "cb-ninh-son@example.vn"
    world.officer_a.save()
    world.officer_province.email = ""  # no address: skipped and counted
    world.officer_province.save()
    world.officer_b.email = "cb-bac-ai@example.vn"
    world.officer_b.save()
    overdue = concern_make(school=world.school_a, now=WEDNESDAY)
    concern_make(school=world.school_a, now=_local(2026, 3, 9, 9, 0))  # not yet due
    mail.outbox.clear()
    monday = "2026-03-09T11:00:00"
    with caplog.at_level("INFO", logger="curriculum.concerns"):
        call_command("concerns_remind", now=monday)
    assert [message.to for message in mail.outbox] == [["cb-ninh-son@example.vn"]]
    assert f"#{overdue.pk}" in mail.outbox[0].subject
    assert overdue.what_happened not in mail.outbox[0].body
    assert overdue.code not in mail.outbox[0].body
    assert f"concern_reminded concern={overdue.pk} sent=1 skipped=1" in caplog.text
    call_command("concerns_remind", now="2026-03-09T17:00:00")  # same day: nothing more
    assert len(mail.outbox) == 1
    call_command("concerns_remind", now="2026-03-10T08:00:00")  # the next day: again
    assert len(mail.outbox) == 2
    concern_action_record(concern=overdue, user=superuser, kind="contacted")
    call_command("concerns_remind", now="2026-03-11T08:00:00")  # acted on: no more
    assert len(mail.outbox) == 2


def test_the_handler_is_reminded_too(world, superuser):
    handler = world.officer_a
    handler.email = "nguoi-xu-ly@example.vn"
    handler.save()
    concern = concern_make(school=world.school_a, now=WEDNESDAY)
    concern_triage(concern=concern, user=superuser, urgency="urgent", handler=handler, school=None)
    mail.outbox.clear()
    call_command("concerns_remind", now="2026-03-05T11:00:00")  # 25 hours later
    assert [message.to for message in mail.outbox] == [["nguoi-xu-ly@example.vn"]]


def test_purge_strips_text_and_contacts_of_long_closed_reports(world, superuser, settings):
    settings.CONCERN_RETENTION_DAYS = 730
    old = concern_make(
        school=world.school_a, contact_preference="phone", contact="0912345678", now=WEDNESDAY
    )
    concern_action_record(
        concern=old, user=superuser, kind="closed", outcome="supported", text="Đã gặp gia đình",
        now=_local(2026, 3, 5, 10, 0),
    )  # fmt: skip
    recent = concern_make(school=world.school_a, contact_preference="phone", contact="0987654321")
    still_open = concern_make(school=world.school_a, now=WEDNESDAY)
    Concern.objects.filter(pk=still_open.pk).update(created_at=_local(2020, 1, 1))

    assert concern_purge(days=730, now=_local(2028, 3, 6, 10, 0)) == 1
    old.refresh_from_db()
    assert old.what_happened == "" and old.where == "" and old.contact == ""
    assert old.purged_at is not None
    assert (old.category, old.area, old.outcome, old.stage) == (
        "bullying",
        world.school_a.area,
        "supported",
        Stage.CLOSED,
    )
    assert old.created_at == WEDNESDAY and old.closed_at is not None
    assert set(ConcernEntry.objects.filter(concern=old).values_list("text", flat=True)) == {""}
    assert ConcernEntry.objects.filter(concern=old).count() == 2  # entries kept, emptied
    recent.refresh_from_db()
    assert recent.contact == "0987654321"
    call_command("purge_concerns")  # the daily command: nothing else is old enough
    still_open.refresh_from_db()
    assert still_open.what_happened
