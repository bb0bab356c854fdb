"""Reads of the quiz engine: what a student sees (taking), what a teacher and an editor see
(results, item analysis) and the learning gain between a class's pre-test and post-test."""

from quizzes.selectors.learning_gain import (
    QuestionGainRow,
    RunPair,
    attempt_percent,
    run_pair,
    run_percents,
)
from quizzes.selectors.results import (
    FLAG_LABELS,
    ItemStats,
    OptionRow,
    RunResults,
    item_analysis,
    quiz_results,
    run_get_for_user,
    run_list_for_user,
    run_results,
)
from quizzes.selectors.taking import (
    ChoiceView,
    QuestionView,
    attempt_questions,
    lesson_quizzes,
    practice_locked,
    user_can_run_quizzes,
)

__all__ = [
    "FLAG_LABELS",
    "ChoiceView",
    "ItemStats",
    "OptionRow",
    "QuestionGainRow",
    "QuestionView",
    "RunPair",
    "RunResults",
    "attempt_percent",
    "attempt_questions",
    "item_analysis",
    "lesson_quizzes",
    "practice_locked",
    "quiz_results",
    "run_get_for_user",
    "run_list_for_user",
    "run_pair",
    "run_percents",
    "run_results",
    "user_can_run_quizzes",
]
