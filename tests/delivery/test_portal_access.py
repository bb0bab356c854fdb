"""Who may open each portal URL: a teacher sees only their school, by id, in lists and in
exports; officers and accounts without a school are not teachers; anonymous users log in."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from delivery.views import PORTAL_EXPORT_FIELDS

pytestmark = pytest.mark.django_db


def own_urls(world):
    a = world.session_a.pk
    return [
        ("get", reverse("portal:home")),
        ("get", reverse("portal:session_list")),
        ("get", reverse("portal:session_create")),
        ("get", reverse("portal:session_export")),
        ("get", reverse("portal:session_detail", args=[a])),
        ("get", reverse("portal:session_edit", args=[a])),
        ("get", reverse("portal:session_withdraw", args=[a])),
        ("get", reverse("portal:password_change")),
    ]


def test_anonymous_users_are_sent_to_the_portal_login_page(client, world):
    urls = own_urls(world) + [
        ("get", reverse("portal:evidence", args=[world.evidence_a.pk])),
        ("post", reverse("portal:session_withdraw", args=[world.session_a.pk])),
        ("post", reverse("portal:session_create")),
    ]
    for method, url in urls:
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(f"{reverse('portal:login')}?next="), url


def test_teacher_reaches_every_page_of_their_school(client, world):
    client.force_login(world.teacher_a)
    for _method, url in own_urls(world):
        assert client.get(url).status_code == 200, url
    response = client.get(reverse("portal:evidence", args=[world.evidence_a.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("name", ["session_detail", "session_edit", "session_withdraw"])
def test_teacher_gets_404_for_another_schools_session(client, world, name, method):
    client.force_login(world.teacher_a)
    response = getattr(client, method)(reverse(f"portal:{name}", args=[world.session_b.pk]))
    assert response.status_code == 404
    world.session_b.refresh_from_db()
    assert world.session_b.status == "submitted"


def test_teacher_gets_404_for_another_schools_evidence(client, world):
    client.force_login(world.teacher_a)
    assert client.get(reverse("portal:evidence", args=[world.evidence_b.pk])).status_code == 404


def test_teacher_lists_and_exports_only_their_school(client, world):
    client.force_login(world.teacher_a)
    listing = client.get(reverse("portal:session_list")).content.decode()
    assert reverse("portal:session_detail", args=[world.session_a.pk]) in listing
    assert reverse("portal:session_detail", args=[world.session_b.pk]) not in listing
    export = b"".join(client.get(reverse("portal:session_export")).streaming_content).decode()
    assert export.startswith("\ufeff")
    assert "Trường THCS Lâm Sơn" in export
    assert "Phước Thắng" not in export and "9C-PHUOC-THANG" not in export
    assert export.splitlines()[0].count(";") == len(PORTAL_EXPORT_FIELDS) - 1
    xlsx = client.get(reverse("portal:session_export"), {"format": "xlsx"})
    assert xlsx["Content-Disposition"] == 'attachment; filename="buoi-day.xlsx"'
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    cells = " ".join(str(cell.value) for row in sheet.iter_rows() for cell in row)
    assert "Trường THCS Lâm Sơn" in cells and "Phước Thắng" not in cells
    # Excel first: the list offers XLSX before CSV.
    assert listing.index("?format=xlsx") < listing.index("Tải về (CSV)")
    home = client.get(reverse("portal:home")).content.decode()
    assert "9C-PHUOC-THANG" not in home


def test_teacher_cannot_record_a_session_for_another_school(client, world):
    client.force_login(world.teacher_a)
    response = client.post(
        reverse("portal:session_create"),
        {
            "school": world.school_b.pk,
            "lesson": world.lesson.pk,
            "date": world.session_a.date.isoformat(),
            "class_name": "6A",
            "age_band": world.thcs.pk,
            "audience": "students",
            "participants": 30,
            "mode": "class",
            "duration_minutes": 45,
            "submission_id": "9b3c8c1e-1111-4a4a-9b9b-000000000001",
        },
    )
    assert response.status_code == 400
    assert not world.school_b.sessions.filter(class_name="6A").exists()


@pytest.mark.parametrize("who", ["officer_a", "officer_province", "nobody"])
def test_accounts_that_are_not_teachers_get_a_403_page(client, world, who):
    client.force_login(getattr(world, who))
    for _method, url in own_urls(world):
        if url == reverse("portal:password_change"):
            continue  # any signed-in account may change its password
        response = client.get(url)
        assert response.status_code == 403, url
        assert "dành cho giáo viên" in response.content.decode()


def test_officers_open_evidence_of_their_area_only(client, world):
    client.force_login(world.officer_a)
    assert client.get(reverse("portal:evidence", args=[world.evidence_a.pk])).status_code == 200
    assert client.get(reverse("portal:evidence", args=[world.evidence_b.pk])).status_code == 404
    client.force_login(world.officer_province)
    assert client.get(reverse("portal:evidence", args=[world.evidence_b.pk])).status_code == 200
    client.force_login(world.nobody)
    assert client.get(reverse("portal:evidence", args=[world.evidence_a.pk])).status_code == 404


def test_deactivated_teacher_loses_access(client, world):
    membership = world.teacher_a.school_memberships.get()
    membership.is_active = False
    membership.save()
    client.force_login(world.teacher_a)
    assert client.get(reverse("portal:home")).status_code == 403
    assert client.get(reverse("portal:evidence", args=[world.evidence_a.pk])).status_code == 404


def test_evidence_files_are_not_served_from_media(client, world, settings):
    url = f"{settings.MEDIA_URL}{world.evidence_a.file.name}"
    client.force_login(world.teacher_a)
    assert client.get(url).status_code == 404


def test_portal_login_page_signs_a_teacher_in(client, world):
    response = client.get(reverse("portal:login"))
    assert response.status_code == 200
    bad = client.post(reverse("portal:login"), {"username": "gv-lam-son", "password": "sai"})
    assert bad.status_code == 200 and "không đúng" in bad.content.decode()
    response = client.post(
        reverse("portal:login"), {"username": "gv-lam-son", "password": "mat-khau-thu-nghiem"}
    )
    assert response.status_code == 302 and response["Location"] == reverse("portal:home")


def test_logout_is_post_only(client, world):
    client.force_login(world.teacher_a)
    assert client.get(reverse("portal:logout")).status_code == 405
    assert client.post(reverse("portal:logout")).status_code == 302
    assert client.get(reverse("portal:home")).status_code == 302
