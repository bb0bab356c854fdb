"""How a lesson file's data maps onto its pages: the lesson page's fields and its quiz's."""

import json

from django.utils.html import escape

from lessons.models import AgeBand
from quizzes.models import YOUNG_GRADE_MAX

BODY_BLOCK_NAMES = {"text": "paragraph"}


def plain_text(value) -> str:
    return (value or "").strip()


def _body(blocks: list[dict]) -> list[tuple[str, object]]:
    body = []
    for block in blocks:
        kind, value = next(iter(block.items()))
        if kind == "text":
            body.append(("paragraph", value.strip()))
        elif kind == "activity":
            body.append(
                (
                    "activity",
                    {
                        "title": plain_text(value["title"]),
                        "materials": plain_text(value.get("materials")),
                        "steps": [
                            {
                                "minutes": step["minutes"],
                                "instruction": plain_text(step["instruction"]),
                            }
                            for step in value["steps"]
                        ],
                    },
                )
            )
        elif kind == "discussion":
            body.append(
                (
                    "discussion",
                    {
                        "heading": plain_text(value.get("heading")) or "Câu hỏi thảo luận",
                        "questions": [plain_text(question) for question in value["questions"]],
                    },
                )
            )
        else:
            body.append(
                (
                    "get_help",
                    {"heading": plain_text(value["heading"]), "text": plain_text(value["text"])},
                )
            )
    return body


def lesson_page_fields(data: dict) -> dict:
    """The lesson page's own fields from a file's data (not its relations)."""
    grades = data.get("grades") or [None, None]
    return {
        "title": plain_text(data["title"]),
        "summary": plain_text(data["summary"]),
        "audience": data["audience"],
        "duration_minutes": data["duration"],
        "objectives": "\n".join(plain_text(objective) for objective in data["objectives"]),
        "body": _body(data["body"]),
        "teacher_notes": (data.get("teacher_notes") or "").strip(),
        "essential_question": plain_text(data["essential_question"]),
        "vocabulary": [
            ("term", {"term": plain_text(term["term"]), "meaning": plain_text(term["meaning"])})
            for term in data["vocabulary"]
        ],
        "family_corner": plain_text(data["family_corner"]),
        "handouts": [
            (
                "handout",
                {
                    "title": plain_text(handout["title"]),
                    "kind": handout["kind"],
                    "instructions": plain_text(handout.get("instructions")),
                    "items": [
                        {"text": plain_text(item["text"]), "answer": plain_text(item.get("answer"))}
                        for item in handout["items"]
                    ],
                },
            )
            for handout in data["handouts"] or []
        ],
        "grade_min": grades[0],
        "grade_max": grades[1],
    }


def _question(question: dict) -> tuple[str, dict]:
    kind, value = next(iter(question.items()))
    if kind == "choice":
        return (
            "choice",
            {
                "question": plain_text(value["text"]),
                "image": None,
                "choices": [
                    {"text": plain_text(choice["text"]), "correct": choice["correct"]}
                    for choice in value["choices"]
                ],
                "shuffle_choices": True,
                "partial_credit": bool(value.get("partial_credit")),
                "explanation": plain_text(value["explanation"]),
            },
        )
    if kind == "true_false":
        return (
            "true_false",
            {
                "question": plain_text(value["text"]),
                "image": None,
                "answer": "true" if value["answer"] else "false",
                "explanation": plain_text(value["explanation"]),
            },
        )
    return (
        "open",
        {
            "question": plain_text(value["text"]),
            "image": None,
            "explanation": plain_text(value["explanation"]),
        },
    )


def quiz_page_fields(data: dict, age_band: AgeBand | None) -> dict:
    quiz = data["quiz"]
    grades = data.get("grades")
    return {
        "title": plain_text(quiz["title"]),
        "intro": f"<p>{escape(plain_text(quiz['intro']))}</p>",
        "age_band": age_band,
        "questions": [_question(question) for question in quiz["questions"]],
        "pass_mark": quiz["pass_mark"],
        "success_text": plain_text(quiz["success_text"]),
        "fail_text": plain_text(quiz["fail_text"]),
        "answers_at_end": False,
        "one_question_per_screen": True,
        "young_children": bool(grades and grades[1] <= YOUNG_GRADE_MAX),
    }


def plain_data(data) -> dict:
    """The file's data as plain dicts and lists (no line numbers)."""
    return json.loads(json.dumps(data, ensure_ascii=False, default=str))
