"""Admin words no catalogue reaches, because Wagtail writes them in English or builds them from
field names: the header's "Actions" landmark, tick/cross cells read as True/False, the sites
listing's headings and a workflow's "Page" field. In Vietnamese, and in English when chosen."""

import datetime
import re

import pytest
from django.conf import settings
from wagtail.users.models import UserProfile

from completion.models import ReportingPeriod
from completion.services import period_save

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(client, admin_user):
    client.force_login(admin_user)
    return client


def _headers(html: str) -> list[str]:
    return [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", cell)).strip()
        for cell in re.findall(r"<th\b[^>]*>(.*?)</th>", html, re.S)
    ]


def test_header_actions_landmark_is_named_in_vietnamese(admin):
    html = admin.get("/admin/sites/").content.decode()
    assert '<nav aria-label="Thao tác" id="w-slim-header-buttons"' in html
    assert 'aria-label="Actions"' not in html


def test_sites_listing_headings_are_translated(admin):
    html = admin.get("/admin/sites/").content.decode()
    headers = _headers(html)
    assert {"Cổng", "Tên website", "Trang gốc"} <= set(headers), headers
    assert not {"Port", "Site name", "Root page"} & set(headers)


def test_sites_listing_headings_in_english_when_chosen(admin, admin_user):
    admin.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    headers = _headers(admin.get("/admin/sites/").content.decode())
    assert {"Port", "Site name", "Root page"} <= set(headers), headers


def test_tick_and_cross_cells_are_read_in_vietnamese(admin):
    today = datetime.date.today()
    period_save(
        period=ReportingPeriod(
            name="Học kỳ I",
            start=today,
            end=today + datetime.timedelta(days=30),
            due_date=today + datetime.timedelta(days=40),
        )
    )
    html = admin.get("/admin/reporting_periods/").content.decode()
    assert "Chỉ tính buổi dạy đã xác nhận" in _headers(html)
    cells = re.findall(r"<td\b[^>]*>(.*?)</td>", html, re.S)
    texts = [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", cell)).strip() for cell in cells]
    assert "Có" in texts
    assert not {"True", "False", "None"} & set(texts), texts


def test_a_workflows_page_field_is_labelled_trang(admin):
    html = admin.get("/admin/workflows/edit/1/").content.decode()
    labels = re.findall(
        r'<label class="w-field__label[^"]*" for="id_pages-0-page"[^>]*>\s*(\w+)', html
    )
    assert labels == ["Trang"]
