"""Gzip for anonymous public HTML only (BREACH: nothing secret is ever compressed)."""

import gzip

import pytest
from django.test import Client
from django.urls import reverse

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate"}


@pytest.mark.django_db
def test_a_public_page_is_gzipped_from_the_page_cache_too(home_page):
    client = Client()
    for expected_cache in ("miss", "hit"):
        response = client.get("/", **GZIP)
        assert response.status_code == 200
        assert response["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in response["Vary"]
        assert response.get("X-Page-Cache") == expected_cache
        assert "An toàn trên mạng" in gzip.decompress(response.content).decode()


@pytest.mark.django_db
def test_without_accept_encoding_the_page_is_plain(home_page):
    response = Client().get("/")
    assert not response.has_header("Content-Encoding")
    assert b"</html>" in response.content


@pytest.mark.django_db
def test_a_page_with_a_csrf_token_is_not_gzipped(home_page):
    response = Client().get(reverse("quizzes:join"), **GZIP)
    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")
    assert b"csrfmiddlewaretoken" in response.content


@pytest.mark.django_db
def test_pages_for_a_signed_in_user_are_not_gzipped(home_page, django_user_model):
    client = Client()
    client.force_login(django_user_model.objects.create_user("gv", password="x-y-z-123456"))
    response = client.get("/", **GZIP)
    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")
