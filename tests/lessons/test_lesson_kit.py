"""The teacher's kit of a lesson: essential question, vocabulary, competence components,
"Góc gia đình" and printable handouts on the page; the index filters by component and grade."""

import pytest
from django.core.exceptions import ValidationError

from lessons.models import CompetenceComponent
from tests.factories.lessons import LessonPageFactory

HANDOUTS = [
    (
        "handout",
        {
            "title": "Thẻ tình huống",
            "kind": "cards",
            "instructions": "In, cắt rời, mỗi nhóm một bộ.",
            "items": [
                {"text": "Một người lạ nhắn tin xin ảnh của em.", "answer": "Chặn và kể."},
                {"text": "Bạn xin mật khẩu trò chơi.", "answer": ""},
            ],
        },
    ),
    (
        "handout",
        {
            "title": "Phiếu ghi chép",
            "kind": "worksheet",
            "instructions": "",
            "items": [{"text": "Viết một điều em sẽ làm.", "answer": ""}],
        },
    ),
]


def _grades_of_bands(age_bands):
    """The programme's grade ranges (the shared fixture's bands all say "Lớp 6–9")."""
    for slug, grades in [("tieu-hoc", "Lớp 1–5"), ("thcs", "Lớp 6–9"), ("thpt", "Lớp 10–12")]:
        age_bands[slug].grades = grades
        age_bands[slug].save()


@pytest.fixture
def kit_lesson(lesson_index, age_bands, help_contacts):
    _grades_of_bands(age_bands)
    return LessonPageFactory(
        parent=lesson_index,
        title="Mật khẩu là bí mật",
        age_bands=[age_bands["tieu-hoc"]],
        competences=["4.2", "2.5"],
        essential_question="Vì sao mật khẩu phải là bí mật?",
        vocabulary=[
            ("term", {"term": "Mật khẩu", "meaning": "Chuỗi chữ và số bí mật."}),
            ("term", {"term": "Tài khoản", "meaning": "Chỗ của em trong một ứng dụng."}),
        ],
        family_corner="Hôm nay con học giữ mật khẩu. Cả nhà cùng đặt một mật khẩu mạnh.",
        handouts=HANDOUTS,
        grade_min=1,
        grade_max=3,
    )


def test_the_24_components_come_with_the_migrations(db):
    assert CompetenceComponent.objects.count() == 24
    component = CompetenceComponent.objects.get(code="4.2")
    assert component.name == "Bảo vệ dữ liệu cá nhân và quyền riêng tư"
    assert component.domain == "safety"
    assert list(CompetenceComponent.objects.values_list("code", flat=True)[:2]) == ["1.1", "1.2"]


def test_the_lesson_page_shows_the_kit(client, kit_lesson):
    html = client.get(kit_lesson.url).content.decode()
    assert "Câu hỏi cốt lõi" in html
    assert html.index("Vì sao mật khẩu phải là bí mật?") < html.index("lesson__body")
    assert "<dt>Mật khẩu</dt><dd>Chuỗi chữ và số bí mật.</dd>" in html
    assert "?nang_luc=4.2" in html and "Bảo vệ dữ liệu cá nhân và quyền riêng tư" in html
    assert "Góc gia đình" in html and "gửi phụ huynh" in html
    assert "Lớp 1–3" in html
    # Handouts: cards as cut-out boxes, a worksheet, and the answer key with only the answers.
    assert 'class="handout handout--cards"' in html
    assert 'class="handout__cards"' in html
    assert 'class="handout handout--worksheet"' in html
    key = html[html.index("Đáp án (dành cho giáo viên)") :]
    assert "Chặn và kể." in key
    assert "Bạn xin mật khẩu trò chơi." not in key


def test_a_lesson_without_a_kit_shows_none_of_its_headings(client, lesson_index, age_bands):
    lesson = LessonPageFactory(parent=lesson_index, age_bands=[age_bands["thcs"]])
    html = client.get(lesson.url).content.decode()
    for heading in ["Câu hỏi cốt lõi", "Từ vựng", "Góc gia đình", "Phiếu in", "Đáp án"]:
        assert heading not in html


def test_the_print_stylesheet_puts_handouts_and_the_answer_key_on_their_own_pages():
    from django.contrib.staticfiles import finders

    with open(finders.find("css/print.css"), encoding="utf-8") as file:
        css = file.read()
    assert ".handout { break-before: page; }" in css
    assert ".answer-key { break-before: page;" in css
    assert "dashed" in css


@pytest.mark.parametrize(
    ("low", "high", "field"), [(4, 2, "grade_max"), (3, None, "grade_max"), (None, 5, "grade_min")]
)
def test_grades_must_be_an_ordered_pair(kit_lesson, low, high, field):
    kit_lesson.grade_min, kit_lesson.grade_max = low, high
    with pytest.raises(ValidationError) as error:
        kit_lesson.full_clean()
    assert field in error.value.message_dict


def test_a_grade_above_12_is_refused(kit_lesson):
    kit_lesson.grade_max = 13
    with pytest.raises(ValidationError) as error:
        kit_lesson.full_clean()
    assert "grade_max" in error.value.message_dict


@pytest.fixture
def graded_lessons(lesson_index, age_bands, help_contacts):
    _grades_of_bands(age_bands)
    return {
        "young": LessonPageFactory(
            parent=lesson_index,
            title="Lớp nhỏ",
            age_bands=[age_bands["tieu-hoc"]],
            grade_min=1,
            grade_max=3,
            competences=["4.2"],
        ),
        "older": LessonPageFactory(
            parent=lesson_index,
            title="Lớp lớn tiểu học",
            age_bands=[age_bands["tieu-hoc"]],
            grade_min=4,
            grade_max=5,
            competences=["2.5"],
        ),
        # No grades of its own: its band's "Lớp 6–9" counts.
        "secondary": LessonPageFactory(
            parent=lesson_index,
            title="Trung học",
            age_bands=[age_bands["thcs"]],
            competences=["4.2", "1.2"],
        ),
    }


def _titles(response):
    return sorted(lesson.title for lesson in response.context["lessons"])


def test_the_index_filters_by_competence_component(client, lesson_index, graded_lessons):
    response = client.get(lesson_index.url + "?nang_luc=4.2")
    assert _titles(response) == ["Lớp nhỏ", "Trung học"]
    html = response.content.decode()
    assert 'aria-current="true"' in html and "Bảo vệ dữ liệu cá nhân" in html
    counts = {c.code: c.lesson_count for c in response.context["facets"]["competences"]}
    assert counts["4.2"] == 2 and counts["2.5"] == 1 and counts["6.1"] == 0
    # A component no lesson develops is not offered.
    assert "?nang_luc=6.1" not in html and "nang_luc=6.1" not in html


@pytest.mark.parametrize(
    ("grade", "titles"),
    [("2", ["Lớp nhỏ"]), ("5", ["Lớp lớn tiểu học"]), ("7", ["Trung học"]), ("11", [])],
)
def test_the_index_filters_by_grade(client, lesson_index, graded_lessons, grade, titles):
    response = client.get(lesson_index.url + f"?lop={grade}")
    assert _titles(response) == titles


def test_grade_counts_are_offered_and_combine_with_the_component(
    client, lesson_index, graded_lessons
):
    response = client.get(lesson_index.url + "?nang_luc=4.2")
    grades = {g["value"]: g["lesson_count"] for g in response.context["facets"]["grades"]}
    assert grades[1] == 1 and grades[4] == 0 and grades[6] == 1 and grades[12] == 0
    assert "lop=1" in response.content.decode()
    response = client.get(lesson_index.url + "?nang_luc=4.2&lop=1")
    assert _titles(response) == ["Lớp nhỏ"]


@pytest.mark.parametrize("query", ["?nang_luc=9.9", "?lop=13", "?lop=mot"])
def test_an_unknown_component_or_grade_is_reported_and_ignored(
    client, lesson_index, graded_lessons, query
):
    response = client.get(lesson_index.url + query)
    assert response.status_code == 200
    assert response.context["result_count"] == 3
    assert "không còn tồn tại" in response.content.decode()


@pytest.mark.parametrize("query", ["?nang_luc=4.2", "?lop=2", "?nang_luc=4.2&lop=7&cap=thcs"])
def test_filtered_index_answers_in_at_most_10_queries(
    client, settings, lesson_index, graded_lessons, query, django_assert_max_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(lesson_index.url + query)
    with django_assert_max_num_queries(10):
        response = client.get(lesson_index.url + query)
    assert response.status_code == 200


def _edit_data(lesson, **changes):
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    data = {
        "title": lesson.title,
        "slug": lesson.slug,
        "summary": lesson.summary,
        "audience": "students",
        "grade_min": 1,
        "grade_max": 3,
        "duration_minutes": 35,
        "objectives": "Một\nHai\nBa",
        "body": streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))]),
        "teacher_notes": rich_text("<p>Ghi chú.</p>"),
        "essential_question": "Vì sao?",
        "vocabulary": streamfield([("term", {"term": "Mật khẩu", "meaning": "Chìa khóa."})]),
        "family_corner": "Góc gia đình.",
        "handouts": streamfield([]),
        "related_links": inline_formset([]),
    }
    data.update(changes)
    form_data = nested_form_data(data)
    # Multiple choices as repeated keys (nested_form_data would number them).
    form_data["age_bands"] = [band.pk for band in lesson.age_bands.all()]
    form_data["competences"] = [CompetenceComponent.objects.get(code="4.2").pk]
    return form_data


def test_the_editor_finds_the_kit_in_one_panel_and_saves_it(admin_client, kit_lesson):
    url = f"/admin/pages/{kit_lesson.pk}/edit/"
    html = admin_client.get(url).content.decode()
    assert "Bộ công cụ giáo viên" in html and "Góc gia đình" in html
    assert "Bảo vệ dữ liệu cá nhân và quyền riêng tư" in html  # a component to tick
    response = admin_client.post(url, _edit_data(kit_lesson, grade_max=2))
    assert response.status_code == 302, response.context["form"].errors
    kit_lesson.refresh_from_db()
    assert kit_lesson.get_latest_revision_as_object().grade_max == 2


def test_grades_outside_the_chosen_age_band_are_refused_in_the_admin(admin_client, kit_lesson):
    url = f"/admin/pages/{kit_lesson.pk}/edit/"
    response = admin_client.post(url, _edit_data(kit_lesson, grade_max=7))
    assert response.status_code == 200
    assert "Các lớp phải nằm trong cấp học đã chọn (lớp 1–5)." in response.content.decode()


def test_a_lesson_with_its_kit_answers_in_at_most_10_queries(
    client, settings, kit_lesson, django_assert_max_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(kit_lesson.url)
    with django_assert_max_num_queries(10):
        response = client.get(kit_lesson.url)
    assert [c.code for c in response.context["lesson_competences"]] == ["2.5", "4.2"]
