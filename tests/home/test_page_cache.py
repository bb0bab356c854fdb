import pytest
from django.conf import settings
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory
from django.urls import reverse

from home.page_cache import CACHED_HEADER, PublicPageCacheMiddleware
from tests.factories.lessons import LessonPageFactory
from tests.factories.quizzes import QuizPageFactory
from tests.factories.schools import SchoolFactory, teacher_create


def _get(client, url, **kwargs):
    response = client.get(url, **kwargs)
    assert response.status_code == 200
    return response


@pytest.mark.django_db
def test_public_pages_are_served_from_the_cache(client, lesson_index, age_bands, help_page):
    lesson = LessonPageFactory(parent=lesson_index, age_bands=[age_bands["thcs"]])
    quiz = QuizPageFactory(parent=lesson)
    for url in [
        "/",
        lesson_index.url,
        lesson_index.url + "?cap=thcs",
        lesson.url,
        help_page.url,
        quiz.url,
    ]:
        first = _get(client, url)
        second = _get(client, url)
        assert first[CACHED_HEADER] == "miss", url
        assert second[CACHED_HEADER] == "hit", url
        assert second.content == first.content
        assert second["X-Frame-Options"] == "DENY"  # headers still come from the middleware


@pytest.mark.django_db
def test_publishing_a_lesson_purges_the_pages_that_list_it(client, lesson_index, age_bands):
    _get(client, "/")
    _get(client, lesson_index.url, data={"cap": "thcs"})
    lesson = LessonPageFactory(
        parent=lesson_index, title="Bài mới về lừa đảo", age_bands=[age_bands["thcs"]], live=False
    )
    lesson.save_revision().publish()
    assert "Bài mới về lừa đảo" in _get(client, "/").content.decode()
    assert (
        "Bài mới về lừa đảo"
        in _get(client, lesson_index.url, data={"cap": "thcs"}).content.decode()
    )


@pytest.mark.django_db
def test_editing_unpublishing_moving_and_deleting_purge(client, lesson_index, age_bands, home_page):
    lesson = LessonPageFactory(parent=lesson_index, title="Tên cũ", age_bands=[age_bands["thcs"]])
    _get(client, lesson.url)
    _get(client, lesson_index.url)

    lesson.title = "Tên mới"
    lesson.save_revision().publish()
    assert "Tên mới" in _get(client, lesson.url).content.decode()
    assert "Tên mới" in _get(client, lesson_index.url).content.decode()

    lesson.unpublish()
    assert client.get(lesson.url).status_code == 404
    assert "Tên mới" not in _get(client, lesson_index.url).content.decode()

    lesson.save_revision().publish()
    other_index = LessonPageFactory(
        parent=lesson_index, title="Bài khác", age_bands=[age_bands["thcs"]]
    )
    _get(client, lesson_index.url)
    other_index.delete()
    assert "Bài khác" not in _get(client, lesson_index.url).content.decode()


@pytest.mark.django_db
def test_moving_a_page_purges_its_old_address(client, home_page, help_page):
    from tests.factories.home import StandardPageFactory

    parent = StandardPageFactory(parent=home_page, slug="gioi-thieu", title="Giới thiệu")
    child = StandardPageFactory(parent=home_page, slug="quy-che", title="Quy chế")
    _get(client, "/quy-che/")
    child.move(parent, pos="last-child")
    old = client.get("/quy-che/")  # not the cached copy: Wagtail's automatic redirect
    assert old.status_code == 301 and old["Location"] == "/gioi-thieu/quy-che/"
    assert _get(client, "/gioi-thieu/quy-che/")[CACHED_HEADER] == "miss"


@pytest.mark.django_db
def test_changing_the_hotline_purges_every_page(client, home_page, help_contacts):
    _get(client, "/")
    help_contacts.hotline_number = "1800 1567"
    help_contacts.save()
    assert "Gọi 1800 1567" in _get(client, "/").content.decode()


@pytest.mark.django_db
def test_logged_in_users_never_get_or_fill_the_cache(client, django_user_model, lesson_index):
    user = django_user_model.objects.create_user("co-giao", password="mat-khau-co-giao")
    client.force_login(user)
    for _ in range(2):
        assert CACHED_HEADER not in _get(client, lesson_index.url)
    client.logout()
    assert _get(client, lesson_index.url)[CACHED_HEADER] == "miss"


@pytest.mark.django_db
def test_teachers_do_not_see_the_anonymous_copy(client, lesson_index, age_bands, django_user_model):

    lesson = LessonPageFactory(parent=lesson_index, age_bands=[age_bands["thcs"]])
    quiz = QuizPageFactory(parent=lesson)
    _get(client, quiz.url)
    teacher = teacher_create(SchoolFactory(), username="thay-nam")
    client.force_login(teacher)
    assert "Dành cho giáo viên" in _get(client, quiz.url).content.decode()


@pytest.mark.django_db
def test_quizzes_in_progress_and_forms_are_never_cached(client, lesson_index, age_bands):
    lesson = LessonPageFactory(parent=lesson_index, age_bands=[age_bands["thcs"]])
    quiz = QuizPageFactory(parent=lesson)
    start = reverse("quizzes:practice_start", args=[quiz.pk])
    assert CACHED_HEADER not in _get(client, start)
    response = client.post(start)
    attempt_url = response["Location"]
    for _ in range(2):
        assert CACHED_HEADER not in _get(client, attempt_url)
    assert CACHED_HEADER not in _get(client, reverse("quizzes:join"))


@pytest.mark.django_db
def test_responses_that_use_a_csrf_token_or_set_cookies_are_not_stored(rf: RequestFactory):
    from django.contrib.auth.models import AnonymousUser

    def page_with_form(request):
        request.is_wagtail_page = True
        get_token(request)
        return HttpResponse("form")

    def page_setting_cookie(request):
        request.is_wagtail_page = True
        response = HttpResponse("cookie")
        response.set_cookie("x", "1")
        return response

    for view in (page_with_form, page_setting_cookie):
        middleware = PublicPageCacheMiddleware(view)
        for _ in range(2):
            request = rf.get("/trang/")
            request.user = AnonymousUser()
            response = middleware(request)
            assert CACHED_HEADER not in response


@pytest.mark.django_db
def test_each_language_has_its_own_copy(client, home_page):
    vi = _get(client, "/")
    # The browser's Accept-Language does not choose the language (core/locale.py): same copy.
    assert _get(client, "/", headers={"accept-language": "en"})[CACHED_HEADER] == "hit"
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    en = _get(client, "/")
    assert en[CACHED_HEADER] == "miss"
    assert '<html lang="en">' in en.content.decode()
    assert '<html lang="vi">' in vi.content.decode()


@pytest.fixture
def cache_reads(monkeypatch) -> list[str]:
    """The keys read from the default cache from now on."""
    from django.core.cache import cache

    reads = []
    real_get = cache.get

    def get(key, *args, **kwargs):
        reads.append(key)
        return real_get(key, *args, **kwargs)

    monkeypatch.setattr(cache, "get", get)
    return reads


@pytest.mark.django_db
def test_the_projects_own_addresses_are_not_looked_up_in_the_page_cache(
    client, lesson_index, cache_reads
):
    for url in (reverse("quizzes:join"), reverse("search") + "?q=mat+khau", "/portal/login/"):
        client.get(url)
    assert not [key for key in cache_reads if key.startswith("pagecache:v2:")]
    _get(client, lesson_index.url)  # a Wagtail page is
    assert [key for key in cache_reads if key.startswith("pagecache:v2:")]


@pytest.mark.django_db
def test_the_generation_is_read_once_per_request_and_a_publish_is_seen_by_the_next(
    client, lesson_index, age_bands, settings, cache_reads
):
    from home.page_cache import GENERATION_KEY

    settings.PAGE_CACHE_SECONDS = 0  # every request renders: header, footer, lesson fragments
    lesson = LessonPageFactory(parent=lesson_index, age_bands=[age_bands["thcs"]])
    cache_reads.clear()
    _get(client, lesson.url)
    assert cache_reads.count(GENERATION_KEY) == 1
    lesson.title = "Bài học đã đổi tên"
    lesson.save_revision().publish()
    assert "Bài học đã đổi tên" in _get(client, lesson_index.url).content.decode()


def test_within_a_request_the_generation_follows_a_publish_and_outside_one_another_server():
    from django.core.cache import cache
    from django.core.signals import request_finished, request_started

    from home.page_cache import (
        GENERATION_KEY,
        _request_generation_forget,
        current_generation,
        page_cache_invalidate,
    )

    # The receivers alone: sending the signals would also close the test's database connection.
    _request_generation_forget(signal=request_started)
    try:
        first = current_generation()
        cache.incr(GENERATION_KEY)  # another app server publishes: this request keeps its own
        assert current_generation() == first
        page_cache_invalidate()  # this request publishes: it sees the new generation at once
        assert current_generation() == first + 2
    finally:
        _request_generation_forget(signal=request_finished)
    # Outside a request (commands, the task worker), every read asks the cache.
    cache.incr(GENERATION_KEY)
    assert current_generation() == first + 3
