import re

import pytest
from django.contrib.staticfiles import finders

from curriculum.mapping import lesson_page_fields
from curriculum.validation import curriculum_read
from tests.factories.lessons import LessonPageFactory

BUDGET_BYTES = 100 * 1024


@pytest.mark.django_db
def test_the_longest_starter_lesson_transfers_under_100_kb(client, lesson_index, age_bands):
    """The starter lesson with the most content, its teacher's kit and handouts included."""
    from curriculum.services import DATA_ROOT

    lessons = curriculum_read(root=DATA_ROOT).lessons
    longest = max(lessons, key=lambda lesson: len(lesson.path.read_bytes())).data
    lesson = LessonPageFactory(
        parent=lesson_index, age_bands=[age_bands["thcs"]], **lesson_page_fields(longest)
    )
    html = client.get(lesson.url).content
    assets = re.findall(rb'(?:href|src)="/static/([^"]+)"', html)
    assert assets, "the page links its stylesheet"
    total = len(html)
    for asset in set(assets):
        path = finders.find(asset.decode())
        assert path, asset
        with open(path, "rb") as file:
            total += len(file.read())
    assert total < BUDGET_BYTES, total
    # Nothing is fetched from another host (links to other sites are not fetched).
    assert not re.search(rb'src="(?:https?:)?//', html)
    assert not re.search(rb'<link[^>]+href="(?:https?:)?//', html)


@pytest.mark.django_db
def test_only_the_stylesheet_blocks_rendering(client, lesson_index, age_bands):
    lesson = LessonPageFactory(parent=lesson_index, age_bands=[age_bands["thcs"]])
    html = client.get(lesson.url).content.decode()
    stylesheets = re.findall(r'<link[^>]*rel="stylesheet"[^>]*>', html)
    blocking = [tag for tag in stylesheets if 'media="print"' not in tag]
    assert len(blocking) == 1 and "css/site.css" in blocking[0], stylesheets
    # Every script waits for the document (defer or async): none holds up the first paint.
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert all(" defer" in tag or " async" in tag for tag in scripts), scripts
    assert not re.search(r"@import", html)
