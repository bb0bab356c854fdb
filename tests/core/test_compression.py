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


@pytest.mark.django_db
def test_a_cached_page_is_compressed_once_and_served_from_the_stored_copy(home_page):
    # Django adds random bytes to every compression (BREACH): identical bytes on every hit
    # mean the stored copy was sent, not a fresh compression.
    client = Client()
    client.get("/", **GZIP)  # stored
    hits = [client.get("/", **GZIP) for _ in range(3)]
    assert {response["X-Page-Cache"] for response in hits} == {"hit"}
    assert len({response.content for response in hits}) == 1
    assert int(hits[0]["Content-Length"]) == len(hits[0].content)
    plain = client.get("/")
    assert plain["X-Page-Cache"] == "hit" and not plain.has_header("Content-Encoding")
    assert gzip.decompress(hits[0].content) == plain.content
    assert "Accept-Encoding" in plain["Vary"]
