"""The printed report carries the administrative layout (Decree 30/2020/NĐ-CP)."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Site

from completion.models import ReportingPeriod
from completion.services import completion_build, period_save
from home.models import ReportSettings

DASHBOARD = "/admin/completion/"


@pytest.fixture
def period(world):
    today = datetime.date.today()
    period = period_save(
        period=ReportingPeriod(
            name="Học kỳ I",
            start=today - datetime.timedelta(days=60),
            end=today + datetime.timedelta(days=60),
            due_date=today + datetime.timedelta(days=70),
        )
    )
    completion_build(period=period)
    return period


def test_print_view_has_the_administrative_layout(client, world, period):
    settings = ReportSettings.for_site(Site.objects.get(is_default_site=True))
    settings.parent_body = "UBND TỈNH KHÁNH HÒA"
    settings.issuing_body = "SỞ GIÁO DỤC VÀ ĐÀO TẠO KHÁNH HÒA"
    settings.place_name = "Khánh Hòa"
    settings.signer_title = "KT. GIÁM ĐỐC"
    settings.signer_name = "Nguyễn Văn Lãnh Đạo"
    settings.save()
    officer = world.officer_province
    officer.first_name, officer.last_name = "Thị Lập", "Trần"
    officer.save()
    client.force_login(officer)

    html = client.get(DASHBOARD, {"print": "1"}).content.decode()

    today = timezone.localdate()
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in html
    assert "Độc lập - Tự do - Hạnh phúc" in html
    assert f"Khánh Hòa, ngày {today.day} tháng {today.month} năm {today.year}" in html
    assert "UBND TỈNH KHÁNH HÒA" in html and "SỞ GIÁO DỤC VÀ ĐÀO TẠO KHÁNH HÒA" in html
    assert "BÁO CÁO" in html and "kỳ Học kỳ I" in html
    assert "Người lập biểu" in html and officer.get_full_name() in html
    assert "KT. GIÁM ĐỐC" in html and "Nguyễn Văn Lãnh Đạo" in html


def test_print_view_defaults_to_ninh_thuan(client, world, period):
    client.force_login(world.officer_province)
    html = client.get(DASHBOARD, {"print": "1"}).content.decode()
    assert "UBND TỈNH NINH THUẬN" in html and "SỞ GIÁO DỤC VÀ ĐÀO TẠO" in html
    assert "Ninh Thuận, ngày" in html and "GIÁM ĐỐC" in html
    officer = world.officer_province
    officer.first_name = officer.last_name = ""
    officer.save()
    html = client.get(DASHBOARD, {"print": "1"}).content.decode()
    # Without a full name, the preparer is named by the account.
    assert f"<strong>{officer.get_username()}</strong>" in html


def test_print_view_query_budget(client, world, period, django_assert_max_num_queries):
    client.force_login(world.officer_province)
    client.get(DASHBOARD, {"print": "1"})
    with django_assert_max_num_queries(30):
        response = client.get(DASHBOARD, {"print": "1"})
    assert response.status_code == 200
