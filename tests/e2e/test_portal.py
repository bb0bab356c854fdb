import io

import pytest
from django.contrib.auth.models import Group
from PIL import Image
from playwright.sync_api import expect

from curriculum.services import curriculum_install
from delivery.models import DeliverySession, Evidence
from home import groups
from home.demo import demo_site_build
from lessons.models import AgeBand
from schools.models import AreaLevel, Membership, Role
from tests.factories.schools import AreaFactory, SchoolFactory

# Transactional, with the data migrations' rows (site, root page, groups) restored after.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "mat-khau-thu-nghiem-e2e"
PHONE = {"viewport": {"width": 390, "height": 844}, "locale": "vi-VN", "has_touch": True}


@pytest.fixture
def portal_world(django_user_model):
    curriculum_install(home=demo_site_build())
    province = AreaFactory(code="58", name="Tỉnh Ninh Thuận", level=AreaLevel.PROVINCE)
    district = AreaFactory(
        code="585", name="Huyện Ninh Sơn", level=AreaLevel.DISTRICT, parent=province
    )
    commune = AreaFactory(
        code="585-02", name="Xã Lâm Sơn", level=AreaLevel.COMMUNE, parent=district
    )
    school = SchoolFactory(
        code="5850002",
        name="Trường THCS Lâm Sơn",
        area=commune,
        levels=[AgeBand.objects.get(slug="thcs")],
    )
    teacher = django_user_model.objects.create_user(
        "gv-lam-son", password=PASSWORD, first_name="Trần Thị Hoa"
    )
    teacher.groups.add(Group.objects.get(name=groups.TEACHERS))
    Membership.objects.create(user=teacher, role=Role.TEACHER, school=school)
    officer = django_user_model.objects.create_user("cb-ninh-son", password=PASSWORD)
    officer.groups.add(Group.objects.get(name=groups.OFFICERS))
    Membership.objects.create(user=officer, role=Role.OFFICER, area=district)
    return school


def class_photo() -> bytes:
    image = Image.new("RGB", (1200, 900), (40, 120, 200))
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (11.0, 34.0, 0.0), 3: "E", 4: (108.0, 59.0, 0.0)}
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def test_teacher_records_from_a_lesson_on_a_phone_and_an_officer_verifies(
    portal_world, page_factory
):
    phone = page_factory(**PHONE)
    phone.goto("/portal/")
    assert "/portal/login/" in phone.url
    phone.fill("#id_username", "gv-lam-son")
    phone.fill("#id_password", PASSWORD)
    phone.get_by_role("button", name="Đăng nhập").click()
    phone.wait_for_load_state()
    assert "Trường THCS Lâm Sơn" in phone.locator("main").inner_text()

    phone.goto("/bai-hoc/bao-ve-thong-tin-ca-nhan/")
    phone.get_by_role("link", name="Tôi đã dạy bài này").click()
    phone.wait_for_load_state()
    assert (
        phone.locator("#id_lesson option:checked")
        .inner_text()
        .startswith("Bảo vệ thông tin cá nhân")
    )
    # The form fits the phone: nothing scrolls sideways.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    phone.fill("#id_class_name", "8A")
    phone.fill("#id_participants", "36")
    phone.fill("#id_girls", "18")
    phone.set_input_files(
        "#id_evidence",
        files=[{"name": "lop-8a.jpg", "mimeType": "image/jpeg", "buffer": class_photo()}],
    )
    phone.check("#id_shows_children")
    phone.get_by_role("button", name="Lưu buổi dạy").click()
    phone.wait_for_load_state()
    # portal.js puts the message into the status region just after load (announced).
    expect(phone.locator("#messages")).to_contain_text("Đã ghi nhận buổi dạy")
    assert "Chờ xác nhận" in phone.locator(".status").inner_text()
    photo = phone.locator(".evidence-item img")
    photo.wait_for()
    assert phone.evaluate("img => img.naturalWidth", photo.element_handle()) > 0

    session = DeliverySession.objects.get()
    assert (session.school, session.class_name, session.participants) == (portal_world, "8A", 36)
    evidence = Evidence.objects.get()
    assert evidence.shows_children and evidence.consent_recorded_by.username == "gv-lam-son"

    desk = page_factory(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    desk.goto("/admin/login/")
    desk.fill("#id_username", "cb-ninh-son")
    desk.fill("#id_password", PASSWORD)
    desk.locator("button[type=submit]").first.click()
    desk.wait_for_load_state()
    desk.goto("/admin/sessions/")
    desk.get_by_role("link", name=session.lesson_title).first.click()
    desk.wait_for_load_state()
    assert "Có hình trẻ em" in desk.locator("main").inner_text()
    desk.get_by_role("button", name="Xác nhận").click()
    desk.wait_for_load_state()
    assert "Đã xác nhận buổi dạy" in desk.locator("body").inner_text()
    session.refresh_from_db()
    assert session.status == "verified" and session.reviewed_by.username == "cb-ninh-son"

    phone.reload()
    assert "Đã xác nhận" in phone.locator(".status").inner_text()
