import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home import groups
from lessons.models import LessonPage


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("bien-tap", password="mat-khau-bien-tap")
    user.groups.add(Group.objects.get(name=groups.EDITORS))
    return user


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("kiem-duyet", password="mat-khau-kiem-duyet")
    user.groups.add(Group.objects.get(name=groups.MODERATORS))
    return user


def _lesson_form(age_band, **extra):
    data = nested_form_data(
        {
            "title": "Nhận biết tin nhắn lừa đảo",
            "slug": "nhan-biet-tin-nhan-lua-dao",
            "summary": "Học sinh nhận ra tin nhắn trúng thưởng giả.",
            "audience": "students",
            "duration_minutes": 45,
            "objectives": "Nhận ra ba dấu hiệu lừa đảo",
            "body": streamfield([("paragraph", rich_text("<p>Tin nhắn trúng thưởng.</p>"))]),
            "teacher_notes": rich_text(""),
            "vocabulary": streamfield([]),
            "handouts": streamfield([]),
            "related_links": inline_formset([]),
            **extra,
        }
    )
    data["age_bands"] = [age_band.pk]  # a multiple choice, sent as repeated values
    return data


@pytest.mark.django_db
def test_submitted_lesson_goes_live_only_when_a_moderator_approves(
    client, lesson_index, age_bands, editor, moderator
):
    client.force_login(editor)
    add_url = reverse("wagtailadmin_pages:add", args=["lessons", "lessonpage", lesson_index.pk])
    response = client.post(add_url, _lesson_form(age_bands["thcs"], **{"action-submit": "1"}))
    assert response.status_code == 302, response.content.decode()[:2000]

    lesson = LessonPage.objects.get(slug="nhan-biet-tin-nhan-lua-dao")
    assert not lesson.live
    assert lesson.current_workflow_state.status == "in_progress"
    client.logout()
    assert client.get("/bai-hoc/nhan-biet-tin-nhan-lua-dao/").status_code == 404
    assert client.get("/search/", {"q": "lua dao"}).context["result_count"] == 0

    # The editor cannot approve their own submission.
    client.force_login(editor)
    task_state = lesson.current_workflow_state.current_task_state
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=[lesson.pk, "approve", task_state.pk]
    )
    client.post(approve_url)
    lesson.refresh_from_db()
    assert not lesson.live

    client.force_login(moderator)
    response = client.post(approve_url)
    assert response.status_code in (200, 302)
    lesson.refresh_from_db()
    assert lesson.live
    client.logout()
    assert client.get("/bai-hoc/nhan-biet-tin-nhan-lua-dao/").status_code == 200


@pytest.mark.django_db
def test_editor_cannot_publish_directly(client, lesson_index, age_bands, editor):
    client.force_login(editor)
    add_url = reverse("wagtailadmin_pages:add", args=["lessons", "lessonpage", lesson_index.pk])
    client.post(add_url, _lesson_form(age_bands["thcs"], **{"action-publish": "1"}))
    lesson = LessonPage.objects.filter(slug="nhan-biet-tin-nhan-lua-dao").first()
    assert lesson is None or not lesson.live
    assert not Page.objects.get(pk=lesson_index.pk).permissions_for_user(editor).can_publish()


@pytest.mark.django_db
def test_editor_preview_and_revisions(client, lesson_index, age_bands, editor):
    client.force_login(editor)
    add_url = reverse("wagtailadmin_pages:add", args=["lessons", "lessonpage", lesson_index.pk])
    client.post(add_url, _lesson_form(age_bands["thcs"]))
    lesson = LessonPage.objects.get(slug="nhan-biet-tin-nhan-lua-dao")
    edit_url = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    client.post(edit_url, _lesson_form(age_bands["thcs"], title="Tin nhắn trúng thưởng giả"))
    assert lesson.revisions.count() == 2
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[lesson.pk])
    form = _lesson_form(age_bands["thcs"], title="Bản xem trước")
    assert client.post(preview_url, form).json()["is_valid"]
    preview = client.get(preview_url)
    assert "Bản xem trước" in preview.content.decode()
