"""The public form, the receipt and the status page."""

import pytest
from django.urls import reverse

from concerns.models import Concern, ConcernEntry, EntryKind, Stage
from concerns.services import concern_action_record
from quizzes.services import JOIN_CODE_ALPHABET
from tests.concerns.conftest import concern_make

pytestmark = pytest.mark.django_db

VALID = {
    "category": "stranger",
    "what_happened": "Một người lạ trên Facebook xin ảnh và rủ bạn đi gặp.",
    "where": "Facebook Messenger",
    "school": "",
    "reporter_role": "child",
    "contact_preference": "none",
    "contact": "",
    "website": "",
}


def _report(client, **changes):
    return client.post(reverse("concerns:report"), {**VALID, **changes})


def test_the_form_opens_with_the_emergency_numbers_and_has_no_upload(client, help_contacts):
    response = client.get(reverse("concerns:report"))
    body = response.content.decode()
    assert response.status_code == 200
    danger = body.index("Nếu một bạn nhỏ đang gặp nguy hiểm ngay lúc này, hãy gọi 113")
    assert danger < body.index('name="category"')
    assert 'href="tel:113"' in body and 'href="tel:111"' in body
    assert 'type="file"' not in body and "multipart" not in body
    assert "vn-cop.vn" in body and "đừng chuyển tiếp" in body
    assert "giữ bí mật" in body  # the privacy note
    assert "tên của bạn nhỏ" in body  # the child's name is not asked


def test_every_page_links_to_the_form_next_to_the_hotline(client, help_contacts):
    body = client.get(reverse("search")).content.decode()
    assert reverse("concerns:report") in body


def test_a_valid_report_gets_a_code_shown_once(client, world, help_contacts):
    response = _report(client, school=world.school_b.name.upper())
    assert response.status_code == 302
    concern = Concern.objects.get()
    assert len(concern.code) == 10 and set(concern.code) <= set(JOIN_CODE_ALPHABET)
    assert concern.school == world.school_b and concern.area == world.school_b.area
    assert concern.urgency == "urgent"  # a stranger asking for pictures
    assert concern.entries.get().kind == EntryKind.SUBMITTED
    receipt = client.get(response["Location"])
    assert concern.code in receipt.content.decode()
    again = client.get(response["Location"])
    assert concern.code not in again.content.decode()


def test_an_unmatched_school_name_is_kept_for_the_province(client, world, help_contacts):
    _report(client, school="Trường không có thật")
    concern = Concern.objects.get()
    assert concern.school is None and concern.area is None
    assert concern.school_named == "Trường không có thật"


def test_the_honeypot_records_nothing(client, help_contacts):
    response = _report(client, website="http://spam.example")
    assert response.status_code == 302
    assert not Concern.objects.exists()


def test_size_limits_and_required_fields(client, help_contacts):
    response = _report(client, what_happened="a" * 2001)
    assert response.status_code == 400
    response = _report(client, where="b" * 301)
    assert response.status_code == 400
    response = _report(client, category="", reporter_role="")
    assert response.status_code == 400
    assert not Concern.objects.exists()


def test_contact_is_optional_but_checked_when_asked_for(client, help_contacts):
    assert _report(client, contact_preference="phone", contact="").status_code == 400
    assert _report(client, contact_preference="email", contact="khong-phai").status_code == 400
    assert _report(client, contact_preference="phone", contact="0912 345 678").status_code == 302
    _report(client, contact_preference="none", contact="0912 345 678")
    assert list(Concern.objects.order_by("pk").values_list("contact", flat=True)) == [
        "0912 345 678",
        "",
    ]


def test_a_class_can_report_from_one_address_but_a_flood_is_stopped(client, help_contacts):
    for _ in range(30):
        assert _report(client).status_code == 302
    response = _report(client)
    assert response.status_code == 429
    assert Concern.objects.count() == 30


def test_the_status_page_shows_the_stage_and_only_messages_for_the_reporter(
    client, world, superuser, help_contacts
):
    concern = concern_make(school=world.school_a)
    concern_action_record(
        concern=concern, user=superuser, kind="note", text="Ghi chú nội bộ: gọi cô chủ nhiệm"
    )
    concern_action_record(
        concern=concern, user=superuser, kind="message", text="Cô đã nhận được, em yên tâm nhé."
    )
    response = client.post(reverse("concerns:status"), {"code": concern.code.lower()})
    body = response.content.decode()
    assert response.status_code == 200
    assert "Đang hỗ trợ" in body
    assert "Cô đã nhận được, em yên tâm nhé." in body
    assert "Ghi chú nội bộ" not in body
    assert concern.what_happened not in body  # the report itself is not shown back
    assert world.school_a.name not in body


def test_a_wrong_code_finds_nothing_and_guessing_is_limited(client, help_contacts):
    concern = concern_make()
    for _ in range(20):
        response = client.post(reverse("concerns:status"), {"code": "AAAAAAAAAA"})
        assert response.status_code == 404
        assert "Không tìm thấy" in response.content.decode()
    assert client.post(reverse("concerns:status"), {"code": "AAAAAAAAAA"}).status_code == 429
    # The address that guessed is refused even the right code until its hour is over.
    response = client.post(reverse("concerns:status"), {"code": concern.code})
    assert response.status_code == 429


def test_the_reporter_adds_information_as_a_new_entry(client, help_contacts):
    concern = concern_make()
    response = client.post(
        reverse("concerns:add_information"),
        {"code": concern.code, "text": "Người đó lại nhắn tin tối qua."},
    )
    assert response.status_code == 200
    assert "Người đó lại nhắn tin tối qua." in response.content.decode()
    concern.refresh_from_db()
    assert concern.what_happened.startswith("Một bạn")  # nothing edited
    added = ConcernEntry.objects.get(concern=concern, kind=EntryKind.REPORTER_ADDED)
    assert added.for_reporter and added.user is None
    wrong = client.post(reverse("concerns:add_information"), {"code": "AAAAAAAAAA", "text": "x"})
    assert wrong.status_code == 404
    too_long = client.post(
        reverse("concerns:add_information"), {"code": concern.code, "text": "x" * 1001}
    )
    assert too_long.status_code == 400
    assert client.get(reverse("concerns:add_information")).status_code == 405


def test_a_closed_report_still_shows_its_stage(client, superuser, help_contacts):
    concern = concern_make()
    concern_action_record(
        concern=concern, user=superuser, kind="closed", outcome="supported", text=""
    )
    response = client.post(reverse("concerns:status"), {"code": concern.code})
    assert str(Stage.CLOSED.label) in response.content.decode()


def test_the_public_form_keeps_its_query_budget(
    client, world, help_contacts, django_assert_max_num_queries
):
    with django_assert_max_num_queries(12):
        assert client.get(reverse("concerns:report")).status_code == 200
    with django_assert_max_num_queries(16):
        assert _report(client, school=world.school_a.name).status_code == 302
