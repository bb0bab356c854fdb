"""Vietnamese for every visitor; English only through the footer's language links."""

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

NOTE_EN = "Lessons and quizzes are in Vietnamese"


def test_a_browser_preferring_english_gets_vietnamese(client, home_page):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "Ngôn ngữ" in html and ">Language<" not in html
    assert NOTE_EN not in html
    assert response["Content-Language"] == "vi"


def test_choosing_english_in_the_footer_switches_and_says_lessons_are_vietnamese(client, home_page):
    html = client.get("/").content.decode()
    assert 'href="/ngon-ngu/en/?next=/"' in html
    response = client.get("/ngon-ngu/en/?next=/")
    assert response.status_code == 302
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert '<html lang="en">' in html
    assert NOTE_EN in html

    client.get("/ngon-ngu/vi/?next=/")
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="vi">' in html and NOTE_EN not in html


def test_an_unknown_language_cookie_falls_back_to_vietnamese(client, home_page):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert '<html lang="vi">' in html


def test_the_page_cache_keys_on_the_chosen_language(client, home_page):
    english = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="vi">' in english
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert '<html lang="en">' in client.get("/").content.decode()
