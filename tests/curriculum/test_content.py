"""The starter curriculum's content (curriculum/data): every lesson carries its teacher's kit,
every student quiz has enough scored questions and cannot be passed by picking the longest
option, and the whole set loads twice on a fresh database with the second run changing nothing.
"""

import re
from pathlib import Path

import pytest
import yaml
from wagtail.models import Revision

from curriculum.services import DATA_ROOT, curriculum_install
from curriculum.validation import curriculum_read

LESSON_FILES = sorted((DATA_ROOT / "lessons").rglob("*.yaml"))
# Help contacts come from the site's settings through the get_help block: never typed in.
TYPED_CONTACT = re.compile(
    r"(?<![\d.,])11[13](?!\d)(?![.,]\d)|https?://|www\.|\b[\w-]+\.(?:vn|com|org|net)\b",
    re.IGNORECASE,
)
MAX_LONGEST_CORRECT_SHARE = 0.35


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _id(path: Path) -> str:
    return path.stem


def test_every_file_validates():
    errors = curriculum_read(root=DATA_ROOT).errors
    assert errors == [], "\n".join(errors)


def test_the_curriculum_is_wide_enough():
    lessons = [_load(path) for path in LESSON_FILES]
    assert len(lessons) >= 32
    students = [lesson for lesson in lessons if lesson["audience"] == "students"]
    for band in ["tieu-hoc", "thcs", "thpt", "ngoai-nha-truong"]:
        assert any(band in lesson["age_bands"] for lesson in students), band
    # Primary school split in grades 1–3 and 4–5.
    primary = [lesson for lesson in students if "tieu-hoc" in lesson["age_bands"]]
    assert any(lesson.get("grades", [0, 9])[1] <= 3 for lesson in primary)
    assert any(lesson.get("grades", [0, 0])[0] >= 4 for lesson in primary)
    assert sum(lesson["audience"] == "parents" for lesson in lessons) >= 3
    assert sum(lesson["audience"] == "teachers" for lesson in lessons) >= 2


@pytest.mark.parametrize("path", LESSON_FILES, ids=_id)
def test_every_lesson_has_its_teachers_kit(path):
    lesson = _load(path)
    assert (lesson.get("essential_question") or "").strip(), "essential question"
    assert 3 <= len(lesson.get("vocabulary") or []) <= 8, "3–8 vocabulary terms"
    assert lesson.get("competences"), "at least one competence component"
    family = (lesson.get("family_corner") or "").strip()
    assert family and len(family) <= 600, f"family corner of {len(family)} characters"
    assert lesson.get("handouts"), "at least one handout"
    kinds = [next(iter(block)) for block in lesson["body"]]
    assert "get_help" in kinds, "a get_help block"


def _body_texts(lesson: dict):
    for block in lesson["body"]:
        kind, value = next(iter(block.items()))
        if kind == "text":
            yield value
        elif kind == "get_help":
            yield value.get("text") or ""


@pytest.mark.parametrize("path", LESSON_FILES, ids=_id)
def test_no_hotline_or_web_address_is_typed_into_lesson_text(path):
    found = [
        match.group(0)
        for text in _body_texts(_load(path))
        for match in TYPED_CONTACT.finditer(text)
    ]
    assert not found, f"refer to the help block instead of typing {found}"


STUDENT_FILES = [path for path in LESSON_FILES if _load(path)["audience"] == "students"]


@pytest.mark.parametrize("path", STUDENT_FILES, ids=_id)
def test_every_student_quiz_has_at_least_six_scored_questions(path):
    quiz = _load(path).get("quiz")
    assert quiz, "a student lesson has its quiz"
    scored = [question for question in quiz["questions"] if "open" not in question]
    assert len(scored) >= 6
    for question in quiz["questions"]:
        if "choice" in question:
            choices = question["choice"]["choices"]
            assert 2 <= len(choices) <= 5
            assert any(choice["correct"] for choice in choices)


def longest_correct_share(paths) -> tuple[int, int]:
    """(single-answer questions whose correct option is strictly the longest, all of them)."""
    longest = total = 0
    for path in paths:
        quiz = _load(path).get("quiz") or {"questions": []}
        for question in quiz["questions"]:
            if "choice" not in question:
                continue
            choices = question["choice"]["choices"]
            right = [choice for choice in choices if choice["correct"]]
            if len(right) != 1:
                continue
            total += 1
            length = len(right[0]["text"])
            if all(length > len(choice["text"]) for choice in choices if choice is not right[0]):
                longest += 1
    return longest, total


def test_the_longest_option_is_rarely_the_right_one(capsys):
    longest, total = longest_correct_share(LESSON_FILES)
    share = longest / total
    with capsys.disabled():
        print(
            f"\nGuessing metric: {longest} of {total} single-answer questions "
            f"({share:.0%}) have the correct option strictly the longest (at most 35%)."
        )
    assert total > 0
    assert share <= MAX_LONGEST_CORRECT_SHARE


def test_the_metric_counts_what_it_says():
    import tempfile

    text = yaml.safe_dump(
        {
            "quiz": {
                "questions": [
                    {
                        "choice": {
                            "choices": [
                                {"text": "dài hơn", "correct": True},
                                {"text": "a", "correct": False},
                            ]
                        }
                    },
                    {
                        "choice": {
                            "choices": [
                                {"text": "b", "correct": True},
                                {"text": "dài", "correct": False},
                            ]
                        }
                    },
                    {
                        "choice": {
                            "choices": [
                                {"text": "cc", "correct": True},
                                {"text": "dd", "correct": False},
                            ]
                        }
                    },
                    {
                        "choice": {
                            "choices": [
                                {"text": "x", "correct": True},
                                {"text": "yyy", "correct": True},
                            ]
                        }
                    },
                    {"true_false": {"answer": True}},
                ]
            }
        }
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "q.yaml"
        path.write_text(text, encoding="utf-8")
        # Only the first is strictly longest; the tie and the multi-answer do not count.
        assert longest_correct_share([path]) == (1, 3)


@pytest.mark.django_db
def test_the_starter_curriculum_loads_twice_and_the_second_run_changes_nothing(home_page):
    first = curriculum_install(home=home_page)
    assert len(first.created) == len(LESSON_FILES) and not first.skipped
    revisions = Revision.objects.count()
    second = curriculum_install(home=home_page)
    assert second.created == second.updated == second.skipped == []
    assert len(second.unchanged) == len(LESSON_FILES)
    assert Revision.objects.count() == revisions
