"""Demo quizzes: one under each student lesson, from ``demo_content``."""

from django.db import transaction

from lessons.models import AgeBand, LessonPage
from quizzes.demo_content import QUIZZES
from quizzes.models import QuizPage


def _question_block(question: dict) -> tuple[str, dict]:
    if question["kind"] == "choice":
        return (
            "choice",
            {
                "question": question["text"],
                "image": None,
                "choices": [
                    {"text": text, "correct": correct} for text, correct in question["choices"]
                ],
                "shuffle_choices": True,
                "explanation": question["explanation"],
            },
        )
    if question["kind"] == "true_false":
        return (
            "true_false",
            {
                "question": question["text"],
                "image": None,
                "answer": "true" if question["answer"] else "false",
                "explanation": question["explanation"],
            },
        )
    return (
        "open",
        {"question": question["text"], "image": None, "explanation": question["explanation"]},
    )


@transaction.atomic
def demo_quizzes_build() -> None:
    lessons = {lesson.slug: lesson for lesson in LessonPage.objects.filter(slug__in=QUIZZES)}
    for slug, data in QUIZZES.items():
        lesson = lessons.get(slug)
        if lesson is None or QuizPage.objects.child_of(lesson).exists():
            continue
        band = lesson.age_bands.order_by("sort_order").first() or AgeBand.objects.first()
        quiz = QuizPage(
            title=data["title"],
            slug="cau-do",
            intro=f"<p>{data['intro']}</p>",
            age_band=band,
            questions=[_question_block(question) for question in data["questions"]],
            pass_mark=data["pass_mark"],
            success_text=data["success_text"],
            fail_text=data["fail_text"],
            answers_at_end=False,
            one_question_per_screen=True,
        )
        lesson.add_child(instance=quiz)
        quiz.save_revision().publish()
