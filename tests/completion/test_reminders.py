"""Reminders that escalate, run across a period's schedule with a fake clock: teachers of the
schools not yet complete before the due date (14 and 3 days before), the district officers the
day after it, the province a week later; each reminder once, every one recorded."""

import datetime
import logging
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from completion.models import ReminderSent, ReportingPeriod
from completion.reminders import reminder_steps_due
from completion.services import completion_build, period_save
from completion.wagtail_hooks import portal_school_period
from delivery.models import DeliverySession, SessionStatus
from tests.factories.schools import teacher_create

D = datetime.date


@pytest.fixture
def schedule(world):
    """School A complete, school B pending verification; due 25/01/2027, reminders 14 and 3
    days before. Who has an e-mail address: teacher B, both district officers, the province;
    a second teacher of school B has none."""
    period = period_save(
        period=ReportingPeriod(
            name="Học kỳ I 2026-2027",
            start=D(2026, 9, 1),
            end=D(2027, 1, 20),
            due_date=D(2027, 1, 25),
        )
    )
    DeliverySession.objects.filter(pk=world.session_a.pk).update(status=SessionStatus.VERIFIED)
    completion_build(period=period)  # the worker's rebuild, enqueued on commit
    period.refresh_from_db()
    for user, email in (
        (world.teacher_a, "gv-a@truong.edu.vn"),
        (world.teacher_b, "gv-b@truong.edu.vn"),
        (world.officer_a, "cb-a@pgd.edu.vn"),
        (world.officer_b, "cb-b@pgd.edu.vn"),
        (world.officer_province, "cb-tinh@sgd.edu.vn"),
    ):
        user.email = email
        user.save(update_fields=["email"])
    teacher_create(world.school_b, username="gv-khong-email", first_name="Cô Hạnh", email="")
    return period


def _run(day):
    mail.outbox.clear()
    call_command("completion_remind", today=day)
    return list(mail.outbox)


def test_the_schedule_of_steps():
    period = ReportingPeriod(
        start=D(2026, 9, 1), end=D(2027, 1, 20), due_date=D(2027, 1, 25), reminder_days="14, 3"
    )
    assert period.reminder_offsets == [14, 3]
    assert reminder_steps_due(period=period, today=D(2027, 1, 10)) == []
    assert reminder_steps_due(period=period, today=D(2027, 1, 11)) == ["before:14"]
    assert reminder_steps_due(period=period, today=D(2027, 1, 21)) == ["before:14"]
    assert reminder_steps_due(period=period, today=D(2027, 1, 22)) == ["before:3"]
    assert reminder_steps_due(period=period, today=D(2027, 1, 25)) == ["before:3"]
    assert reminder_steps_due(period=period, today=D(2027, 1, 26)) == ["district"]
    assert reminder_steps_due(period=period, today=D(2027, 2, 2)) == ["district", "province"]
    assert reminder_steps_due(period=period, today=D(2027, 3, 1)) == []  # long past
    period.reminder_days = ""
    assert reminder_steps_due(period=period, today=D(2027, 1, 22)) == []


def test_a_period_across_its_schedule(world, schedule, caplog):
    caplog.set_level(logging.INFO, logger="curriculum.reminders")
    assert _run("2027-01-05") == []  # before the first reminder day

    sent = _run("2027-01-11")
    # Only school B is incomplete: its teacher with an address gets what is missing.
    assert [m.to for m in sent] == [["gv-b@truong.edu.vn"]]
    assert "Trường THCS Phước Thắng" in sent[0].subject and "25/01/2027" in sent[0].subject
    assert "1 buổi dạy đang chờ cán bộ quản lý xác nhận" in sent[0].body
    # The teacher without an address is recorded, not mailed.
    records = ReminderSent.objects.filter(step="before:14")
    assert sorted((r.recipient.username, r.emailed) for r in records) == [
        ("gv-khong-email", False),
        ("gv-phuoc-thang", True),
    ]
    assert _run("2027-01-11") == []  # the same day again: nothing twice
    assert _run("2027-01-12") == []

    sent = _run("2027-01-22")  # three days before
    assert [m.to for m in sent] == [["gv-b@truong.edu.vn"]]
    assert _run("2027-01-25") == []

    sent = _run("2027-01-26")  # the day after the due date: district B's officer only
    assert [m.to for m in sent] == [["cb-b@pgd.edu.vn"]]
    assert "Trường THCS Phước Thắng" in sent[0].body and "5840004" in sent[0].body
    assert "Lâm Sơn" not in sent[0].body
    assert _run("2027-02-01") == []

    sent = _run("2027-02-02")  # a week later: the province gets the districts' lists
    assert [m.to for m in sent] == [["cb-tinh@sgd.edu.vn"]]
    assert "Huyện Bác Ái" in sent[0].body and "Trường THCS Phước Thắng" in sent[0].body
    assert _run("2027-02-03") == []

    steps = sorted(ReminderSent.objects.values_list("step", flat=True))
    assert steps == ["before:14", "before:14", "before:3", "before:3", "district", "province"]
    # Every message logged with ids only.
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert f"recipient={world.teacher_b.pk}" in logged
    assert "@" not in logged and "Phước" not in logged and "gv-" not in logged


def test_a_missed_day_is_caught_up_once(world, schedule):
    sent = _run("2027-01-24")  # nothing ran before: the latest teachers' step only
    assert len(sent) == 1
    assert set(ReminderSent.objects.values_list("step", flat=True)) == {"before:3"}


def test_the_teachers_subject_counts_the_days_really_left(world, schedule):
    """The days left are counted from the day the run is for, not taken from the step."""
    assert "còn 14 ngày đến hạn ghi nhận 25/01/2027" in _run("2027-01-11")[0].subject
    # The three-days-before run missed on 22/01 and caught up on 24/01: one day is left.
    (sent,) = _run("2027-01-24")
    assert sent.subject == "Trường THCS Phước Thắng: còn 1 ngày đến hạn ghi nhận 25/01/2027"
    assert ReminderSent.objects.filter(step="before:3").exists()


def test_a_run_caught_up_on_the_due_date_says_it_is_today(world, schedule):
    (sent,) = _run("2027-01-25")
    assert sent.subject == "Trường THCS Phước Thắng: hôm nay (25/01/2027) là hạn ghi nhận buổi dạy"


def test_officers_see_which_reminders_went_out(client, world, schedule):
    _run("2027-01-11")
    _run("2027-01-26")
    client.force_login(world.officer_b)
    html = client.get(
        reverse("completion_school", args=[world.school_b.pk]), {"period": schedule.pk}
    ).content.decode()
    assert "Nhắc giáo viên 14 ngày trước hạn" in html
    assert "Không có địa chỉ e-mail: hãy báo trực tiếp" in html  # the teacher without one
    listing = client.get(reverse("completion_reminders"), {"period": schedule.pk, "missing": "1"})
    body = listing.content.decode()
    assert listing.status_code == 200 and "Cô Hạnh" in body
    # District A's officer sees none of district B's reminders.
    client.force_login(world.officer_a)
    body = client.get(reverse("completion_reminders"), {"period": schedule.pk}).content.decode()
    assert "Phước Thắng" not in body and "Cô Hạnh" not in body


def test_the_school_page_shows_the_escalation_lists_that_named_it(client, world, schedule):
    """The district's and the province's lists are sent per area; each records the schools it
    named, so the school's page shows them with its teachers' reminders."""
    _run("2027-01-11")
    _run("2027-01-26")
    _run("2027-02-02")
    district = ReminderSent.objects.get(step="district")
    assert list(district.named_schools.all()) == [world.school_b]  # school A is complete
    client.force_login(world.officer_province)
    url = reverse("completion_school", args=[world.school_b.pk])
    html = client.get(url, {"period": schedule.pk}).content.decode()
    assert "Nhắc giáo viên 14 ngày trước hạn" in html
    assert "Danh sách gửi cán bộ huyện sau hạn (Huyện Bác Ái)" in html
    assert "Danh sách gửi cán bộ Sở một tuần sau hạn (Tỉnh Ninh Thuận)" in html
    # School A was complete: no list named it.
    url = reverse("completion_school", args=[world.school_a.pk])
    html = client.get(url, {"period": schedule.pk}).content.decode()
    assert "Danh sách gửi" not in html and "Chưa có lời nhắc nào trong kỳ." in html


def test_the_portal_banner_says_what_is_missing(client, world, schedule):
    period, statuses = portal_school_period(schools=[world.school_b], today=D(2027, 1, 12))
    row = statuses[world.school_b.pk]
    assert row.reminder_due == D(2027, 1, 25) and row.sessions_to_verify == 1
    _, statuses = portal_school_period(schools=[world.school_b], today=D(2027, 1, 5))
    assert not hasattr(statuses[world.school_b.pk], "reminder_due")  # not yet


def test_the_portal_home_shows_the_banner(client, world):
    today = datetime.date.today()
    period = period_save(
        period=ReportingPeriod(
            name="Kỳ sắp đến hạn",
            start=today - datetime.timedelta(days=30),
            end=today + datetime.timedelta(days=2),
            due_date=today + datetime.timedelta(days=5),
        )
    )
    completion_build(period=period)
    client.force_login(world.teacher_b)
    html = client.get(reverse("portal:home")).content.decode()
    assert "Sắp đến hạn ghi nhận" in html
    assert "1 buổi dạy đang chờ cán bộ quản lý xác nhận" in html


def test_the_email_and_the_banner_name_the_missing_levels(client, world, age_bands):
    """School B also serves primary (Tiểu học) and has no session at that level: its teacher's
    e-mail and the portal banner both say which level still needs a session."""
    world.school_b.levels.add(age_bands["tieu-hoc"])
    DeliverySession.objects.filter(pk=world.session_b.pk).update(status=SessionStatus.VERIFIED)
    today = timezone.localdate()
    period = period_save(
        period=ReportingPeriod(
            name="Kỳ sắp đến hạn",
            start=today - datetime.timedelta(days=30),
            end=today + datetime.timedelta(days=2),
            due_date=today + datetime.timedelta(days=5),
        )
    )
    completion_build(period=period)
    world.teacher_b.email = "gv-b@truong.edu.vn"
    world.teacher_b.save(update_fields=["email"])

    (sent,) = _run(today.isoformat())  # within the 14-days-before step
    assert sent.to == ["gv-b@truong.edu.vn"]
    # The template's own words ("Cấp học còn thiếu buổi dạy"), then the level's name only:
    # the THCS level has its verified session.
    assert "\nCấp học còn thiếu buổi dạy: Tiểu học\n" in sent.body
    assert "Trung học cơ sở" not in sent.body

    client.force_login(world.teacher_b)
    html = client.get(reverse("portal:home")).content.decode()
    banner = re.search(r'<p class="message message--error" role="status">(.*?)</p>', html, re.S)
    assert banner and "Sắp đến hạn ghi nhận" in banner[1]
    assert "Cấp học còn thiếu buổi dạy: Tiểu học." in banner[1]
    assert "Trung học cơ sở" not in banner[1]
