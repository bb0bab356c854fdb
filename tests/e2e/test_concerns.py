"""A child reports a worry on a phone; an officer triages and acts in the admin; the child
reads the answer with the receipt code; the officers' dashboard figure follows."""

import pytest
from django.contrib.auth.models import Group

from concerns.models import Concern
from home import groups
from home.demo import demo_site_build
from schools.models import AreaLevel, Membership, Role
from tests.factories.schools import AreaFactory, SchoolFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "mat-khau-thu-nghiem-e2e"
PHONE = {"viewport": {"width": 390, "height": 844}, "locale": "vi-VN", "has_touch": True}


@pytest.fixture
def concern_world(django_user_model):
    demo_site_build()
    province = AreaFactory(code="58", name="Tỉnh Ninh Thuận", level=AreaLevel.PROVINCE)
    district = AreaFactory(
        code="585", name="Huyện Ninh Sơn", level=AreaLevel.DISTRICT, parent=province
    )
    school = SchoolFactory(code="5850002", name="Trường THCS Lâm Sơn", area=district)
    officer = django_user_model.objects.create_user(
        "cb-ninh-son", password=PASSWORD, email="cb-ninh-son@example.vn"
    )
    officer.groups.add(Group.objects.get(name=groups.OFFICERS))
    Membership.objects.create(user=officer, role=Role.OFFICER, area=district)
    return school


def _no_sideways_scroll(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_a_child_reports_an_officer_helps_and_the_child_reads_the_answer(
    concern_world, page_factory
):
    phone = page_factory(**PHONE)
    phone.goto("/")
    phone.get_by_role("link", name="Báo cáo việc đáng lo").first.click()
    phone.wait_for_load_state()
    main = phone.locator("main").inner_text()
    assert main.index("hãy gọi 113") < main.index("Chuyện gì đã xảy ra?")
    assert phone.locator("a[href='tel:111']").count() >= 1
    assert phone.locator("input[type=file]").count() == 0
    _no_sideways_scroll(phone)
    phone.get_by_label("Người lạ xin ảnh, rủ gặp mặt").check()
    phone.fill("#id_what_happened", "Có người lạ nhắn tin xin ảnh của em và rủ em đi gặp.")
    phone.fill("#id_where", "Facebook Messenger")
    phone.fill("#id_school", "trường thcs lâm sơn")
    phone.get_by_label("Em là học sinh, trẻ em").check()
    phone.get_by_role("button", name="Gửi báo cáo").click()
    phone.wait_for_load_state()
    code = phone.get_by_test_id("receipt-code").inner_text().strip()
    assert len(code) == 10
    _no_sideways_scroll(phone)
    concern = Concern.objects.get()
    assert concern.school == concern_world and concern.urgency == "urgent"

    desk = page_factory(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    desk.goto("/admin/login/")
    desk.fill("#id_username", "cb-ninh-son")
    desk.fill("#id_password", PASSWORD)
    desk.locator("button[type=submit]").first.click()
    desk.wait_for_load_state()
    desk.goto("/admin/completion/")
    assert "0 / 1 trẻ cần hỗ trợ đã được hỗ trợ" in desk.locator("main").inner_text()

    desk.goto("/admin/concern_queue/")
    desk.get_by_role("link", name=f"#{concern.pk} · Người lạ xin ảnh, rủ gặp mặt").click()
    desk.wait_for_load_state()
    assert "Có người lạ nhắn tin xin ảnh" in desk.locator("main").inner_text()
    desk.select_option("#id_handler", label="cb-ninh-son (cb-ninh-son)")
    desk.get_by_role("button", name="Lưu phân loại").click()
    desk.wait_for_load_state()
    assert "Đã lưu phân loại" in desk.locator("body").inner_text()
    desk.select_option("#id_kind", "message")
    desk.fill("#id_text", "Cô đã nhận được. Em đừng gửi ảnh và đừng đi gặp người đó nhé.")
    desk.get_by_role("button", name="Ghi lại").click()
    desk.wait_for_load_state()
    desk.select_option("#id_kind", "closed")
    desk.select_option("#id_outcome", "supported")
    desk.fill("#id_text", "Đã gặp em và gia đình.")
    desk.get_by_role("button", name="Ghi lại").click()
    desk.wait_for_load_state()
    history = desk.locator("main").inner_text()
    assert "Tin nhắn gửi người báo cáo" in history and "Kết thúc" in history
    concern.refresh_from_db()
    assert concern.stage == "closed" and concern.handler.username == "cb-ninh-son"

    phone.goto("/bao-cao/tra-cuu/")
    phone.fill("#id_code", code.lower())
    phone.get_by_role("button", name="Xem").click()
    phone.wait_for_load_state()
    status = phone.locator("main").inner_text()
    assert "Đã kết thúc" in status
    assert "Em đừng gửi ảnh và đừng đi gặp người đó nhé." in status
    assert "Đã gặp em và gia đình." not in status  # the officers' notes stay with them
    _no_sideways_scroll(phone)
    phone.fill("#id_text", "Cảm ơn cô, người đó không nhắn nữa.")
    phone.get_by_role("button", name="Gửi thêm").click()
    phone.wait_for_load_state()
    assert "Cảm ơn cô, người đó không nhắn nữa." in phone.locator("main").inner_text()

    desk.goto("/admin/completion/")
    assert "1 / 1 trẻ cần hỗ trợ đã được hỗ trợ" in desk.locator("main").inner_text()
