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
    # The teacher's guide itself: one to three pages.
    page.evaluate("document.querySelector('.handouts').remove()")
    guide = _pdf_pages(page)
    assert 1 <= guide <= 3, guide
    # Each handout starts a page of its own, and the answer key is on a last page.
    page.reload()
    page.emulate_media(media="print")
    handouts = page.locator(".handout").count()
    assert handouts >= 1 and page.locator(".answer-key").count() == 1
    assert _pdf_pages(page) >= guide + handouts + 1


def _pdf_pages(page) -> int:
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def test_the_teachers_kit_fits_a_390px_phone_and_its_component_filters_the_index(
    demo_site, page_factory
):
    page = page_factory(viewport={"width": 390, "height": 844}, locale="vi-VN")
    page.goto("/bai-hoc/bao-ve-thong-tin-ca-nhan/")
    assert page.locator(".essential-question").is_visible()
    assert page.locator(".vocabulary dt").count() >= 3
    assert page.locator(".family-corner").is_visible()
    assert page.locator(".handout__cards .handout-item, .handout__items .handout-item").count()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, width

    page.locator(".lesson__competences .chip").first.click()
    page.wait_for_load_state()
    assert "nang_luc=" in page.url
    assert page.locator(".lesson-card").count() >= 1
    assert page.locator(".chip--active").count() == 1
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, width


def test_search_without_diacritics_in_the_browser(demo_site, page_factory):
    page = page_factory(locale="vi-VN")
    page.goto("/")
    page.get_by_label("Tìm bài học").fill("lua dao")
    page.get_by_label("Tìm bài học").press("Enter")
    page.wait_for_load_state()
    assert "lừa đảo" in page.locator(".lesson-list").inner_text().lower()
