"""Demo lessons: age bands, topics, the lesson index and the lessons in ``demo_content``."""

from django.db import transaction

from home.models import HomePage
from lessons.demo_content import AGE_BANDS, TOPICS
from lessons.demo_content.lower_secondary import LESSONS as LOWER_SECONDARY
from lessons.demo_content.parents import LESSONS as PARENTS
from lessons.demo_content.primary import LESSONS as PRIMARY
from lessons.demo_content.upper_secondary import LESSONS as UPPER_SECONDARY
from lessons.models import AgeBand, LessonIndexPage, LessonPage, LessonRelatedLink, Topic

DEMO_LESSONS = PRIMARY + LOWER_SECONDARY + UPPER_SECONDARY + PARENTS

# Data-file block names mapped to the body's block names.
BLOCK_NAMES = {"text": "paragraph"}


@transaction.atomic
def demo_lessons_build(*, home: HomePage) -> LessonIndexPage:
    for slug, name, grades, ages, order in AGE_BANDS:
        AgeBand.objects.get_or_create(
            slug=slug, defaults={"name": name, "grades": grades, "ages": ages, "sort_order": order}
        )
    for slug, name, description, domain in TOPICS:
        Topic.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "description": description, "competence_domain": domain},
        )

    index = LessonIndexPage.objects.first()
    if index is None:
        index = LessonIndexPage(
            title="Bài học",
            slug="bai-hoc",
            intro=(
                "<p>Bài học an toàn trên mạng theo cấp học. Mỗi bài có mục tiêu, hoạt động "
                "có thời lượng, câu hỏi thảo luận và nơi tìm trợ giúp. Thầy cô có thể in bài "
                "làm giáo án.</p>"
            ),
            show_in_menus=True,
        )
        home.add_child(instance=index)
        index.save_revision().publish()

    existing = set(LessonPage.objects.values_list("slug", flat=True))
    created = [
        _lesson_create(index=index, data=data)
        for data in DEMO_LESSONS
        if data["slug"] not in existing
    ]
    _related_link(created)
    return index


def _lesson_create(*, index: LessonIndexPage, data: dict) -> LessonPage:
    lesson = LessonPage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        audience=data["audience"],
        duration_minutes=data["duration"],
        objectives="\n".join(data["objectives"]),
        body=[(BLOCK_NAMES.get(kind, kind), value) for kind, value in data["body"]],
        teacher_notes=data["teacher_notes"],
    )
    lesson.age_bands = list(AgeBand.objects.filter(slug__in=data["age_bands"]))
    lesson.topics = list(Topic.objects.filter(slug__in=data["topics"]))
    index.add_child(instance=lesson)
    lesson.save_revision().publish()
    return lesson


def _related_link(lessons: list[LessonPage]) -> None:
    """Link each new lesson to the others of its age band that share a topic (at most 3)."""
    by_slug = {lesson.slug: lesson for lesson in lessons}
    data_by_slug = {data["slug"]: data for data in DEMO_LESSONS}
    for lesson in lessons:
        data = data_by_slug[lesson.slug]
        related = [
            other
            for other in DEMO_LESSONS
            if other["slug"] != lesson.slug
            and other["slug"] in by_slug
            and set(other["age_bands"]) & set(data["age_bands"])
            and set(other["topics"]) & set(data["topics"])
        ][:3]
        LessonRelatedLink.objects.bulk_create(
            LessonRelatedLink(page=lesson, lesson=by_slug[other["slug"]], sort_order=position)
            for position, other in enumerate(related)
        )
