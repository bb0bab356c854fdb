"""Reads that find lessons: browsing with filters, search, related and latest lessons."""

from collections.abc import Mapping
from dataclasses import dataclass

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Count, F, Q, QuerySet

from core.text import fold_vietnamese
from home.page_cache import generation_cached
from home.privacy import restricted_paths
from lessons.models import AgeBand, Audience, CompetenceComponent, LessonPage, Topic

# A lesson's own long fields: what a card or a link never shows.
LESSON_LONG_FIELDS = ("body", "vocabulary", "handouts", "teacher_notes", "objectives")

PAGE_SIZE = 12
SEARCH_RESULTS_LIMIT = 200

# URL parameter names: short, readable in a link a teacher shares.
AGE_BAND_PARAM = "cap"
TOPIC_PARAM = "chu_de"
AUDIENCE_PARAM = "doi_tuong"
COMPETENCE_PARAM = "nang_luc"
GRADE_PARAM = "lop"
GRADES = range(1, 13)


@dataclass(frozen=True)
class LessonFilters:
    age_band: AgeBand | None = None
    topic: Topic | None = None
    audience: str | None = None
    competence: CompetenceComponent | None = None
    grade: int | None = None
    invalid: tuple[str, ...] = ()

    @property
    def active(self) -> bool:
        return bool(self.age_band or self.topic or self.audience or self.competence or self.grade)


def lesson_filters_parse(*, params: Mapping[str, str]) -> LessonFilters:
    """Filters from the URL; an unknown value is reported and ignored, never an error page."""
    invalid = []
    age_band = topic = audience = None
    if slug := params.get(AGE_BAND_PARAM, "").strip():
        age_band = AgeBand.objects.filter(slug=slug).first()
        if age_band is None:
            invalid.append(AGE_BAND_PARAM)
    if slug := params.get(TOPIC_PARAM, "").strip():
        topic = Topic.objects.filter(slug=slug).first()
        if topic is None:
            invalid.append(TOPIC_PARAM)
    if value := params.get(AUDIENCE_PARAM, "").strip():
        if value in Audience.values:
            audience = value
        else:
            invalid.append(AUDIENCE_PARAM)
    competence = grade = None
    if code := params.get(COMPETENCE_PARAM, "").strip():
        competence = CompetenceComponent.objects.filter(code=code).first()
        if competence is None:
            invalid.append(COMPETENCE_PARAM)
    if value := params.get(GRADE_PARAM, "").strip():
        if value.isdigit() and int(value) in GRADES:
            grade = int(value)
        else:
            invalid.append(GRADE_PARAM)
    return LessonFilters(
        age_band=age_band,
        topic=topic,
        audience=audience,
        competence=competence,
        grade=grade,
        invalid=tuple(invalid),
    )


def _band_ranges() -> dict[int, tuple[int, int]]:
    """Each age band's grade range read from its "Lớp 1–5" text (bands without one left out),
    kept for the content generation (editing a band starts a new one)."""
    return generation_cached(
        "age-band-grades",
        lambda: {
            band.pk: band.grade_range
            for band in AgeBand.objects.only("pk", "grades")
            if band.grade_range
        },
    )


def lesson_grade_q(*, grade: int) -> Q:
    """Lessons for ``grade``: by their own grade range, or else by one of their age bands'."""
    bands = [pk for pk, (low, high) in _band_ranges().items() if low <= grade <= high]
    own = Q(grade_min__lte=grade, grade_max__gte=grade)
    by_band = Q(grade_min__isnull=True, age_bands__in=bands) if bands else Q(pk__in=[])
    return own | by_band


def lesson_published() -> QuerySet[LessonPage]:
    """Live lessons without view restrictions (as ``public()``, without its query)."""
    lessons = LessonPage.objects.live()
    restricted = Q()
    for path in restricted_paths():
        restricted |= Q(path__startswith=path)
    return lessons.exclude(restricted) if restricted else lessons


def lesson_list(
    *,
    filters: LessonFilters,
    exclude: str | None = None,
    published: QuerySet[LessonPage] | None = None,
) -> QuerySet[LessonPage]:
    """Published, public lessons matching the filters (all but ``exclude``), newest first."""
    lessons = lesson_published() if published is None else published
    if filters.age_band and exclude != AGE_BAND_PARAM:
        lessons = lessons.filter(age_bands=filters.age_band)
    if filters.topic and exclude != TOPIC_PARAM:
        lessons = lessons.filter(topics=filters.topic)
    if filters.audience and exclude != AUDIENCE_PARAM:
        lessons = lessons.filter(audience=filters.audience)
    if filters.competence and exclude != COMPETENCE_PARAM:
        lessons = lessons.filter(competences=filters.competence)
    if filters.grade and exclude != GRADE_PARAM:
        # A lesson of two matching bands appears once: filtered by id, not joined.
        lessons = lessons.filter(
            pk__in=LessonPage.objects.filter(lesson_grade_q(grade=filters.grade)).values("pk")
        )
    # Never published through the workflow (imported, created by code): last on every database.
    return lessons.order_by(F("first_published_at").desc(nulls_last=True), "pk")


def _with_cards(lessons: QuerySet[LessonPage]) -> QuerySet[LessonPage]:
    return lessons.defer(*LESSON_LONG_FIELDS).prefetch_related("age_bands", "topics")


def lesson_facets(
    *,
    filters: LessonFilters,
    published: QuerySet[LessonPage],
    lesson_ids: list[int] | None = None,
) -> dict:
    """Each filter's options with how many lessons each would give, the other filters kept."""

    def matching(param):
        lessons = lesson_list(filters=filters, exclude=param, published=published)
        return lessons if lesson_ids is None else lessons.filter(pk__in=lesson_ids)

    age_bands = AgeBand.objects.annotate(
        lesson_count=Count(
            "lessons", filter=Q(lessons__in=matching(AGE_BAND_PARAM).values("pk")), distinct=True
        )
    ).order_by("sort_order", "name")
    topics = Topic.objects.annotate(
        lesson_count=Count(
            "lessons", filter=Q(lessons__in=matching(TOPIC_PARAM).values("pk")), distinct=True
        )
    ).order_by("name")
    audience_counts = dict(
        matching(AUDIENCE_PARAM)
        .order_by()
        .values_list("audience")
        .annotate(n=Count("pk"))
        .values_list("audience", "n")
    )
    audiences = [
        {"value": value, "label": label, "lesson_count": audience_counts.get(value, 0)}
        for value, label in Audience.choices
    ]
    competences = CompetenceComponent.objects.annotate(
        lesson_count=Count(
            "lessons",
            filter=Q(lessons__in=matching(COMPETENCE_PARAM).values("pk")),
            distinct=True,
        )
    ).order_by("sort_order", "code")
    grade_lessons = matching(GRADE_PARAM).order_by()
    grade_counts = grade_lessons.aggregate(
        **{
            f"grade_{grade}": Count(
                "pk",
                filter=Q(
                    pk__in=LessonPage.objects.filter(lesson_grade_q(grade=grade)).values("pk")
                ),
                distinct=True,
            )
            for grade in GRADES
        }
    )
    grades = [{"value": grade, "lesson_count": grade_counts[f"grade_{grade}"]} for grade in GRADES]
    return {
        "age_bands": list(age_bands),
        "topics": list(topics),
        "audiences": audiences,
        "competences": list(competences),
        "grades": grades,
    }


def _paginate(items, page_number: str | None) -> PaginatorPage:
    return Paginator(items, PAGE_SIZE).get_page(page_number)


def lesson_browse(*, params: Mapping[str, str]) -> dict:
    filters = lesson_filters_parse(params=params)
    published = lesson_published()
    lessons = lesson_list(filters=filters, published=published)
    page_obj = _paginate(_with_cards(lessons), params.get("page"))
    # The counts change only with the content: kept for the generation, per filter choice.
    facets_key = "facets:" + ":".join(
        [
            filters.age_band.slug if filters.age_band else "",
            filters.topic.slug if filters.topic else "",
            filters.audience or "",
            filters.competence.code if filters.competence else "",
            str(filters.grade or ""),
        ]
    )
    return {
        "filters": filters,
        "facets": generation_cached(
            facets_key, lambda: lesson_facets(filters=filters, published=published)
        ),
        "lessons": page_obj,
        "result_count": page_obj.paginator.count,
    }


def _search_ids(folded_query: str, operator: str) -> list[int]:
    hits = LessonPage.objects.live().search(folded_query, operator=operator)
    return [hit.pk for hit in hits[:SEARCH_RESULTS_LIMIT]]


def lesson_search(*, query: str, params: Mapping[str, str]) -> dict:
    """Lessons matching every word of the query (or, failing that, any word), accent-free."""
    filters = lesson_filters_parse(params=params)
    folded = fold_vietnamese(query)
    ids = []
    if folded:
        ids = _search_ids(folded, "and") or _search_ids(folded, "or")
    rank = {pk: position for position, pk in enumerate(ids)}
    words = set(folded.split())

    def order(lesson: LessonPage) -> tuple[bool, int]:
        # Lessons whose title holds every word come first, whatever the backend's scoring.
        return (not words <= set(lesson.title_folded().split()), rank[lesson.pk])

    published = lesson_published()
    lessons = lesson_list(filters=filters, published=published).filter(pk__in=ids)
    page_obj = _paginate(sorted(_with_cards(lessons), key=order), params.get("page"))
    return {
        "filters": filters,
        "facets": lesson_facets(filters=filters, published=published, lesson_ids=ids),
        "lessons": page_obj,
        "result_count": page_obj.paginator.count,
    }


def lesson_related(
    *, lesson: LessonPage, age_bands: list[AgeBand], topics: list[Topic], limit: int = 3
) -> list[LessonPage]:
    """The editor's choice of related lessons, else lessons sharing a topic and an age band."""
    published = lesson_published().defer(*LESSON_LONG_FIELDS)
    chosen = list(
        published.filter(pk__in=[link.lesson_id for link in lesson.related_links.all()]).exclude(
            pk=lesson.pk
        )[:limit]
    )
    if chosen:
        return chosen
    return list(
        published.filter(
            topics__in=[topic.pk for topic in topics],
            age_bands__in=[band.pk for band in age_bands],
        )
        .exclude(pk=lesson.pk)
        .distinct()
        .order_by("title")[:limit]
    )


def lesson_page_data(*, lesson: LessonPage) -> dict:
    """What a lesson's page shows besides its own fields: its age bands, topics, competence
    components and related lessons (without their long fields), read once per content
    generation: a publish, a move or a taxonomy change starts a new one."""

    def build() -> dict:
        age_bands = list(lesson.age_bands.all())
        topics = list(lesson.topics.all())
        related = lesson_related(lesson=lesson, age_bands=age_bands, topics=topics)
        return {
            "lesson_age_bands": age_bands,
            "lesson_topics": topics,
            "lesson_competences": list(lesson.competences.all()),
            "related_lessons": related,
        }

    return generation_cached(f"lesson-page:{lesson.pk}", build)


def lesson_latest(*, limit: int = 6) -> list[LessonPage]:
    return list(_with_cards(lesson_list(filters=LessonFilters()))[:limit])


def age_band_list() -> list[AgeBand]:
    return list(AgeBand.objects.order_by("sort_order", "name"))
