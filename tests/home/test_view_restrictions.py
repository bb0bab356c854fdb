"""Page privacy from the cached list of restricted paths: no query for a public page, and a
restriction added or removed anywhere above a page counts at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.factories.lessons import LessonPageFactory


@pytest.fixture
def lesson(settings, lesson_index, age_bands, help_contacts):
    settings.PAGE_CACHE_SECONDS = 0
    return LessonPageFactory(parent=lesson_index, age_bands=[age_bands["thcs"]])


def _restriction_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return sum("wagtailcore_pageviewrestriction" in query["sql"] for query in queries)


@pytest.mark.django_db
def test_a_public_page_is_served_without_reading_restrictions(client, lesson):
    client.get(lesson.url)  # fills the content generation's cache
    assert _restriction_queries(client, lesson.url) == 0


@pytest.mark.django_db
def test_a_restriction_on_an_ancestor_closes_the_page_at_once_and_opening_it_reopens(
    client, lesson, lesson_index
):
    assert client.get(lesson.url).status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=lesson_index, restriction_type=PageViewRestriction.LOGIN
    )
    refused = client.get(lesson.url)
    assert refused.status_code == 302 and "login" in refused["Location"]
    restriction.delete()
    assert client.get(lesson.url).status_code == 200


@pytest.mark.django_db
def test_a_password_restriction_still_asks_for_the_password(client, lesson):
    PageViewRestriction.objects.create(
        page=lesson, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau-lop"
    )
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()
    assert lesson.summary not in response.content.decode()


@pytest.mark.django_db
def test_a_quiz_under_a_restricted_lesson_is_closed_too(client, lesson):
    from tests.factories.quizzes import QuizPageFactory

    quiz = QuizPageFactory(parent=lesson)
    client.get(quiz.url)
    assert _restriction_queries(client, quiz.url) == 0
    PageViewRestriction.objects.create(page=lesson, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(quiz.url).status_code == 302
