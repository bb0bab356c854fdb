"""Installing the curriculum's data files into a site (``manage.py load_curriculum``).

Idempotent and careful with editors' work: each lesson the loader installs is recorded
(``InstalledLesson``: its pages, the hash of its file's content, the revisions it saved). On a
later run a lesson whose file is unchanged is left alone; a changed file updates its pages only
if their latest revisions are still the loader's, otherwise the lesson is skipped and reported.
"""

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction

from curriculum.mapping import lesson_page_fields, plain_data, plain_text, quiz_page_fields
from curriculum.models import InstalledLesson
from curriculum.validation import Curriculum, LessonFile, curriculum_read
from home.models import HomePage
from lessons.models import (
    AgeBand,
    CompetenceComponent,
    LessonIndexPage,
    LessonPage,
    LessonRelatedLink,
    Topic,
)
from quizzes.models import QuizPage

DATA_ROOT = Path(__file__).resolve().parent / "data"
QUIZ_SLUG = "cau-do"
RELATED_LIMIT = 3
# Part of every lesson's content hash: a change of how files map to pages updates them all.
MAPPING_VERSION = "1"

INDEX_INTRO = (
    "<p>Bài học an toàn trên mạng theo cấp học. Mỗi bài có câu hỏi cốt lõi, mục tiêu, từ vựng, "
    "hoạt động có thời lượng, câu hỏi thảo luận, nơi tìm trợ giúp, Góc gia đình và phiếu in. "
    "Thầy cô có thể in bài làm giáo án.</p>"
)


class CurriculumInvalid(Exception):
    """The data files have errors (``path:line: message``); nothing was installed."""

    def __init__(self, errors: list[str]):
        super().__init__(f"{len(errors)} error(s) in the curriculum files:\n" + "\n".join(errors))
        self.errors = errors


@dataclass
class InstallReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    # (slug, why): pages an editor changed, or that the loader did not make.
    skipped: list[tuple[str, str]] = field(default_factory=list)
    age_bands_created: int = 0
    topics_created: int = 0
    index_created: bool = False


def lesson_content_hash(*, data: dict, related: list[str]) -> str:
    canonical = json.dumps(
        {"lesson": data, "related": related, "mapping": MAPPING_VERSION},
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def lesson_related_slugs(*, lesson: LessonFile, lessons: list[LessonFile]) -> list[str]:
    """Up to three lessons sharing an age band and a topic: same audience first, then the most
    shared topics, then by slug."""
    data = lesson.data
    bands, topics = set(data["age_bands"]), set(data["topics"] or [])
    candidates = [
        other.data
        for other in lessons
        if other.slug != lesson.slug
        and bands & set(other.data["age_bands"])
        and topics & set(other.data["topics"] or [])
    ]
    candidates.sort(
        key=lambda other: (
            other["audience"] != data["audience"],
            -len(topics & set(other["topics"] or [])),
            other["slug"],
        )
    )
    return [other["slug"] for other in candidates[:RELATED_LIMIT]]


# Installing ------------------------------------------------------------------------------


def _taxonomy_install(taxonomy: dict, report: InstallReport) -> None:
    """Creates the age bands and topics that are missing; never changes an existing one (an
    editor may have renamed it)."""
    for band in taxonomy["age_bands"]:
        _, created = AgeBand.objects.get_or_create(
            slug=band["slug"],
            defaults={
                "name": band["name"],
                "grades": band.get("grades") or "",
                "ages": band.get("ages") or "",
                "sort_order": band["order"],
            },
        )
        report.age_bands_created += created
    for topic in taxonomy["topics"]:
        _, created = Topic.objects.get_or_create(
            slug=topic["slug"],
            defaults={
                "name": topic["name"],
                "description": plain_text(topic.get("description")),
                "competence_domain": topic["domain"],
            },
        )
        report.topics_created += created


def _lesson_index(home: HomePage | None, report: InstallReport) -> LessonIndexPage:
    index = LessonIndexPage.objects.first()
    if index is not None:
        return index
    home = home or HomePage.objects.first()
    if home is None:
        raise CurriculumInvalid(["the site has no home page: create one, then load again"])
    index = LessonIndexPage(title="Bài học", slug="bai-hoc", intro=INDEX_INTRO, show_in_menus=True)
    home.add_child(instance=index)
    index.save_revision().publish()
    report.index_created = True
    return index


@dataclass
class _Plan:
    lesson: LessonFile
    content_hash: str
    related: list[str]
    record: InstalledLesson | None
    page: LessonPage | None = None
    # A page of the same address that only code ever saved (the demo seeding before the
    # loader): taken over as if the loader had installed it.
    adopted: LessonPage | None = None


def _edited_reason(record: InstalledLesson) -> str | None:
    """Why the lesson's pages are no longer the loader's to change, or None."""
    page = record.page
    if page is None:
        return "deleted in the admin"
    if page.latest_revision_id != record.revision_id:
        return "edited in the admin since it was installed"
    if not page.live:
        return "unpublished in the admin"
    if record.quiz_revision_id is not None:
        quiz = record.quiz
        if quiz is None:
            return "its quiz was deleted in the admin"
        if quiz.latest_revision_id != record.quiz_revision_id:
            return "its quiz was edited in the admin since it was installed"
    return None


def _saved_only_by_code(page) -> bool:
    """Whether the page has revisions and none of them was saved by a person (the admin always
    records who saves; the demo seeding before the loader saved without a user)."""
    revisions = page.revisions.all()
    return revisions.exists() and not revisions.filter(user__isnull=False).exists()


def _apply(page, fields: dict) -> None:
    for name, value in fields.items():
        setattr(page, name, value)


def curriculum_install(
    *, root: Path = DATA_ROOT, home: HomePage | None = None, curriculum: Curriculum | None = None
) -> InstallReport:
    """Installs every lesson file under ``root``; raises ``CurriculumInvalid`` (and installs
    nothing) if any file has an error."""
    curriculum = curriculum or curriculum_read(root=root)
    if curriculum.errors:
        raise CurriculumInvalid(curriculum.errors)
    with transaction.atomic():
        report = _install(curriculum, home)
    return report


def _install(curriculum: Curriculum, home: HomePage | None) -> InstallReport:
    report = InstallReport()
    _taxonomy_install(curriculum.taxonomy, report)
    index = _lesson_index(home, report)
    records = {
        record.slug: record
        for record in InstalledLesson.objects.select_related("page", "quiz").filter(
            slug__in=[lesson.slug for lesson in curriculum.lessons]
        )
    }
    existing = {page.slug: page for page in LessonPage.objects.child_of(index)}

    plans = []
    for lesson in curriculum.lessons:
        related = lesson_related_slugs(lesson=lesson, lessons=curriculum.lessons)
        data = plain_data(lesson.data)
        plan = _Plan(
            lesson=lesson,
            content_hash=lesson_content_hash(data=data, related=related),
            related=related,
            record=records.get(lesson.slug),
        )
        if plan.record is None:
            if lesson.slug in existing:
                if not _saved_only_by_code(existing[lesson.slug]):
                    report.skipped.append(
                        (
                            lesson.slug,
                            "a lesson with this address exists, not installed by the loader",
                        )
                    )
                    continue
                plan.adopted = existing[lesson.slug]
        elif plan.record.content_hash == plan.content_hash:
            report.unchanged.append(lesson.slug)
            continue
        elif reason := _edited_reason(plan.record):
            report.skipped.append((lesson.slug, reason))
            continue
        plans.append(plan)

    bands = {band.slug: band for band in AgeBand.objects.all()}
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    components = {component.code: component for component in CompetenceComponent.objects.all()}
    errors = []

    # First every new page, so that related links can point to any of them.
    for plan in plans:
        data = plain_data(plan.lesson.data)
        if plan.adopted is not None:
            page = plan.adopted
        elif plan.record is None:
            page = LessonPage(slug=data["slug"], live=False)
        else:
            page = plan.record.page.specific
        _apply(page, lesson_page_fields(data))
        page.age_bands = [bands[slug] for slug in data["age_bands"]]
        page.topics = [topics[slug] for slug in data["topics"] or []]
        page.competences = [components[str(code)] for code in data["competences"]]
        try:
            if plan.record is None and plan.adopted is None:
                index.add_child(instance=page)
        except ValidationError as error:
            errors.append(_error_line(plan.lesson, error))
            continue
        plan.page = page

    pages = {page.slug: page for page in LessonPage.objects.child_of(index)}
    for plan in plans:
        if plan.page is None:
            continue
        page = plan.page
        page.related_links = [
            LessonRelatedLink(lesson=pages[slug], sort_order=position)
            for position, slug in enumerate(
                [slug for slug in plan.related if slug in pages][:RELATED_LIMIT]
            )
        ]
        data = plain_data(plan.lesson.data)
        try:
            revision = page.save_revision()
            revision.publish()
            quiz, quiz_revision = _quiz_install(plan, page, data, bands)
        except ValidationError as error:
            errors.append(_error_line(plan.lesson, error))
            continue
        InstalledLesson.objects.update_or_create(
            slug=plan.lesson.slug,
            defaults={
                "page": page,
                "revision_id": revision.pk,
                "quiz": quiz,
                "quiz_revision_id": quiz_revision.pk if quiz_revision else None,
                "content_hash": plan.content_hash,
            },
        )
        created = plan.record is None and plan.adopted is None
        (report.created if created else report.updated).append(plan.lesson.slug)
    if errors:
        raise CurriculumInvalid(errors)
    return report


def _quiz_install(plan: _Plan, page: LessonPage, data: dict, bands: dict):
    """The lesson's quiz (slug "cau-do") created or updated from the file; (None, None) if the
    file has none."""
    if "quiz" not in data:
        return None, None
    lesson_bands = sorted(
        (bands[slug] for slug in data["age_bands"]), key=lambda band: (band.sort_order, band.pk)
    )
    fields = quiz_page_fields(data, lesson_bands[0] if lesson_bands else None)
    quiz = plan.record.quiz if plan.record and plan.record.quiz_id else None
    if quiz is None:
        existing = QuizPage.objects.child_of(page).filter(slug=QUIZ_SLUG).first()
        if existing is not None:
            if plan.adopted is None or not _saved_only_by_code(existing):
                # An editor's quiz where the loader would put one: left as it is.
                return None, None
            quiz = existing
    if quiz is None:
        quiz = QuizPage(slug=QUIZ_SLUG, live=False)
        _apply(quiz, fields)
        page.add_child(instance=quiz)
    else:
        quiz = quiz.specific
        _apply(quiz, fields)
    revision = quiz.save_revision()
    revision.publish()
    return quiz, revision


def _error_line(lesson: LessonFile, error: ValidationError) -> str:
    if hasattr(error, "message_dict"):
        messages = "; ".join(
            f"{name}: {' '.join(str(message) for message in problems)}"
            for name, problems in error.message_dict.items()
        )
    else:
        messages = " ".join(str(message) for message in error.messages)
    return f"{lesson.display}:1: the page does not save: {messages}"
