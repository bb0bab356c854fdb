"""A browser walks the demo site as a pupil would: every public page reachable from the home
page, by same-origin links, GET only. No page may fetch anything from another host (no CDN,
font, tracker or embed: children's privacy), and none may answer 5xx.

Runs in the normal suite (`make test`, and `.ci/run` on SQLite and PostgreSQL) when Chromium is
installed at /usr/bin/chromium; skipped otherwise.
"""

import os
import shutil
from collections import deque
from urllib.parse import urljoin, urlsplit, urlunsplit

import pytest
from django.core.management import call_command

from lessons.models import LessonPage
from quizzes.models import QuizPage
from tests.e2e.conftest import CHROMIUM

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)),
        reason=f"Chromium not found at {CHROMIUM}: browser crawl skipped",
    ),
]

MAX_PAGES = 150
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
# Where a pupil starts besides the home page: pages a link may not lead to directly.
SEEDS = ["/", "/search/?q=an+toan", "/search/?q=m%E1%BA%ADt+kh%E1%BA%A9u", "/quiz/join/"]
# Downloads and files, checked by status without opening them as pages.
FILE_PREFIXES = ("/documents/", "/media/", "/static/")
# Staff areas: their login pages are crawled, nothing behind them (the crawler has no account).
STAFF_PREFIXES = ("/admin/", "/portal/")
# Every page links to the language switch with its own `next`: one visit per language will do.
LANGUAGE_SWITCH = "/ngon-ngu/"


def _crawl_key(path: str) -> str:
    return urlsplit(path).path if path.startswith(LANGUAGE_SWITCH) else path


def _same_origin_path(base: str, href: str, origin: str) -> str | None:
    url = urljoin(base, href)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or f"{parts.scheme}://{parts.netloc}" != origin:
        return None
    return urlunsplit(("", "", parts.path, parts.query, ""))


def _links(page) -> list[str]:
    return page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))")


def test_public_pages_fetch_nothing_from_other_hosts_and_never_fail(live_server, page_factory):
    call_command("seed_demo", "--password", "mat-khau-demo-crawl", verbosity=0)
    origin = live_server.url
    page = page_factory(locale="vi-VN")

    foreign, server_errors = [], []

    def on_request(request):
        host = urlsplit(request.url).hostname
        if request.url.startswith(("data:", "blob:", "about:")):
            return
        if host not in LOCAL_HOSTS:
            foreign.append(f"{request.url} (from {page.url})")

    def on_response(response):
        if response.status >= 500:
            server_errors.append(f"{response.status} {response.url}")

    page.on("request", on_request)
    page.on("response", on_response)

    # Plain paths before filtered listings, so 150 pages reach every lesson and quiz first.
    plain, filtered = deque(SEEDS[:1] + SEEDS[3:]), deque(SEEDS[1:3])
    seen = set(SEEDS)
    visited = []
    while (plain or filtered) and len(visited) < MAX_PAGES:
        path = plain.popleft() if plain else filtered.popleft()
        if path.startswith(FILE_PREFIXES):
            status = page.request.get(origin + path).status
            if status >= 500:
                server_errors.append(f"{status} {path}")
            continue
        response = page.goto(origin + path)
        visited.append(path)
        if response is None or "text/html" not in response.headers.get("content-type", ""):
            continue
        if path.startswith(STAFF_PREFIXES):
            continue
        for href in _links(page):
            found = _same_origin_path(page.url, href, origin)
            if found is None or _crawl_key(found) in seen:
                continue
            seen.add(_crawl_key(found))
            (filtered if "?" in found else plain).append(found)

    assert foreign == [], f"requests to other hosts: {foreign}"
    assert server_errors == [], f"server errors: {server_errors}"

    # The crawl reached what a pupil reads: every lesson and quiz, the help page, the search.
    visited_paths = {urlsplit(path).path for path in visited}
    lesson_paths = {lesson.get_url() for lesson in LessonPage.objects.live().public()}
    quiz_paths = {quiz.get_url() for quiz in QuizPage.objects.live().public()}
    assert lesson_paths and lesson_paths <= visited_paths, lesson_paths - visited_paths
    assert quiz_paths and quiz_paths <= visited_paths, quiz_paths - visited_paths
    assert {"/", "/search/", "/quiz/join/", "/can-giup-do/"} <= visited_paths
    assert len(visited) >= 20
