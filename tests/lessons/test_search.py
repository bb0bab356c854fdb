import pytest

from core.text import fold_vietnamese
from tests.factories.lessons import LessonPageFactory


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Bảo vệ thông tin cá nhân", "bao ve thong tin ca nhan"),
        ("Đừng chia sẻ mật khẩu", "dung chia se mat khau"),
        ("lừa đảo", "lua dao"),
        ("AN TOÀN, trên mạng!", "an toan tren mang"),
        ("Ứng dụng ƠN Ư", "ung dung on u"),
    ],
)
def test_fold_vietnamese(text, folded):
    assert fold_vietnamese(text) == folded


@pytest.fixture
def searchable_lessons(lesson_index, age_bands):
    return {
        "privacy": LessonPageFactory(
            parent=lesson_index,
            title="Bảo vệ thông tin cá nhân và quyền riêng tư",
            summary="Giữ kín địa chỉ nhà, trường học.",
            age_bands=[age_bands["thcs"]],
        ),
        "password": LessonPageFactory(
            parent=lesson_index,
            title="Mật khẩu là bí mật",
            summary="Bài học cho học sinh nhỏ.",
            body=[("paragraph", "<p>Đừng chia sẻ mật khẩu với bạn bè, kể cả bạn thân.</p>")],
            age_bands=[age_bands["tieu-hoc"]],
        ),
        "scam": LessonPageFactory(
            parent=lesson_index,
            title="Tin nhắn trúng thưởng",
            summary="Nhận biết lừa đảo qua tin nhắn.",
            objectives="Nhận ra dấu hiệu lừa đảo",
            age_bands=[age_bands["thcs"], age_bands["thpt"]],
        ),
        "unrelated": LessonPageFactory(
            parent=lesson_index,
            title="Thời gian màn hình",
            summary="Nghỉ ngơi sau mỗi giờ dùng máy tính.",
            age_bands=[age_bands["tieu-hoc"]],
        ),
    }


def _titles(response):
    return [lesson.title for lesson in response.context["lessons"]]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("bao ve thong tin ca nhan", "privacy"),
        ("dung chia se mat khau", "password"),
        ("lua dao", "scam"),
        ("Bảo vệ", "privacy"),
        ("LỪA ĐẢO", "scam"),
    ],
)
def test_search_finds_vietnamese_typed_without_diacritics(
    client, searchable_lessons, query, expected
):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    titles = _titles(response)
    assert titles[0] == searchable_lessons[expected].title
    assert searchable_lessons["unrelated"].title not in titles


@pytest.mark.django_db
def test_search_keeps_the_index_filters(client, searchable_lessons):
    response = client.get("/search/", {"q": "lua dao", "cap": "thpt"})
    assert _titles(response) == [searchable_lessons["scam"].title]
    response = client.get("/search/", {"q": "lua dao", "cap": "tieu-hoc"})
    assert _titles(response) == []
    assert "Không có bài học nào phù hợp" in response.content.decode()


@pytest.mark.django_db
def test_search_never_shows_drafts(client, searchable_lessons):
    searchable_lessons["scam"].unpublish()
    response = client.get("/search/", {"q": "lua dao"})
    assert _titles(response) == []


@pytest.mark.django_db
def test_empty_and_oversized_queries_are_harmless(client, searchable_lessons):
    assert client.get("/search/").status_code == 200
    assert client.get("/search/", {"q": "   "}).status_code == 200
    response = client.get("/search/", {"q": "lua dao " * 500, "page": "abc", "cap": "khong-co"})
    assert response.status_code == 200


@pytest.mark.django_db
def test_search_box_on_every_page(client, searchable_lessons, help_page):
    for url in ["/", help_page.url, searchable_lessons["privacy"].url, "/search/?q=x"]:
        assert 'action="/search/"' in client.get(url).content.decode(), url
