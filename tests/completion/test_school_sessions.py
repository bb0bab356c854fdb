"""A school's completion page: each session links to its admin page, with verify and return
for officers who may, coming back to the school's page afterwards."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from completion.models import ReportingPeriod
from completion.services import completion_build, period_save
from delivery.models import SessionStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def period(world):
    today = datetime.date.today()
    period = period_save(
        period=ReportingPeriod(
            name="Kỳ hiện tại",
            start=today - datetime.timedelta(days=60),
            end=today + datetime.timedelta(days=60),
            due_date=today + datetime.timedelta(days=70),
        )
    )
    completion_build(period=period)
    return period


def _school_page(world, period):
    return f"{reverse('completion_school', args=[world.school_b.pk])}?period={period.pk}"


def test_each_session_links_to_its_admin_page_with_verify_and_return(client, world, period):
    client.force_login(world.officer_b)
    html = client.get(_school_page(world, period)).content.decode()
    session = world.session_b
    assert f'href="{reverse("sessions:inspect", args=[session.pk])}"' in html
    assert f'action="{reverse("sessions:verify", args=[session.pk])}"' in html
    assert f'href="{reverse("sessions:return", args=[session.pk])}?next=' in html
    assert ">Xác nhận</button>" in html and ">Trả lại</a>" in html
    assert '<th scope="col">Thao tác</th>' in html


def test_verifying_from_the_school_page_comes_back_to_it(client, world, period):
    client.force_login(world.officer_b)
    back = _school_page(world, period)
    response = client.post(
        reverse("sessions:verify", args=[world.session_b.pk]), {"next": back}, follow=True
    )
    assert response.redirect_chain[-1][0] == back
    world.session_b.refresh_from_db()
    assert world.session_b.status == SessionStatus.VERIFIED
    html = response.content.decode()
    assert "Đã xác nhận buổi dạy" in html
    # Verified: no verify button any more, return still offered.
    assert f'action="{reverse("sessions:verify", args=[world.session_b.pk])}"' not in html
    assert ">Trả lại</a>" in html


def test_returning_from_the_school_page_asks_a_reason_and_comes_back(client, world, period):
    client.force_login(world.officer_b)
    back = _school_page(world, period)
    return_url = reverse("sessions:return", args=[world.session_b.pk])
    form = client.get(return_url, {"next": back}).content.decode()
    assert f'href="{back.replace("&", "&amp;")}"' in form  # "Hủy" goes back to the school

    empty = client.post(f"{return_url}?next={back}", {"reason": ""})
    assert empty.status_code == 200  # the reason is required; nothing changed
    world.session_b.refresh_from_db()
    assert world.session_b.status == SessionStatus.SUBMITTED

    response = client.post(f"{return_url}?next={back}", {"reason": "Thiếu ảnh minh chứng"})
    assert response.status_code == 302 and response["Location"] == back
    world.session_b.refresh_from_db()
    assert world.session_b.status == SessionStatus.RETURNED
    html = client.get(back).content.decode()
    assert ">Trả lại</a>" not in html and "Trả lại để sửa" in html


def test_a_next_url_off_the_site_is_ignored(client, world, period):
    client.force_login(world.officer_b)
    response = client.post(
        reverse("sessions:verify", args=[world.session_b.pk]), {"next": "https://example.com/"}
    )
    assert response["Location"] == reverse("sessions:inspect", args=[world.session_b.pk])


def test_an_officer_without_the_verify_permission_sees_links_but_no_actions(client, world, period):
    officer = world.officer_b
    officer.groups.clear()
    officer.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_deliverysession"),
    )
    client.force_login(officer)
    html = client.get(_school_page(world, period)).content.decode()
    assert f'href="{reverse("sessions:inspect", args=[world.session_b.pk])}"' in html
    assert f'action="{reverse("sessions:verify", args=[world.session_b.pk])}"' not in html
    assert '<th scope="col">Thao tác</th>' not in html
    response = client.post(reverse("sessions:verify", args=[world.session_b.pk]))
    assert response.status_code in (302, 403)  # Wagtail sends a refused user to the admin home
    world.session_b.refresh_from_db()
    assert world.session_b.status == SessionStatus.SUBMITTED


def test_another_districts_school_is_not_found(client, world, period):
    client.force_login(world.officer_a)
    assert client.get(_school_page(world, period)).status_code == 404


def test_the_sessions_listing_shows_its_exports_as_buttons(client, world):
    client.force_login(world.officer_province)
    html = client.get(reverse("sessions:index")).content.decode()
    header = html.split('class="w-slim-header', 1)[1].split("</header>", 1)[0]
    xlsx = header.find("Tải xuống Excel (XLSX)")
    csv = header.find("Tải xuống CSV")
    assert 0 < xlsx < csv  # Excel first, both visible beside the title
    assert "?export=xlsx" in header and "?export=csv" in header
    assert "#icon-dots-horizontal" not in header  # no "…" menu left holding them
