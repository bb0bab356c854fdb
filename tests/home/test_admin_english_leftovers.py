"""Admin words no catalogue reaches, because Wagtail writes them in English, builds them from
field names or stores them: the header's "Actions" landmark, tick/cross cells read as
True/False, the sites listing's headings, a workflow's "Page" field, the page search's "None",
the root page and collection ("Root"). In Vietnamese, and in English when chosen."""

import datetime
import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from wagtail.models import Collection, Page
from wagtail.users.models import UserProfile

from completion.models import ReportingPeriod
from completion.services import period_save
from home import groups

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


def test_page_search_counts_pages_not_none(admin, home_page):
    html = admin.get("/admin/pages/search/", {"q": "a"}).content.decode()
    counts = re.findall(r"trong tổng số \d+ (\w+)", html)
    assert counts and set(counts) == {"trang"}, counts
    assert "None" not in re.sub(r"<[^>]+>", " ", html.split("<main", 1)[1])


def test_root_page_and_root_collection_have_vietnamese_names(admin, home_page):
    assert Page.objects.get(depth=1).title == "Trang gốc"
    assert Collection.objects.get(depth=1).name == "Bộ sưu tập gốc"
    html = admin.get(f"/admin/pages/{home_page.pk}/").content.decode()
    assert "Trang gốc" in html and ">Root<" not in html


def test_group_page_names_the_page_field_and_the_concern_permission_in_vietnamese(admin):
    group = Group.objects.get(name=groups.OFFICERS)
    html = admin.get(f"/admin/groups/edit/{group.pk}/").content.decode()
    # Wagtail shows a custom permission's name without its model's ("báo cáo lo ngại").
    assert re.search(r">\s*Tiếp nhận và xử lý\s*</label>", html)
    assert "Can triage" not in html
    editors = Group.objects.get(name=groups.EDITORS)
    html = admin.get(f"/admin/groups/edit/{editors.pk}/").content.decode()
    label = r'<label class="w-field__label[^"]*" for="id_page_permissions-0-page"[^>]*>\s*(\w+)'
    assert re.findall(label, html) == ["Trang"]
