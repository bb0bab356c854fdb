"""An editor types a Vietnamese title; the slug field shows every letter transliterated."""

import pytest
from playwright.sync_api import expect

from home.models import HomePage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "mat-khau-thu-nghiem-e2e"


def test_editor_typing_a_vietnamese_title_gets_a_transliterated_slug(
    home_page, django_user_model, page_factory
):
    django_user_model.objects.create_superuser("bien-tap", "bt@example.invalid", PASSWORD)
    home = HomePage.objects.get()
    page = page_factory(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page.goto("/admin/login/")
    page.fill("#id_username", "bien-tap")
    page.fill("#id_password", PASSWORD)
    page.locator("button[type=submit]").first.click()
    page.wait_for_load_state()
    page.goto(f"/admin/pages/add/home/standardpage/{home.pk}/")
    page.locator("#id_title").press_sequentially("Bảo vệ tài khoản trò chơi trực tuyến")
    page.locator("#id_title").blur()
    expect(page.locator("#id_slug")).to_have_value(
        "bao-ve-tai-khoan-tro-choi-truc-tuyen", timeout=5000
    )
