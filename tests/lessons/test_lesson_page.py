import pytest

from tests.factories.lessons import LessonPageFactory, TopicFactory


@pytest.mark.django_db
def test_lesson_page_shows_objectives_timed_activities_and_help(
    client, lesson_index, age_bands, help_contacts
):
    help_contacts.hotline_number = "1800 1567"
    help_contacts.save()
    lesson = LessonPageFactory(parent=lesson_index, age_bands=[age_bands["thcs"]])
    html = client.get(lesson.url).content.decode()
    assert "Nêu được ba quy tắc an toàn" in html
    assert "Thảo luận nhóm" in html
    assert "(25 phút)" in html  # the activity's steps add up
    assert 'href="tel:18001567"' in html  # the get-help block takes the site setting
    assert "Trung học cơ sở" in html


@pytest.mark.django_db
@pytest.mark.parametrize("lesson_count", [2, 12])
def test_lesson_page_query_budget_does_not_grow(
    client, lesson_index, age_bands, lesson_count, django_assert_max_num_queries
):
    topic = TopicFactory()
    lessons = [
        LessonPageFactory(parent=lesson_index, age_bands=[age_bands["thcs"]], topics=[topic])
        for _ in range(lesson_count)
    ]
    client.get("/")
    with django_assert_max_num_queries(17):
        response = client.get(lessons[0].url)
    assert response.status_code == 200
    assert len(response.context["related_lessons"]) == min(3, lesson_count - 1)


@pytest.mark.django_db
def test_home_page_links_each_age_band_and_latest_lessons(client, lesson_index, age_bands):
    lesson = LessonPageFactory(parent=lesson_index, age_bands=[age_bands["thcs"]])
    html = client.get("/").content.decode()
    assert f'href="{lesson_index.url}?cap=thcs"' in html
    assert lesson.title in html


@pytest.mark.django_db
def test_lesson_pages_only_under_the_lesson_index(lesson_index, home_page):
    from lessons.models import LessonIndexPage, LessonPage

    assert LessonPage.can_create_at(lesson_index)
    assert not LessonPage.can_create_at(home_page)
    assert LessonPage.allowed_subpage_models() == [] or all(
        model.__name__ == "QuizPage" for model in LessonPage.allowed_subpage_models()
    )
    assert not LessonIndexPage.can_create_at(home_page)  # one index already exists
