import re

import pytest

from curriculum.services import curriculum_install
from home.demo import demo_site_build

# Transactional, with the data migrations' rows (site, root page, groups) restored after.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def demo_site():
    home = demo_site_build()
    curriculum_install(home=home)
    return home


def test_teacher_reaches_thcs_privacy_lessons_in_two_clicks_and_prints_one(demo_site, page_factory):
    page = page_factory(viewport={"width": 390, "height": 844}, locale="vi-VN")
    page.goto("/")
    page.get_by_role("link", name="Trung học cơ sở").click()  # click 1
    page.get_by_role("link", name=re.compile(r"^Bảo vệ thông tin cá nhân \d+")).click()  # click 2
    page.wait_for_load_state()
    assert "cap=thcs" in page.url and "chu_de=thong-tin-ca-nhan" in page.url
    titles = page.locator(".lesson-card .card__title").all_inner_texts()
    assert "Bảo vệ thông tin cá nhân và cài đặt quyền riêng tư" in titles

    page.get_by_role("link", name="Bảo vệ thông tin cá nhân và cài đặt quyền riêng tư").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().startswith("Bảo vệ thông tin cá nhân")

    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".site-footer").is_visible()
    assert not page.locator(".breadcrumb").is_visible()
    assert page.locator(".activity").first.is_visible()
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))
    assert 1 <= pages <= 3, pages


def test_search_without_diacritics_in_the_browser(demo_site, page_factory):
    page = page_factory(locale="vi-VN")
    page.goto("/")
    page.get_by_label("Tìm bài học").fill("lua dao")
    page.get_by_label("Tìm bài học").press("Enter")
    page.wait_for_load_state()
    assert "lừa đảo" in page.locator(".lesson-list").inner_text().lower()
