"""Signing in starts a new session, and no `next` parameter leads off the site."""

from urllib.parse import urlencode, urlsplit

import pytest
from django.test import Client
from django.urls import reverse

from tests.security.helpers import PASSWORD, login

pytestmark = pytest.mark.django_db


def test_signing_in_starts_a_new_session(world):
    """A session id planted before login (session fixation) is not the one signed in."""
    for login_url in ("/portal/login/", "/admin/login/"):
        client = Client()
        client.get(reverse("quizzes:join"))
        session = client.session
        session["planted"] = True
        session.save()
        planted_key = session.session_key
        client.post(login_url, {"username": world.officer_a.username, "password": PASSWORD})
        assert client.session["_auth_user_id"] == str(world.officer_a.pk), login_url
        assert client.session.session_key != planted_key, login_url


# ---------------------------------------------------------------------------------------------
# Open redirects: every `next` either stays on this site or is dropped.

OFF_SITE = [
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "https:evil.example",
    "http://testserver.evil.example/",
    "  //evil.example",
    "javascript:alert(1)",
]


def stays_on_site(location: str) -> bool:
    """What a browser would do with the Location header: follow it on this host only."""
    normalised = location.strip().replace("\\", "/")
    parts = urlsplit(normalised)
    if parts.scheme:  # "https:evil.example" is absolute to a browser, netloc or not
        return parts.scheme in ("http", "https") and parts.netloc == "testserver"
    return not normalised.startswith("//")


def test_the_off_site_check_itself_knows_an_off_site_location():
    assert not any(stays_on_site(url) for url in OFF_SITE)
    assert stays_on_site("/portal/") and stays_on_site("http://testserver/admin/")


@pytest.mark.parametrize(
    ("login_url", "user"), [("/portal/login/", "teacher_a"), ("/admin/login/", "officer_a")]
)
def test_login_never_redirects_off_site(world, login_url, user):
    username = getattr(world, user).username
    off_site = []
    for next_url in OFF_SITE:
        client = Client()
        url = f"{login_url}?{urlencode({'next': next_url})}"
        response = client.post(url, {"username": username, "password": PASSWORD, "next": next_url})
        assert response.status_code == 302, "the login itself failed"
        # Signed in, the login page redirects at once: that redirect counts too.
        again = client.get(url)
        for answer in (response, again):
            if answer.status_code == 302 and not stays_on_site(answer["Location"]):
                off_site.append((next_url, answer["Location"]))
    assert off_site == []


def test_login_keeps_a_next_on_this_site(world):
    """The control: a local `next` is followed, so the refusals above are not a blanket drop."""
    response = Client().post(
        "/portal/login/?next=/portal/sessions/",
        {"username": world.teacher_a.username, "password": PASSWORD, "next": "/portal/sessions/"},
    )
    assert response["Location"] == "/portal/sessions/"


def test_logout_never_redirects_off_site(world):
    off_site = []
    for next_url in OFF_SITE:
        client = login(world.teacher_a)
        url = f"/portal/logout/?{urlencode({'next': next_url})}"
        response = client.post(url, {"next": next_url})
        assert response.status_code == 302
        if not stays_on_site(response["Location"]):
            off_site.append((next_url, response["Location"]))
    assert off_site == []


def test_the_language_switch_never_redirects_off_site(db):
    off_site = []
    for next_url in OFF_SITE:
        response = Client().get(f"/ngon-ngu/en/?{urlencode({'next': next_url})}")
        assert response.status_code == 302
        if not stays_on_site(response["Location"]):
            off_site.append((next_url, response["Location"]))
    assert off_site == []


def test_the_language_switch_returns_to_the_page_it_came_from(db):
    response = Client().get("/ngon-ngu/en/?next=/search/%3Fq%3Dan%2Btoan")
    assert response["Location"] == "/search/?q=an+toan"
    assert response.cookies["django_language"].value == "en"
