from collections import Counter

import pytest

from lessons.demo import DEMO_LESSONS, demo_lessons_build
from lessons.demo_content import AGE_BANDS, TOPICS
from lessons.models import LessonPage


def test_demo_lessons_cover_every_level_and_parents():
    student_bands = Counter(
        band
        for data in DEMO_LESSONS
        if data["audience"] == "students"
        for band in data["age_bands"]
    )
    assert student_bands["tieu-hoc"] >= 4
    assert student_bands["thcs"] >= 4
    assert student_bands["thpt"] >= 4
    assert sum(data["audience"] == "parents" for data in DEMO_LESSONS) >= 2
    assert len(DEMO_LESSONS) >= 16


@pytest.mark.parametrize("data", DEMO_LESSONS, ids=lambda data: data["slug"])
def test_each_demo_lesson_is_complete(data):
    kinds = Counter(kind for kind, _ in data["body"])
    assert kinds["activity"] >= 3
    assert kinds["discussion"] >= 1
    assert kinds["get_help"] >= 1
    assert len(data["objectives"]) >= 3
    band_slugs = {slug for slug, *_ in AGE_BANDS}
    topic_slugs = {slug for slug, *_ in TOPICS}
    assert set(data["age_bands"]) <= band_slugs
    assert set(data["topics"]) <= topic_slugs
    for kind, value in data["body"]:
        if kind == "activity":
            assert all(step["minutes"] > 0 for step in value["steps"])


@pytest.mark.django_db
def test_demo_lessons_are_published_once(home_page):
    demo_lessons_build(home=home_page)
    count = LessonPage.objects.live().count()
    assert count == len(DEMO_LESSONS)
    demo_lessons_build(home=home_page)
    assert LessonPage.objects.count() == count
