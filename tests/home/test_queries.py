"""Query budget of the home page with the page cache off: at most 10 queries."""

import pytest

from tests.factories.lessons import LessonPageFactory, TopicFactory

MAX_QUERIES = 10


@pytest.mark.django_db
def test_home_page_answers_in_at_most_10_queries(
    client, settings, lesson_index, age_bands, help_contacts, django_assert_max_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    topic = TopicFactory()
    for _ in range(10):
        LessonPageFactory(parent=lesson_index, age_bands=[age_bands["thcs"]], topics=[topic])
    client.get("/")  # the site, menu, settings and lists of this content generation
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get("/")
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    assert len(response.context["latest_lessons"]) == 6
    assert len(response.context["age_bands"]) == 3


@pytest.mark.django_db
def test_home_page_follows_publishing_and_settings_with_the_cache_off(
    client, settings, lesson_index, age_bands, help_contacts
):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/")
    lesson = LessonPageFactory(
        parent=lesson_index, title="Bài vừa xuất bản", age_bands=[age_bands["thcs"]], live=False
    )
    lesson.save_revision().publish()
    help_contacts.hotline_number = "1800 1567"
    help_contacts.save()
    html = client.get("/").content.decode()
    assert "Bài vừa xuất bản" in html
    assert "Gọi 1800 1567" in html
