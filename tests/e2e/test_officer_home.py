"""A district officer signs in to the admin: their home shows this period's completion in
Vietnamese, the school needing action links to its page, and its session can be opened,
verified there and the page comes back; axe-core finds no WCAG 2.1 AA violation."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from completion.models import ReportingPeriod
from completion.services import completion_build, period_save
from delivery.models import DeliverySession, SessionStatus
from home import groups
from schools.models import AreaLevel, Membership, Role
from tests.factories.delivery import DeliverySessionFactory
from tests.factories.lessons import LessonPageFactory
from tests.factories.schools import AreaFactory, SchoolFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "mat-khau-thu-nghiem-e2e"
DESKTOP = {"viewport": {"width": 1280, "height": 900}, "locale": "vi-VN"}
# Words of Wagtail's English admin that an officer's home would show if a string slipped.
ENGLISH = re.compile(
    r"\b(Dashboard|Pages|Search|Reports|Help|Settings|Your|Recent|Welcome|Awaiting|Actions|"
    r"Schools|Sessions|Completion|complete|Period|Log out|Account)\b"
)


@pytest.fixture
def officer_world(lesson_index, age_bands, django_user_model):
    province = AreaFactory(code="58", name="Tỉnh Ninh Thuận", level=AreaLevel.PROVINCE)
    district = AreaFactory(
        code="585", name="Huyện Ninh Sơn", level=AreaLevel.DISTRICT, parent=province
    )
    commune = AreaFactory(
        code="585-02", name="Xã Lâm Sơn", level=AreaLevel.COMMUNE, parent=district
    )
    school = SchoolFactory(
        code="5850002", name="Trường THCS Lâm Sơn", area=commune, levels=[age_bands["thcs"]]
    )
    teacher = django_user_model.objects.create_user("gv-lam-son", password=PASSWORD)
    teacher.groups.add(Group.objects.get(name=groups.TEACHERS))
    Membership.objects.create(user=teacher, role=Role.TEACHER, school=school)
    officer = django_user_model.objects.create_user("cb-ninh-son", password=PASSWORD)
    officer.groups.add(Group.objects.get(name=groups.OFFICERS))
    Membership.objects.create(user=officer, role=Role.OFFICER, area=district)
    today = datetime.date.today()
    session = DeliverySessionFactory(
        school=school,
        lesson=LessonPageFactory(parent=lesson_index, title="Bảo vệ thông tin cá nhân"),
        age_band=age_bands["thcs"],
        date=today - datetime.timedelta(days=3),
        class_name="8A",
        recorded_by=teacher,
    )
    period = period_save(
        period=ReportingPeriod(
            name="Học kỳ I",
            start=today - datetime.timedelta(days=30),
            end=today + datetime.timedelta(days=60),
            due_date=today + datetime.timedelta(days=70),
            sessions_required=2,  # one recorded session: the school is still in progress
        )
    )
    completion_build(period=period)
    return {"school": school, "session": session, "period": period}


def sign_in(page):
    page.goto("/admin/login/")
    page.fill("#id_username", "cb-ninh-son")
    page.fill("#id_password", PASSWORD)
    page.locator("button[type=submit]").first.click()
    page.wait_for_load_state()


def test_officer_home_in_vietnamese_with_working_drill_down(officer_world, page_factory, axe):
    page = page_factory(**DESKTOP)
    sign_in(page)
    assert page.url.endswith("/admin/")
    panel = page.locator("section", has=page.get_by_role("heading", name="Hoàn thành chương trình"))
    expect(panel.first).to_be_visible()
    text = panel.first.inner_text()
    assert "Kỳ báo cáo: Học kỳ I" in text
    assert "0 / 1 trường hoàn thành (0,0%)" in text
    assert "Trường cần đôn đốc" in text and "Đang thực hiện" in text
    shown = page.locator("body").inner_text()  # the sidebar and the panels
    assert not ENGLISH.findall(shown), f"English on the officer's home: {ENGLISH.findall(shown)}"
    violations = [f"admin home: {line}" for line in axe(page)]

    panel.first.get_by_role("link", name="Trường THCS Lâm Sơn").click()
    page.wait_for_load_state()
    expect(
        page.get_by_role("heading", level=2, name=re.compile("Trường THCS Lâm Sơn"))
    ).to_be_visible()
    school_url = page.url
    row = page.locator("table.completion-sessions tbody tr").first
    assert "Chờ xác nhận" in row.text_content()
    violations += [f"school page: {line}" for line in axe(page)]

    # The session's own admin page, and back.
    row.get_by_role("link", name=officer_world["session"].lesson_title).click()
    page.wait_for_load_state()
    assert "/admin/sessions/inspect/" in page.url
    assert "Người ghi nhận" in page.locator("main").inner_text()
    page.go_back()
    page.wait_for_load_state()

    page.locator("table.completion-sessions tbody tr").first.get_by_role(
        "button", name="Xác nhận"
    ).click()
    page.wait_for_load_state()
    assert page.url == school_url
    assert "Đã xác nhận buổi dạy" in page.locator("body").inner_text()
    row = page.locator("table.completion-sessions tbody tr").first
    assert "Đã xác nhận" in row.text_content()
    expect(row.get_by_role("button", name="Xác nhận")).to_have_count(0)
    expect(row.get_by_role("link", name="Trả lại")).to_be_visible()
    assert DeliverySession.objects.get().status == SessionStatus.VERIFIED

    # From the home's button to the whole dashboard.
    page.goto("/admin/")
    page.get_by_role("link", name="Xem bảng theo dõi hoàn thành").click()
    page.wait_for_load_state()
    assert "/admin/completion/" in page.url
    expect(page.get_by_role("heading", name=re.compile("trường hoàn thành"))).to_be_visible()
    assert not violations, "axe-core:\n" + "\n".join(violations)
