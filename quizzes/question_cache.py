"""A quiz's questions, parsed once per published revision rather than on every answer.

Parsing a quiz's StreamField (its blocks, their images) costs more than the rest of an answer.
The scoring form of the questions (``scoring.Question``, plain data) is kept in the default
cache, shared by every worker and app server, under one key per quiz that holds the version it
was parsed from: the page's latest revision id, ``last_published_at`` and a digest of the
stored questions, so neither a publish, a revert nor a direct save can serve another version's
questions. Publishing, unpublishing, saving or deleting a quiz also purges the key at once.
The question blocks, which the attempt page renders and which do not pickle, are kept the same
way in each worker's memory for a few quizzes, and so is the quiz page itself for the answer
path (``quiz_shared``), for one content generation of the page cache: any publish,
unpublish, move or delete starts a new one.
"""

import hashlib
import json
import threading
from collections import OrderedDict

from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder

from home.page_cache import current_generation
from quizzes.models import QuizPage

KEY = "quiz:questions:{pk}"
TIMEOUT_SECONDS = 24 * 60 * 60
BLOCKS_KEPT = 32  # quizzes whose blocks a worker keeps

_blocks: OrderedDict[int, tuple[str, dict]] = OrderedDict()
_blocks_lock = threading.Lock()
_quizzes: OrderedDict[int, tuple[int, object]] = OrderedDict()


def _version(quiz) -> str:
    raw = json.dumps(list(quiz.questions.raw_data), sort_keys=True, cls=DjangoJSONEncoder)
    digest = hashlib.sha256(raw.encode()).hexdigest()[:32]
    published = quiz.last_published_at.isoformat() if quiz.last_published_at else "-"
    return f"{quiz.latest_revision_id}|{published}|{digest}"


def quiz_scoring_questions(*, quiz) -> dict:
    """``quiz.scoring_questions``, parsed once per version of the quiz's questions."""
    if "scoring_questions" in quiz.__dict__:
        return quiz.scoring_questions
    version = _version(quiz)
    key = KEY.format(pk=quiz.pk)
    stored = cache.get(key)
    if stored is not None and stored[0] == version:
        quiz.__dict__["scoring_questions"] = stored[1]
        return stored[1]
    questions = quiz.scoring_questions
    cache.set(key, (version, questions), TIMEOUT_SECONDS)
    return questions


def quiz_question_blocks(*, quiz) -> dict:
    """``quiz.question_blocks``, parsed once per version in each worker."""
    if "question_blocks" in quiz.__dict__:
        return quiz.question_blocks
    version = _version(quiz)
    with _blocks_lock:
        kept = _blocks.get(quiz.pk)
        if kept is not None and kept[0] == version:
            _blocks.move_to_end(quiz.pk)
            quiz.__dict__["question_blocks"] = kept[1]
            return kept[1]
    blocks = quiz.question_blocks
    with _blocks_lock:
        _blocks[quiz.pk] = (version, blocks)
        while len(_blocks) > BLOCKS_KEPT:
            _blocks.popitem(last=False)
    return blocks


def quiz_shared(*, quiz_id: int):
    """The quiz page (live row) of an attempt, read once per content generation in each worker
    rather than joined to every attempt read: the answer path only reads it."""
    generation = current_generation()
    with _blocks_lock:
        kept = _quizzes.get(quiz_id)
        if kept is not None and kept[0] == generation:
            _quizzes.move_to_end(quiz_id)
            return kept[1]
    quiz = QuizPage.objects.get(pk=quiz_id)
    with _blocks_lock:
        _quizzes[quiz_id] = (generation, quiz)
        while len(_quizzes) > BLOCKS_KEPT:
            _quizzes.popitem(last=False)
    return quiz


def quiz_questions_purge(*, quiz_id: int) -> None:
    cache.delete(KEY.format(pk=quiz_id))
    with _blocks_lock:
        _blocks.pop(quiz_id, None)
        _quizzes.pop(quiz_id, None)
