"""Fragments rendered once per content generation: a signed-in teacher sees a lesson's
content from the cache, and a publish, a setting change or a preview never shows stale text."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Site

from home import groups
from home.models import HelpContacts
from tests.factories.lessons import LessonPageFactory


@pytest.fixture
def teacher_client(client, django_user_model):
    user = django_user_model.objects.create_user("co-hoa", password="mat-khau-thu-nghiem")
    user.groups.add(Group.objects.get(name=groups.TEACHERS))
    client.force_login(user)
    return client


@pytest.fixture
def lesson(settings, lesson_index, age_bands, help_contacts):
    settings.PAGE_CACHE_SECONDS = 0
    return LessonPageFactory(
        parent=lesson_index, age_bands=[age_bands["thcs"]], objectives="Biết giữ kín mật khẩu."
    )


@pytest.mark.django_db
def test_the_lesson_content_is_rendered_once_and_follows_a_publish(teacher_client, lesson):
    assert "Biết giữ kín mật khẩu." in teacher_client.get(lesson.url).content.decode()
    # Changed without a publish (as a stray save would): the fragment of this generation stays.
    type(lesson).objects.filter(pk=lesson.pk).update(objectives="Không được hiện.")
    assert "Biết giữ kín mật khẩu." in teacher_client.get(lesson.url).content.decode()
    lesson.refresh_from_db()
    lesson.objectives = "Biết đặt cụm mật khẩu dài."
    lesson.save_revision().publish()
    html = teacher_client.get(lesson.url).content.decode()
    assert "Biết đặt cụm mật khẩu dài." in html and "Biết giữ kín mật khẩu." not in html


@pytest.mark.django_db
def test_a_hotline_change_reaches_the_cached_help_block(teacher_client, lesson):
    assert 'href="tel:111"' in teacher_client.get(lesson.url).content.decode()
    contacts = HelpContacts.for_site(Site.objects.get(is_default_site=True))
    contacts.hotline_number = "1800 1567"
    contacts.save()
    assert 'href="tel:18001567"' in teacher_client.get(lesson.url).content.decode()


@pytest.mark.django_db
def test_a_preview_renders_its_own_content_and_stores_nothing(rf, home_page):
    from django.template import Context, Template

    template = Template(
        '{% load content_cache %}{% content_cache "t" 1 %}{{ text }}{% endcontent_cache %}'
    )
    live = rf.get("/")
    assert template.render(Context({"request": live, "text": "bản đã xuất bản"})) == (
        "bản đã xuất bản"
    )
    preview = rf.get("/")
    preview.is_preview = True
    assert template.render(Context({"request": preview, "text": "bản nháp"})) == "bản nháp"
    # The preview stored nothing: the live page still gets its own cached fragment.
    assert template.render(Context({"request": live, "text": "khác"})) == "bản đã xuất bản"


@pytest.mark.django_db
def test_a_hotline_change_reaches_the_header_and_footer_of_quiz_pages(client, lesson):
    from django.urls import reverse

    from tests.factories.quizzes import QuizPageFactory

    quiz = QuizPageFactory(parent=lesson)
    attempt_url = client.post(reverse("quizzes:practice_start", args=[quiz.pk]))["Location"]
    before = client.get(attempt_url).content.decode()
    assert before.count('href="tel:111"') == 2  # the header's hotline and the footer's
    contacts = HelpContacts.for_site(Site.objects.get(is_default_site=True))
    contacts.hotline_number = "1800 1567"
    contacts.save()
    after = client.get(attempt_url).content.decode()
    assert after.count('href="tel:18001567"') == 2 and 'href="tel:111"' not in after


@pytest.mark.django_db
def test_each_site_gets_its_own_hotline_in_the_cached_header_and_footer(
    teacher_client, lesson, home_page, settings
):
    settings.ALLOWED_HOSTS = ["*"]
    other = Site.objects.create(hostname="truong-thu-nghiem.example", port=80, root_page=home_page)
    contacts = HelpContacts.for_site(other)
    contacts.hotline_number = "1800 9999"
    contacts.save()
    default = teacher_client.get(lesson.url).content.decode()
    second = teacher_client.get(lesson.url, HTTP_HOST="truong-thu-nghiem.example").content.decode()
    # The header, the footer (and the lesson's help block) of each site show its own hotline.
    assert default.count('href="tel:111"') >= 2 and "18009999" not in default
    assert second.count('href="tel:18009999"') >= 2 and 'href="tel:111"' not in second
