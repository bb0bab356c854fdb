"""Learning gain: a pre-test and a post-test of one class (quizzes.gain)."""

from collections.abc import Iterable
from dataclasses import dataclass, field

from quizzes import gain, scoring
from quizzes.models import Attempt, QuizRun, RunPhase
from quizzes.question_cache import quiz_question_blocks, quiz_scoring_questions

# Learning gain: a pre-test and a post-test of one class (quizzes.gain). Only the two runs are
# linked; no attempt is ever matched across them, by nickname or anything else.


def attempt_percent(*, score, max_score) -> float | None:
    """A finished attempt's exact score in percent; None when nothing in it is scored."""
    if score is None or not max_score:
        return None
    return 100 * float(score) / max_score


def run_percents(*, run_ids: Iterable[int]) -> dict[int, list[float]]:
    """Per run, the percent each finished attempt scored (one query)."""
    run_ids = list(run_ids)
    percents: dict[int, list[float]] = {run_id: [] for run_id in run_ids}
    rows = Attempt.objects.filter(run_id__in=run_ids, finished_at__isnull=False).values_list(
        "run_id", "score", "max_score"
    )
    for run_id, score, max_score in rows:
        percent = attempt_percent(score=score, max_score=max_score)
        if percent is not None:
            percents[run_id].append(percent)
    return percents


@dataclass
class QuestionGainRow:
    number: int
    text: str
    share: gain.QuestionShare


@dataclass
class RunPair:
    """A run and its partner: the pre-test (trước bài học) and the post-test (sau bài học)."""

    run: QuizRun
    pre: QuizRun | None = None
    post: QuizRun | None = None
    result: gain.ClassGain | None = None
    questions: list[QuestionGainRow] = field(default_factory=list)

    @property
    def linked(self) -> bool:
        return self.pre is not None and self.post is not None

    @property
    def can_start_post(self) -> bool:
        """A post-test may be opened from a run that is not one and has none yet."""
        return self.run.phase != RunPhase.POST and self.post is None


def run_pair(*, run: QuizRun) -> RunPair:
    """``run`` with its partner and, once both exist, the class's gain: mean score before and
    after and, per scored question, the share correct before and after (finished attempts)."""
    if run.phase == RunPhase.POST:
        pre = (
            QuizRun.objects.filter(pk=run.pre_run_id, created_by_id=run.created_by_id).first()
            if run.pre_run_id
            else None
        )
        pair = RunPair(run=run, pre=pre, post=run)
    else:
        post = QuizRun.objects.filter(pre_run=run, created_by_id=run.created_by_id).first()
        pair = RunPair(run=run, pre=run if post is not None else None, post=post)
    if not pair.linked:
        return pair
    quiz = run.quiz
    questions = quiz_scoring_questions(quiz=quiz)
    scored = {qid: q for qid, q in questions.items() if q.max_points}
    attempts = {pair.pre.pk: ([], []), pair.post.pk: ([], [])}
    rows = Attempt.objects.filter(run_id__in=list(attempts), finished_at__isnull=False).values_list(
        "run_id", "score", "max_score", "answers"
    )
    for run_id, score, max_score, answers in rows:
        percents, correctness = attempts[run_id]
        percent = attempt_percent(score=score, max_score=max_score)
        if percent is not None:
            percents.append(percent)
        correctness.append(
            {
                qid: bool(scoring.answer_is_correct(scored[qid], answer))
                for qid, answer in answers.items()
                if qid in scored
            }
        )
    (pre_percents, pre_correct), (post_percents, post_correct) = (
        attempts[pair.pre.pk],
        attempts[pair.post.pk],
    )
    pair.result = gain.class_gain(pre=pre_percents, post=post_percents)
    blocks = [block for block in quiz_question_blocks(quiz=quiz).values()]
    numbers = {block.id: number for number, block in enumerate(blocks, start=1)}
    texts = {block.id: block.value["question"] for block in blocks}
    shares = gain.question_shares(
        question_ids=[block.id for block in blocks if block.id in scored],
        pre=pre_correct,
        post=post_correct,
    )
    pair.questions = [
        QuestionGainRow(number=numbers[s.question_id], text=texts[s.question_id], share=s)
        for s in shares
    ]
    return pair
