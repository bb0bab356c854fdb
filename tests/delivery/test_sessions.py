"""Recording, editing, withdrawing, verifying and returning sessions, and their history."""

import datetime
import uuid

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from delivery.models import DeliverySession

pytestmark = pytest.mark.django_db


def form_data(world, **overrides):
    data = {
        "school": world.school_a.pk,
        "lesson": world.lesson.pk,
        "date": (timezone.localdate() - datetime.timedelta(days=1)).isoformat(),
        "class_name": "8A",
        "age_band": world.thcs.pk,
        "audience": "students",
        "participants": 36,
        "girls": 18,
        "ethnic_minority": "",
        "mode": "class",
        "duration_minutes": 45,
        "notes": "Học sinh sôi nổi.",
        "submission_id": str(uuid.uuid4()),
    }
    data.update(overrides)
    return data


def actions(session):
    return list(
        ModelLogEntry.objects.filter(object_id=str(session.pk))
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )


def test_teacher_records_a_session(client, world):
    client.force_login(world.teacher_a)
    response = client.post(reverse("portal:session_create"), form_data(world))
    session = DeliverySession.objects.get(class_name="8A")
    assert response.status_code == 302
    assert response["Location"] == reverse("portal:session_detail", args=[session.pk])
    assert (session.school, session.lesson, session.lesson_title) == (
        world.school_a,
        world.lesson,
        "Bắt nạt trên mạng",
    )
    assert (session.status, session.recorded_by) == ("submitted", world.teacher_a)
    assert actions(session) == ["delivery.session.record"]
    detail = client.get(response["Location"]).content.decode()
    assert "Đã ghi nhận buổi dạy" in detail and "Chờ xác nhận" in detail


def test_a_double_submitted_form_records_one_session(client, world):
    client.force_login(world.teacher_a)
    data = form_data(world)
    first = client.post(reverse("portal:session_create"), data)
    second = client.post(reverse("portal:session_create"), data)
    assert DeliverySession.objects.filter(class_name="8A").count() == 1
    assert first["Location"] == second["Location"]
    assert "biểu mẫu gửi hai lần" in client.get(second["Location"]).content.decode()


def test_the_form_gives_each_visit_a_new_submission_id(client, world):
    client.force_login(world.teacher_a)
    first = client.get(reverse("portal:session_create")).context["form"]
    second = client.get(reverse("portal:session_create")).context["form"]
    assert first["submission_id"].value() != second["submission_id"].value()


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"date": "2999-01-01"}, "date", "Ngày dạy không thể ở tương lai."),
        ({"date": "2001-01-01"}, "date", "Chỉ ghi nhận được buổi dạy từ ngày"),
        ({"girls": 40}, "girls", "Số nữ không thể lớn hơn số người tham gia."),
        ({"ethnic_minority": 99}, "ethnic_minority", "không thể lớn hơn số người tham gia"),
        ({"participants": 0}, "participants", ""),
        ({"participants": "mười"}, "participants", ""),
        ({"class_name": ""}, "class_name", ""),
        ({"mode": "telepathy"}, "mode", ""),
        ({"duration_minutes": 1000}, "duration_minutes", ""),
    ],
)
def test_bad_input_is_a_400_with_the_field_named(client, world, overrides, field, message):
    client.force_login(world.teacher_a)
    response = client.post(reverse("portal:session_create"), form_data(world, **overrides))
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert field in errors and message in " ".join(errors[field])
    assert not DeliverySession.objects.filter(class_name="8A").exists()


def test_only_lessons_for_the_schools_levels_are_offered(client, world):
    client.force_login(world.teacher_a)
    form = client.get(reverse("portal:session_create")).context["form"]
    offered = dict(form.fields["lesson"].choices)
    assert world.lesson.pk in offered and world.primary_lesson.pk not in offered
    response = client.post(
        reverse("portal:session_create"), form_data(world, lesson=world.primary_lesson.pk)
    )
    assert response.status_code == 400 and "lesson" in response.context["form"].errors


def test_an_age_band_the_school_does_not_serve_is_refused(client, world, age_bands):
    client.force_login(world.teacher_a)
    response = client.post(
        reverse("portal:session_create"), form_data(world, age_band=age_bands["thpt"].pk)
    )
    assert response.status_code == 400 and "age_band" in response.context["form"].errors


def test_lesson_search_narrows_the_list_without_javascript(client, world, lesson_index):
    from tests.factories.lessons import LessonPageFactory

    LessonPageFactory(parent=lesson_index, title="Tin giả và kiểm chứng", age_bands=[world.thcs])
    client.force_login(world.teacher_a)
    form = client.get(reverse("portal:session_create"), {"q": "bat nat"}).context["form"]
    titles = [label for value, label in form.fields["lesson"].choices if value]
    assert titles == ["Bắt nạt trên mạng (Trung học cơ sở)"]


def test_i_taught_this_lesson_button_opens_the_form_with_the_lesson(client, world):
    url = world.lesson.url
    assert "Tôi đã dạy bài này" not in client.get(url).content.decode()
    client.force_login(world.officer_a)
    assert "Tôi đã dạy bài này" not in client.get(url).content.decode()
    client.force_login(world.teacher_a)
    html = client.get(url).content.decode()
    link = f"{reverse('portal:session_create')}?lesson={world.lesson.pk}"
    assert f'href="{link}"' in html
    form = client.get(link).context["form"]
    assert form["lesson"].value() == world.lesson.pk
    assert form["duration_minutes"].value() == 40
    assert form["age_band"].value() == world.thcs.pk


def test_a_lesson_for_another_level_in_the_link_is_explained(client, world):
    client.force_login(world.teacher_a)
    response = client.get(reverse("portal:session_create"), {"lesson": world.primary_lesson.pk})
    assert "không dành cho cấp học của trường" in response.content.decode()
    assert response.context["form"]["lesson"].value() is None


def test_teacher_edits_a_returned_session_and_it_goes_back_for_checking(client, world):
    from delivery.services import session_return

    session_return(sessions=[world.session_a], user=world.officer_a, reason="Thiếu số nữ")
    client.force_login(world.teacher_a)
    page = client.get(reverse("portal:session_edit", args=[world.session_a.pk]))
    assert "Thiếu số nữ" in page.content.decode()
    data = form_data(world, class_name="7A", participants=35, girls=17)
    del data["submission_id"]
    response = client.post(reverse("portal:session_edit", args=[world.session_a.pk]), data)
    assert response.status_code == 302
    world.session_a.refresh_from_db()
    assert (world.session_a.status, world.session_a.girls, world.session_a.return_reason) == (
        "submitted",
        17,
        "",
    )
    assert actions(world.session_a)[-2:] == ["delivery.session.return", "delivery.session.edit"]


def test_a_verified_session_can_no_longer_be_edited_or_withdrawn(client, world):
    from delivery.services import session_verify

    session_verify(sessions=[world.session_a], user=world.officer_a)
    client.force_login(world.teacher_a)
    data = form_data(world, class_name="Đổi lớp")
    del data["submission_id"]
    for url in [
        reverse("portal:session_edit", args=[world.session_a.pk]),
        reverse("portal:session_withdraw", args=[world.session_a.pk]),
    ]:
        response = client.post(url, data)
        assert response["Location"] == reverse("portal:session_detail", args=[world.session_a.pk])
    world.session_a.refresh_from_db()
    assert (world.session_a.status, world.session_a.class_name) == ("verified", "7A")


def test_teacher_withdraws_a_session_and_it_is_kept(client, world):
    client.force_login(world.teacher_a)
    assert (
        client.get(reverse("portal:session_withdraw", args=[world.session_a.pk])).status_code == 200
    )
    client.post(reverse("portal:session_withdraw", args=[world.session_a.pk]))
    world.session_a.refresh_from_db()
    assert world.session_a.status == "withdrawn"
    assert "delivery.session.withdraw" in actions(world.session_a)
    listing = client.get(reverse("portal:session_list"), {"trang_thai": "withdrawn"})
    assert world.session_a.lesson_title in listing.content.decode()


def test_officer_verifies_one_session(client, world):
    client.force_login(world.officer_a)
    response = client.post(reverse("sessions:verify", args=[world.session_a.pk]))
    assert response.status_code == 302
    world.session_a.refresh_from_db()
    assert (world.session_a.status, world.session_a.reviewed_by) == ("verified", world.officer_a)
    assert actions(world.session_a)[-1] == "delivery.session.verify"


def test_officer_returns_a_session_with_a_reason_shown_in_its_history(client, world):
    client.force_login(world.officer_a)
    url = reverse("sessions:return", args=[world.session_a.pk])
    assert client.post(url, {"reason": "  "}).status_code == 200  # the form asks again
    client.post(url, {"reason": "Ảnh minh chứng không rõ"})
    world.session_a.refresh_from_db()
    assert (world.session_a.status, world.session_a.return_reason) == (
        "returned",
        "Ảnh minh chứng không rõ",
    )
    history = client.get(reverse("sessions:history", args=[world.session_a.pk]))
    html = history.content.decode()
    assert "Trả lại cho nhà trường" in html and "Ảnh minh chứng không rõ" in html
    client.force_login(world.teacher_a)
    detail = client.get(reverse("portal:session_detail", args=[world.session_a.pk])).content
    assert "Ảnh minh chứng không rõ" in detail.decode()


def test_officer_verifies_and_returns_many_at_a_time(client, world, lesson_index):
    from tests.factories.delivery import DeliverySessionFactory

    more = [
        DeliverySessionFactory(school=world.school_a, lesson=world.lesson, age_band=world.thcs)
        for _ in range(3)
    ]
    client.force_login(world.officer_province)
    verify = reverse("wagtail_bulk_action", args=["delivery", "deliverysession", "verify"])
    ids = "&".join(f"id={session.pk}" for session in [world.session_a, *more[:2]])
    confirm = client.get(f"{verify}?{ids}")
    assert confirm.status_code == 200 and len(confirm.context["items"]) == 3
    client.post(f"{verify}?{ids}&next={reverse('sessions:index')}")
    statuses = set(
        DeliverySession.objects.filter(
            pk__in=[world.session_a.pk, more[0].pk, more[1].pk]
        ).values_list("status", flat=True)
    )
    assert statuses == {"verified"}

    give_back = reverse("wagtail_bulk_action", args=["delivery", "deliverysession", "return"])
    ids = f"id={more[1].pk}&id={more[2].pk}"
    assert client.post(f"{give_back}?{ids}", {"reason": ""}).status_code == 200  # reason needed
    client.post(f"{give_back}?{ids}", {"reason": "Sai ngày dạy"})
    assert set(
        DeliverySession.objects.filter(pk__in=[more[1].pk, more[2].pk]).values_list(
            "status", "return_reason"
        )
    ) == {("returned", "Sai ngày dạy")}


def test_officer_session_filters(client, world):
    client.force_login(world.officer_province)
    url = reverse("sessions:index")
    yesterday = world.session_a.date

    def listed(**params):
        return {session.pk for session in client.get(url, params).context["object_list"]}

    both = {world.session_a.pk, world.session_b.pk}
    assert listed() == both
    assert listed(area=world.district_a.pk) == {world.session_a.pk}
    assert listed(status="verified") == set()
    assert listed(school_type="THCS") == both
    assert listed(school_type="TH") == set()
    assert listed(lesson=world.lesson.pk) == both
    assert listed(date_from=yesterday.isoformat(), date_to=yesterday.isoformat()) == both
    later = (yesterday + datetime.timedelta(days=1)).isoformat()
    assert listed(date_from=later) == set()
    assert listed(q="Phước Thắng") == {world.session_b.pk}


def test_deleting_or_unpublishing_a_lesson_keeps_its_sessions(client, world):
    world.lesson.unpublish()
    client.force_login(world.teacher_a)
    listing = client.get(reverse("portal:session_list")).content.decode()
    assert "Bắt nạt trên mạng" in listing
    # The edit form still offers the unpublished lesson the session was recorded with.
    form = client.get(reverse("portal:session_edit", args=[world.session_a.pk])).context["form"]
    assert world.lesson.pk in dict(form.fields["lesson"].choices)

    world.lesson.delete()
    world.session_a.refresh_from_db()
    assert (world.session_a.lesson, world.session_a.lesson_title) == (None, "Bắt nạt trên mạng")
    assert (
        client.get(reverse("portal:session_detail", args=[world.session_a.pk])).status_code == 200
    )
    client.force_login(world.officer_a)
    inspect = client.get(reverse("sessions:inspect", args=[world.session_a.pk])).content.decode()
    assert "Bắt nạt trên mạng" in inspect and "bài học đã bị xóa" in inspect
