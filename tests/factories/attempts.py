from django.utils import timezone

from quizzes import scoring
from quizzes.models import Attempt


def finished_attempts_create(*, quiz, run, answer_sets: list[dict]) -> list[Attempt]:
    """Finished attempts of a run, one per answers mapping, scored and stored as
    ``quizzes.services.attempt_answer`` would store them (in one query)."""
    questions = list(quiz.scoring_questions.values())
    rows = []
    for number, answers in enumerate(answer_sets):
        result = scoring.attempt_score(questions, answers, quiz.pass_mark)
        rows.append(
            Attempt(
                quiz=quiz,
                run=run,
                nickname=f"Bạn {number}",
                nickname_key=f"ban {number}",
                question_order=[question.id for question in questions],
                answers=answers,
                score=result.points,
                max_score=result.max_points,
                passed=result.passed,
                finished_at=timezone.now(),
            )
        )
    return Attempt.objects.bulk_create(rows)
