"""Query budgets of the lesson pages with the page cache off (what a miss, a signed-in user
or a quiz-taking pupil costs): at most 10 queries, however many lessons there are."""

import pytest
from wagtail.models import PageViewRestriction

from lessons.models import LessonRelatedLink
from tests.factories.lessons import LessonPageFactory, TopicFactory
from tests.factories.quizzes import QuizPageFactory

MAX_QUERIES = 10


@pytest.fixture
def lessons(settings, lesson_index, age_bands, help_contacts):
    settings.PAGE_CACHE_SECONDS = 0
    topics = [TopicFactory(), TopicFactory()]
    built = [
        LessonPageFactory(
            parent=lesson_index,
            age_bands=[age_bands["thcs"], age_bands["thpt"]],
            topics=topics,
        )
        for _ in range(14)
    ]
    for lesson in built[:3]:
        QuizPageFactory(parent=lesson)
    LessonRelatedLink.objects.create(page=built[0], lesson=built[1])
    return built


def _get(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    return response


@pytest.mark.django_db
@pytest.mark.parametrize("which", [0, 5])  # with the editor's related links, and without
def test_lesson_page_answers_in_at_most_10_queries(
    client, lessons, which, django_assert_max_num_queries
):
    _get(client, lessons[which].url)  # the site, menu and settings of this content generation
    with django_assert_max_num_queries(MAX_QUERIES):
        response = _get(client, lessons[which].url)
    assert response.context["related_lessons"]
    assert response.context["lesson_index"].pk == lessons[which].get_parent().pk


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "?cap=thcs", "?cap=thcs&doi_tuong=students&page=2"])
def test_lesson_index_answers_in_at_most_10_queries(
    client, lessons, lesson_index, query, django_assert_max_num_queries
):
    _get(client, lesson_index.url + query)
    with django_assert_max_num_queries(MAX_QUERIES):
        response = _get(client, lesson_index.url + query)
    assert response.context["result_count"] == 14


@pytest.mark.django_db
def test_cached_lists_follow_publishing_and_privacy(client, lessons, lesson_index, age_bands):
    """What the pages keep for a content generation (menu, facets, site, public lessons) is
    read again once a lesson is published or a restriction added."""
    assert "Bài mới xuất bản" not in _get(client, lesson_index.url).content.decode()
    new = LessonPageFactory(
        parent=lesson_index, title="Bài mới xuất bản", age_bands=[age_bands["thcs"]], live=False
    )
    new.save_revision().publish()
    html = _get(client, lesson_index.url).content.decode()
    assert "Bài mới xuất bản" in html
    assert _get(client, lesson_index.url).context["result_count"] == 15

    PageViewRestriction.objects.create(page=new, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(new.url).status_code in (302, 403)
    assert _get(client, lessons[0].url).context["related_lessons"]
    assert new not in _get(client, lesson_index.url + "?cap=thcs").context["lessons"]
