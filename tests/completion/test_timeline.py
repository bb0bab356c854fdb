"""Issue 18's "Done when", on one timeline: a period run across its schedule with an injected
date (``completion_remind --today``, ``signoff_submit(today=)``). The right people get the right
reminder once, the escalations follow, the district submits and the province approves (the
figures freeze), a session verified afterwards is flagged rather than counted, and the open data
API gives the dashboard's numbers for the period.

Six schools of one province: district A (Ninh Sơn) holds school A (complete) and two THCS
schools not started (A2 with a teacher, A3 without); district B (Bác Ái) holds school B
(pending verification), a THCS school not started (B2, no teacher) and a primary school not
started (B3, with a teacher). Due 25/01/2027, reminders 14 and 3 days before.
"""

import datetime

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse

from completion.api import api_key_create
from completion.figures import tally_data
from completion.models import ReminderSent, ReportingPeriod, SignOffState
from completion.services import completion_build, period_save
from completion.signoff import signoff_approve, signoff_submit
from delivery.models import DeliverySession, SessionStatus
from delivery.services import session_verify
from schools.models import SchoolType
from tests.factories.schools import SchoolFactory, teacher_create

D = datetime.date
DUE = D(2027, 1, 25)
COUNTS = (
    "expected", "complete", "pending", "in_progress", "not_started", "on_time", "participants",
    "enrolment",
)  # fmt: skip


def _day(offset: int) -> D:
    return DUE + datetime.timedelta(days=offset)


def _run(offset: int) -> list:
    """The daily command for the day ``offset`` days from the due date: the mails it sent."""
    mail.outbox.clear()
    call_command("completion_remind", today=_day(offset).isoformat())
    return sorted(mail.outbox, key=lambda message: message.to)


def _to(sent) -> list[str]:
    return [address for message in sent for address in message.to]


@pytest.fixture
def timeline(world, age_bands):
    for session in (world.session_a, world.session_b):
        DeliverySession.objects.filter(pk=session.pk).update(date=D(2027, 1, 10))
    DeliverySession.objects.filter(pk=world.session_a.pk).update(status=SessionStatus.VERIFIED)
    thcs, primary = world.thcs, age_bands["tieu-hoc"]
    schools = {
        "a2": SchoolFactory(code="5850021", area=world.commune_a, levels=[thcs]),
        "a3": SchoolFactory(code="5850022", area=world.commune_a, levels=[thcs]),
        "b2": SchoolFactory(code="5840022", area=world.commune_b, levels=[thcs]),
        "b3": SchoolFactory(
            code="5840023", school_type=SchoolType.TH, area=world.commune_b, levels=[primary]
        ),
    }
    teacher_create(schools["a2"], username="gv-a2", email="gv-a2@truong.edu.vn")
    teacher_create(schools["b3"], username="gv-b3", email="gv-b3@truong.edu.vn")
    for user, email in (
        (world.teacher_a, "gv-a@truong.edu.vn"),
        (world.teacher_b, "gv-b@truong.edu.vn"),
        (world.officer_a, "cb-a@pgd.edu.vn"),
        (world.officer_b, "cb-b@pgd.edu.vn"),
        (world.officer_province, "cb-tinh@sgd.edu.vn"),
    ):
        user.email = email
        user.save(update_fields=["email"])
    period = period_save(
        period=ReportingPeriod(
            name="Học kỳ I 2026-2027", start=D(2026, 9, 1), end=D(2027, 1, 20), due_date=DUE
        )
    )
    completion_build(period=period)  # the worker's rebuild, enqueued on commit
    period.refresh_from_db()
    assert not period.rebuild_pending
    return period


def _counts(group: dict) -> dict:
    return {name: group[name] for name in COUNTS}


def test_a_period_from_its_first_reminder_to_the_open_data(client, world, timeline):
    period = timeline
    teachers = ["gv-a2@truong.edu.vn", "gv-b3@truong.edu.vn", "gv-b@truong.edu.vn"]

    # Reminders: every day from 14 days before the due date to 8 days after, each run twice.
    letters = {}
    for offset in range(-15, 9):
        letters[offset] = _run(offset)
        assert _run(offset) == [], offset  # the same day again: nothing twice
    sent_by_day = {offset: _to(sent) for offset, sent in letters.items()}
    expected = {
        -14: teachers,  # the teachers of the incomplete schools (not school A's)
        -3: teachers,
        1: ["cb-a@pgd.edu.vn", "cb-b@pgd.edu.vn"],  # each district officer, the day after
        8: ["cb-tinh@sgd.edu.vn"],  # the province, a week later
    }
    assert {day: to for day, to in sent_by_day.items() if to} == expected

    # Each teacher once per step; each officer once; nobody reminded about school A.
    rows = ReminderSent.objects.all()
    assert sorted((r.step, r.recipient.username) for r in rows) == sorted(
        [(step, user) for step in ("before:14", "before:3") for user in ("gv-a2", "gv-b3")]
        + [(step, "gv-phuoc-thang") for step in ("before:14", "before:3")]
        + [("district", "cb-ninh-son"), ("district", "cb-bac-ai"), ("province", "cb-tinh")]
    )
    assert not rows.filter(school=world.school_a).exists()

    # What the district officers and the province were sent: each their own district's schools.
    district_a, district_b = (message.body for message in letters[1])
    assert "5840004" in district_b and "5840022" in district_b and "5840023" in district_b
    assert "5850021" not in district_b
    assert "5850021" in district_a and "5850022" in district_a and "5840004" not in district_a
    (province,) = (message.body for message in letters[8])
    assert "Huyện Bác Ái (3)" in province and "Huyện Ninh Sơn (2)" in province

    # Sign-off: not before the period has ended; then district B submits, the province approves.
    with pytest.raises(ValidationError):
        signoff_submit(period=period, area=world.district_b, user=world.officer_b, today=_day(-6))
    sign_off = signoff_submit(
        period=period, area=world.district_b, user=world.officer_b, today=_day(9)
    )
    assert sign_off.state == SignOffState.SUBMITTED
    approved = signoff_approve(sign_off=sign_off, user=world.officer_province)
    assert approved.tally["expected"] == 3 and approved.tally["pending"] == 1

    client.force_login(world.officer_province)
    before = client.get("/admin/completion/", {"period": period.pk}).context["headline"]
    assert (before.expected, before.complete) == (6, 1)

    # School B's session verified after approval: flagged for the next review, not counted.
    session_verify(
        sessions=[DeliverySession.objects.get(pk=world.session_b.pk)], user=world.officer_province
    )
    approved.refresh_from_db()
    assert approved.changed_at and approved.changed_school_ids == [world.school_b.pk]
    page = client.get("/admin/completion/", {"period": period.pk})
    assert page.context["headline"] == before
    assert "Có thay đổi sau khi phê duyệt" in page.content.decode()
    assert dict(page.context["trend"])[period] == before

    # The API, anonymous: the dashboard's numbers, total, by school type and by district.
    client.logout()
    cache.clear()
    data = client.get(reverse("api_v1_figures", args=[period.pk]), {"area": "58"}).json()
    assert _counts(data["total"]) == tally_data(page.context["headline"])
    by_type = {str(label): tally for label, tally in page.context["by_type"]}
    for group in data["by_type"]:
        label = str(SchoolType(group["school_type"]).label)
        if group["school_type"] == SchoolType.TH:
            assert group["suppressed"] is True  # one primary school: not for anonymous callers
        else:
            assert group["suppressed"] is False and group["expected"] == 5
            assert _counts(group) == tally_data(by_type[label])
    by_area = {area.code: tally for area, tally in page.context["by_area"]}
    assert {group["code"] for group in data["by_area"]} == {"584", "585"}
    for group in data["by_area"]:
        assert group["suppressed"] is False
        assert _counts(group) == tally_data(by_area[group["code"]])
    assert tally_data(by_area["584"]) == approved.tally  # district B: its approved figures
    assert data["approved"] == [
        {
            "area": "584",
            "approved_on": data["approved"][0]["approved_on"],
            "changed_after_approval": True,
        }
    ]
    # A staff key sees the primary school's group too, with the dashboard's numbers.
    _, key = api_key_create(user=world.officer_province, name="Sở")
    staff = client.get(
        reverse("api_v1_figures", args=[period.pk]),
        {"area": "58"},
        HTTP_AUTHORIZATION=f"Token {key}",
    ).json()
    assert {
        str(SchoolType(group["school_type"]).label): _counts(group) for group in staff["by_type"]
    } == {label: tally_data(tally) for label, tally in by_type.items()}
