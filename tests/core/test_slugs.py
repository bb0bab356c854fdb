"""Slugs from Vietnamese titles keep every letter (core/slugs.py)."""

import pytest

from core.slugs import SLUG_FORMATTERS, VietnameseSlugInput, vietnamese_slugify
from home.models import StandardPage
from lessons.models import LessonPage


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Bảo vệ tài khoản trò chơi trực tuyến", "bao-ve-tai-khoan-tro-choi-truc-tuyen"),
        ("Đừng chia sẻ mật khẩu", "dung-chia-se-mat-khau"),
        ("Ứng xử văn minh trên mạng xã hội!", "ung-xu-van-minh-tren-mang-xa-hoi"),
        ("Lớp 6: Ẩn danh & an toàn", "lop-6-an-danh-an-toan"),
    ],
)
def test_vietnamese_slugify(title, slug):
    assert vietnamese_slugify(title) == slug


def test_page_created_with_only_a_title_gets_a_transliterated_slug(home_page):
    page = home_page.add_child(instance=StandardPage(title="Bảo vệ tài khoản trò chơi trực tuyến"))
    assert page.slug == "bao-ve-tai-khoan-tro-choi-truc-tuyen"
    twin = home_page.add_child(instance=StandardPage(title="Bảo vệ tài khoản trò chơi trực tuyến"))
    assert twin.slug == "bao-ve-tai-khoan-tro-choi-truc-tuyen-2"


def test_full_clean_fills_the_slug_for_a_lesson(lesson_index):
    lesson = LessonPage(title="Đừng chia sẻ mật khẩu")
    lesson._cached_parent_obj = lesson_index
    lesson._set_core_field_defaults()
    assert lesson.slug == "dung-chia-se-mat-khau"


def test_a_slug_given_by_the_editor_is_kept(home_page):
    page = home_page.add_child(instance=StandardPage(title="Đừng chia sẻ", slug="rieng-tu"))
    assert page.slug == "rieng-tu"


def test_admin_slug_field_carries_the_formatters(admin_client, home_page):
    html = admin_client.get(f"/admin/pages/add/home/standardpage/{home_page.pk}/").content.decode()
    assert 'data-controller="w-slug"' in html
    assert "data-w-slug-formatters-value" in html
    widget_html = VietnameseSlugInput().render("slug", "")
    assert "ừ" in widget_html or "\\u1eeb" in widget_html
    assert any(letter == "d" and "đ" in chars for chars, letter in SLUG_FORMATTERS)
