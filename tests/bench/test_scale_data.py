"""The synthetic national data set of bench/scale_data/: consistent enough that the dashboard
measured on it means something, and never written into a database that already holds real data."""

import datetime
from collections import Counter, defaultdict

import pytest
from django.db.models.functions import Upper
from django.utils import timezone

from bench.scale_data import ScaleDataError, main, scale_data_generate
from completion.models import ReportingPeriod, SchoolPeriodStatus
from delivery.models import DeliverySession, SessionStatus
from schools.models import Area, AreaLevel, School, SchoolPlacement
from tests.factories.schools import AreaFactory

SCHOOLS, SESSIONS, PERIODS = 50, 800, 3


@pytest.fixture
def summary(db):
    return scale_data_generate(schools=SCHOOLS, sessions=SESSIONS, periods=PERIODS, seed=7)


def test_counts_match_the_request_and_the_summary(summary):
    assert School.objects.count() == summary.schools == SCHOOLS
    assert DeliverySession.objects.count() == summary.sessions == SESSIONS
    assert ReportingPeriod.objects.count() == summary.periods == PERIODS
    assert Area.objects.count() == summary.areas
    assert SchoolPeriodStatus.objects.count() == summary.status_rows
    # One placement per school: a single current one, or one that ended when it closed.
    assert SchoolPlacement.objects.values("school").distinct().count() == SCHOOLS
    assert SchoolPlacement.objects.count() == SCHOOLS


def test_area_tree_has_three_levels_and_consistent_paths(summary):
    areas = {area.pk: area for area in Area.objects.all()}
    levels = Counter(area.level for area in areas.values())
    assert levels[AreaLevel.PROVINCE] >= 1
    assert levels[AreaLevel.DISTRICT] >= levels[AreaLevel.PROVINCE]
    assert levels[AreaLevel.COMMUNE] > levels[AreaLevel.DISTRICT]
    for area in areas.values():
        parent = areas.get(area.parent_id)
        assert area.path == f"{parent.path if parent else ''}{area.code}/"
        expected_parent_level = {
            AreaLevel.PROVINCE: None,
            AreaLevel.DISTRICT: AreaLevel.PROVINCE,
            AreaLevel.COMMUNE: AreaLevel.DISTRICT,
        }[area.level]
        assert (parent.level if parent else None) == expected_parent_level
    assert not School.objects.exclude(area__level=AreaLevel.COMMUNE).exists()


def test_school_codes_are_unique_and_levels_fit_the_type(summary):
    codes = list(School.objects.annotate(upper=Upper("code")).values_list("upper", flat=True))
    assert len(set(codes)) == len(codes) == SCHOOLS
    levels = defaultdict(set)
    for school_type, slug in School.objects.values_list("school_type", "levels__slug"):
        levels[school_type].add(slug)
    assert levels.get("TH", {"tieu-hoc"}) == {"tieu-hoc"}
    assert levels.get("THCS", {"thcs"}) == {"thcs"}
    assert levels.get("THPT", {"thpt"}) == {"thpt"}
    assert not School.objects.filter(levels__isnull=True).exists()


def test_every_session_belongs_to_one_of_its_schools_levels(summary):
    school_levels = set(School.levels.through.objects.values_list("school_id", "ageband_id"))
    sessions = DeliverySession.objects.values_list("school_id", "age_band_id")
    assert all(pair in school_levels for pair in sessions)


def test_sessions_fall_inside_the_periods_and_the_schools_open_days(summary):
    periods = list(ReportingPeriod.objects.order_by("start"))
    placements = {p.school_id: p for p in SchoolPlacement.objects.all()}
    today = timezone.localdate()
    now = timezone.now()
    for session in DeliverySession.objects.all():
        assert any(p.start <= session.date <= p.end for p in periods)
        assert session.date <= today
        assert session.created_at <= now
        assert session.created_at.date() >= session.date - datetime.timedelta(days=1)
        placement = placements[session.school_id]
        assert placement.start is None or session.date >= placement.start
        assert placement.end is None or session.date < placement.end
        assert session.lesson_id is None and session.lesson_title
        assert session.recorded_by.username == "scale-data-teacher"
    statuses = Counter(DeliverySession.objects.values_list("status", flat=True))
    assert statuses[SessionStatus.VERIFIED] > SESSIONS / 2
    assert statuses[SessionStatus.SUBMITTED] > 0


def test_periods_are_half_years_up_to_today_without_overlap(summary):
    periods = list(ReportingPeriod.objects.order_by("start"))
    for earlier, later in zip(periods, periods[1:], strict=False):
        assert earlier.end < later.start
    for period in periods:
        assert period.start < period.end < period.due_date
        period.full_clean()  # the model's own overlap check agrees
    assert periods[-1].start <= timezone.localdate()


def test_status_rows_cover_every_expected_school_of_every_period(summary):
    placements = list(SchoolPlacement.objects.select_related("school"))
    for period in ReportingPeriod.objects.all():
        expected = {
            p.school_id
            for p in placements
            if (p.start is None or p.start <= period.end)
            and (p.end is None or p.end > period.start)
            and (p.school.is_active or p.end is not None)
        }
        rows = set(
            SchoolPeriodStatus.objects.filter(period=period).values_list("school_id", flat=True)
        )
        assert rows and rows == expected


def test_a_second_run_is_refused_and_writes_nothing(summary):
    with pytest.raises(SystemExit, match="cơ sở dữ liệu trống"):
        main(["--schools", "10", "--sessions", "10"])
    assert School.objects.count() == SCHOOLS
    assert DeliverySession.objects.count() == SESSIONS


def test_a_database_with_a_real_area_tree_is_refused(db):
    AreaFactory(code="58", name="Tỉnh Ninh Thuận", level=AreaLevel.PROVINCE)
    with pytest.raises(ScaleDataError):
        scale_data_generate(schools=5, sessions=5, periods=1, seed=1)
    assert not School.objects.exists()


def test_bad_sizes_are_refused(db):
    with pytest.raises(ScaleDataError):
        scale_data_generate(schools=0, sessions=5, periods=1, seed=1)
    assert not Area.objects.exists()


def test_command_line_prints_a_summary(db, capsys):
    main(["--schools", "5", "--sessions", "40", "--periods", "2", "--seed", "3"])
    output = capsys.readouterr().out
    assert "5 trường" in output and "40 buổi dạy" in output
    assert DeliverySession.objects.count() == 40
