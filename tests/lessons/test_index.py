import pytest

from lessons.selectors import PAGE_SIZE
from tests.factories.lessons import LessonPageFactory, TopicFactory


def _titles(response):
    return [lesson.title for lesson in response.context["lessons"]]


@pytest.mark.django_db
def test_index_filters_by_age_band_topic_and_audience_from_the_url(client, lesson_index, age_bands):
    privacy = TopicFactory(slug="thong-tin-ca-nhan", name="Bảo vệ thông tin cá nhân")
    LessonPageFactory(
        parent=lesson_index, title="THCS riêng tư", age_bands=[age_bands["thcs"]], topics=[privacy]
    )
    LessonPageFactory(parent=lesson_index, title="THCS khác", age_bands=[age_bands["thcs"]])
    LessonPageFactory(
        parent=lesson_index,
        title="Tiểu học riêng tư",
        age_bands=[age_bands["tieu-hoc"]],
        topics=[privacy],
    )
    LessonPageFactory(
        parent=lesson_index, title="Cho cha mẹ", audience="parents", age_bands=[age_bands["thcs"]]
    )

    response = client.get(lesson_index.url, {"cap": "thcs", "chu_de": "thong-tin-ca-nhan"})
    assert _titles(response) == ["THCS riêng tư"]
    assert response.context["result_count"] == 1

    response = client.get(lesson_index.url, {"cap": "thcs"})
    assert set(_titles(response)) == {"THCS riêng tư", "THCS khác", "Cho cha mẹ"}
    html = response.content.decode()
    assert "3 bài học" in html
    # Each option shows how many lessons it would give with the other filters kept.
    topic_counts = {t.slug: t.lesson_count for t in response.context["facets"]["topics"]}
    assert topic_counts["thong-tin-ca-nhan"] == 1
    band_counts = {b.slug: b.lesson_count for b in response.context["facets"]["age_bands"]}
    assert band_counts == {"tieu-hoc": 1, "thcs": 3, "thpt": 0}

    response = client.get(lesson_index.url, {"doi_tuong": "parents"})
    assert _titles(response) == ["Cho cha mẹ"]


@pytest.mark.django_db
def test_unknown_filters_are_reported_not_crashing(client, lesson_index, age_bands):
    LessonPageFactory(parent=lesson_index, age_bands=[age_bands["thcs"]])
    response = client.get(lesson_index.url, {"cap": "khong-ton-tai", "doi_tuong": "<script>"})
    assert response.status_code == 200
    assert response.context["result_count"] == 1
    assert "không còn tồn tại" in response.content.decode()


@pytest.mark.django_db
def test_index_paginates_and_hides_drafts(client, lesson_index, age_bands):
    for number in range(PAGE_SIZE + 3):
        LessonPageFactory(
            parent=lesson_index, title=f"Bài {number:02d}", age_bands=[age_bands["thcs"]]
        )
    draft = LessonPageFactory(parent=lesson_index, title="Bản nháp", live=False)
    first = client.get(lesson_index.url, {"cap": "thcs"})
    assert len(first.context["lessons"]) == PAGE_SIZE
    second = client.get(lesson_index.url, {"cap": "thcs", "page": 2})
    assert len(second.context["lessons"]) == 3
    assert "cap=thcs" in second.content.decode()  # page links keep the filters
    assert draft.title not in _titles(first) + _titles(second)
    assert client.get(lesson_index.url, {"page": 999}).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("lesson_count", [2, 14])
def test_index_query_budget_does_not_grow(
    client, lesson_index, age_bands, lesson_count, django_assert_max_num_queries
):
    topic = TopicFactory()
    for _ in range(lesson_count):
        LessonPageFactory(
            parent=lesson_index, age_bands=[age_bands["thcs"], age_bands["thpt"]], topics=[topic]
        )
    client.get(lesson_index.url)  # warm the site-root cache, as any running server has
    with django_assert_max_num_queries(18):
        response = client.get(lesson_index.url, {"cap": "thcs"})
    assert response.status_code == 200
    with django_assert_max_num_queries(20):
        client.get("/search/", {"q": "bai hoc", "cap": "thcs"})
