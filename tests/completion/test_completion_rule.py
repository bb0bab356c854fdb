"""The programme's rule on hand-made schools, through the real session services."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from completion.models import CompletionStatus, ReportingPeriod, SchoolPeriodStatus
from completion.rules import LevelCounts, completion_rule
from completion.services import completion_build, period_save
from delivery.models import DeliverySession, SessionStatus
from schools.models import SchoolPlacement
from tests.factories.delivery import DeliverySessionFactory
from tests.factories.schools import SchoolFactory

START = datetime.date(2026, 9, 5)
END = datetime.date(2027, 1, 15)
DUE = datetime.date(2027, 1, 25)


@pytest.fixture
def period(db):
    return period_save(
        period=ReportingPeriod(name="Học kỳ I 2026–2027", start=START, end=END, due_date=DUE)
    )


@pytest.fixture
def school(tree, age_bands):
    return SchoolFactory(
        name="Trường TH&THCS Lâm Sơn",
        school_type="TH&THCS",
        area=tree.commune_a,
        levels=[age_bands["tieu-hoc"], age_bands["thcs"]],
    )


def _session(school, band, *, status=SessionStatus.VERIFIED, date=None, recorded=None):
    session = DeliverySessionFactory(
        school=school, age_band=band, status=status, date=date or datetime.date(2026, 10, 1)
    )
    if recorded:
        DeliverySession.objects.filter(pk=session.pk).update(
            created_at=timezone.make_aware(datetime.datetime.combine(recorded, datetime.time(10)))
        )
    return session


def _status(period, school):
    completion_build(period=period)
    return SchoolPeriodStatus.objects.filter(period=period, school=school).first()


def test_only_one_of_two_levels_is_in_progress(period, school, age_bands):
    _session(school, age_bands["tieu-hoc"])
    row = _status(period, school)
    assert row.status == CompletionStatus.IN_PROGRESS
    assert row.missing_level_ids == [age_bands["thcs"].pk]


def test_both_levels_submitted_is_pending_then_verified_is_complete(period, school, age_bands):
    sessions = [
        _session(school, age_bands["tieu-hoc"], status=SessionStatus.SUBMITTED),
        _session(school, age_bands["thcs"], status=SessionStatus.SUBMITTED),
    ]
    assert _status(period, school).status == CompletionStatus.PENDING
    DeliverySession.objects.filter(pk__in=[s.pk for s in sessions]).update(
        status=SessionStatus.VERIFIED
    )
    row = _status(period, school)
    assert row.status == CompletionStatus.COMPLETE
    assert row.on_time
    assert row.sessions_counted == 2 and row.participants == 70


def test_recorded_after_the_due_date_is_complete_but_late(period, school, age_bands):
    _session(school, age_bands["tieu-hoc"], recorded=datetime.date(2026, 10, 2))
    _session(school, age_bands["thcs"], recorded=DUE + datetime.timedelta(days=1))
    row = _status(period, school)
    assert row.status == CompletionStatus.COMPLETE
    assert not row.on_time


def test_recorded_on_the_due_date_is_on_time(period, school, age_bands):
    _session(school, age_bands["tieu-hoc"], recorded=DUE)
    _session(school, age_bands["thcs"], recorded=DUE)
    assert _status(period, school).on_time


def test_schools_retired_before_or_opened_after_the_period_are_not_expected(
    period, tree, age_bands
):
    retired = SchoolFactory(area=tree.commune_a, levels=[age_bands["thcs"]], is_active=False)
    SchoolPlacement.objects.filter(school=retired).update(end=START - datetime.timedelta(days=1))
    opened = SchoolFactory(area=tree.commune_a, levels=[age_bands["thcs"]])
    SchoolPlacement.objects.filter(school=opened).update(start=END + datetime.timedelta(days=1))
    closed_during = SchoolFactory(area=tree.commune_a, levels=[age_bands["thcs"]], is_active=False)
    SchoolPlacement.objects.filter(school=closed_during).update(end=datetime.date(2026, 12, 1))
    completion_build(period=period)
    expected = set(
        SchoolPeriodStatus.objects.filter(period=period).values_list("school", flat=True)
    )
    assert retired.pk not in expected
    assert opened.pk not in expected
    assert closed_during.pk in expected  # it was open for part of the period


def test_sessions_outside_the_period_do_not_count(period, school, age_bands):
    _session(school, age_bands["tieu-hoc"], date=START - datetime.timedelta(days=1))
    _session(school, age_bands["thcs"], date=END + datetime.timedelta(days=1))
    assert _status(period, school).status == CompletionStatus.NOT_STARTED


@pytest.mark.parametrize("status", [SessionStatus.RETURNED, SessionStatus.WITHDRAWN])
def test_returned_or_withdrawn_sessions_do_not_count(period, school, age_bands, status):
    _session(school, age_bands["tieu-hoc"])
    _session(school, age_bands["thcs"], status=status)
    assert _status(period, school).status == CompletionStatus.IN_PROGRESS


def test_a_period_may_count_submitted_sessions_and_ask_for_more(period, school, age_bands):
    period.verified_only = False
    period.sessions_required = 2
    period_save(period=period)
    _session(school, age_bands["tieu-hoc"], status=SessionStatus.SUBMITTED)
    _session(school, age_bands["tieu-hoc"])
    _session(school, age_bands["thcs"], status=SessionStatus.SUBMITTED)
    assert _status(period, school).status == CompletionStatus.IN_PROGRESS
    _session(school, age_bands["thcs"], status=SessionStatus.SUBMITTED)
    assert _status(period, school).status == CompletionStatus.COMPLETE


def test_a_school_is_grouped_by_its_area_during_the_period(period, school, tree):
    # Moved to another district after the period: the past report keeps the old unit.
    SchoolPlacement.objects.filter(school=school).update(end=END + datetime.timedelta(days=10))
    SchoolPlacement.objects.create(
        school=school, area=tree.commune_b, start=END + datetime.timedelta(days=10)
    )
    assert _status(period, school).area_id == tree.commune_a.pk


def test_periods_may_not_overlap(period):
    with pytest.raises(ValidationError, match="trùng thời gian"):
        period_save(
            period=ReportingPeriod(
                name="Trùng", start=END, end=END + datetime.timedelta(days=90), due_date=END
            )
        )
    with pytest.raises(ValidationError):
        period_save(period=ReportingPeriod(name="Ngược", start=END, end=START, due_date=END))


def test_rule_without_levels_is_never_complete():
    result = completion_rule(level_ids=[], counts={}, required=1, verified_only=True)
    assert result.status == CompletionStatus.NOT_STARTED
    result = completion_rule(
        level_ids=[1], counts={1: LevelCounts(verified=1)}, required=1, verified_only=True
    )
    assert result.status == CompletionStatus.COMPLETE and not result.on_time


def test_the_session_services_keep_the_status_current(world, period, superuser):
    from delivery.services import session_return, session_verify

    DeliverySession.objects.filter(pk=world.session_a.pk).update(date=datetime.date(2026, 10, 5))
    completion_build(period=period)
    rows = SchoolPeriodStatus.objects.filter(period=period, school=world.school_a)
    assert rows.get().status == CompletionStatus.PENDING
    session_verify(sessions=[world.session_a], user=superuser)
    assert rows.get().status == CompletionStatus.COMPLETE
    session_return(sessions=[world.session_a], user=superuser, reason="Thiếu ảnh minh chứng")
    assert rows.get().status == CompletionStatus.NOT_STARTED


def test_verification_decisions_are_in_the_security_log(caplog, world, superuser):
    import logging

    from delivery.services import session_verify

    with caplog.at_level(logging.INFO, logger="curriculum.security"):
        session_verify(sessions=[world.session_a], user=superuser)
    assert f"session_verified session={world.session_a.pk} user={superuser.pk}" in caplog.text
