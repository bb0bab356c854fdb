"""Writes of the quiz engine: runs, attempts and answers, each in one transaction (answers: in
one conditional UPDATE)."""

import random
import secrets
from collections.abc import Mapping, Sequence

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.text import fold_vietnamese
from quizzes import scoring
from quizzes.models import Attempt, QuizPage, QuizRun, RunPhase
from quizzes.question_cache import quiz_question_blocks, quiz_scoring_questions, quiz_shared
from quizzes.selectors import practice_locked, user_can_run_quizzes

# No look-alike characters: no 0/O, 1/I/L, 2/Z, 5/S, 8/B, G/6.
JOIN_CODE_ALPHABET = "ACDEFHJKMNPQRTUVWXY3479"
JOIN_CODE_LENGTH = 6
NICKNAME_MAX_LENGTH = 30
CLASS_NAME_MAX_LENGTH = 60
# Times an answer is checked again after another write to its attempt won the race.
ANSWER_TRIES = 3


class QuizError(Exception):
    """A request the quiz cannot take; ``message`` is shown to the user, ``status`` sent."""

    status = 400

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class NoAnswer(QuizError):
    """Nothing chosen or written: shown as the error of the questions on the screen."""


class RunNotFound(QuizError):
    status = 404


class RunClosed(QuizError):
    status = 410


class NicknameTaken(QuizError):
    status = 409


class AlreadyAnswered(QuizError):
    status = 409


class NotAllowed(QuizError):
    status = 403


class PracticeLocked(QuizError):
    """A class run of the quiz is open and closes practice: explained on a page (200)."""

    status = 200


PRACTICE_LOCKED_MESSAGE = _(
    "Một lớp đang làm câu đố này cùng thầy cô, nên chế độ tự luyện tập (có hiện đáp án) tạm "
    "khóa. Em có thể luyện tập lại khi lượt chơi kết thúc. Nếu thầy cô cho em mã tham gia, hãy "
    "nhập mã để làm bài cùng lớp."
)


def join_code_normalise(code: str) -> str:
    return "".join(code.split()).upper()


def _join_code_new() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def _run_create(**fields) -> QuizRun:
    """A new run with a fresh join code (drawn again if another run took it meanwhile)."""
    for _attempt in range(10):
        try:
            with transaction.atomic():
                return QuizRun.objects.create(code=_join_code_new(), **fields)
        except IntegrityError:
            continue  # the code was taken by another run: draw again
    raise QuizError(_("Không tạo được mã tham gia, vui lòng thử lại."))


def quiz_run_start(
    *,
    quiz: QuizPage,
    user,
    class_name: str,
    closes_practice: bool = True,
    pre_test: bool = False,
) -> QuizRun:
    """Open a class run; ``pre_test`` marks it as taken before the lesson (trước bài học)."""
    if not user_can_run_quizzes(user=user):
        raise NotAllowed(_("Chỉ giáo viên mới mở được lượt chơi cho lớp."))
    class_name = " ".join(class_name.split())
    if not class_name:
        raise QuizError(_("Hãy nhập tên lớp, ví dụ 7A."))
    if len(class_name) > CLASS_NAME_MAX_LENGTH:
        raise QuizError(_("Tên lớp quá dài."))
    if not quiz.live:
        raise QuizError(_("Câu đố này chưa được xuất bản."))
    return _run_create(
        quiz=quiz,
        class_name=class_name,
        created_by=user,
        closes_practice=closes_practice,
        phase=RunPhase.PRE if pre_test else "",
    )


def quiz_run_start_post(*, pre_run: QuizRun, user) -> QuizRun:
    """The post-test (sau bài học) of ``pre_run``: the same quiz for the same class, linked to
    it. ``pre_run`` becomes the pre-test and is closed (the lesson came between the two). Asked
    again, it returns the post-test already opened. Only the two runs are linked: no attempt
    of one is ever matched to an attempt of the other."""
    if not user_can_run_quizzes(user=user) or pre_run.created_by_id != user.pk:
        raise NotAllowed(_("Chỉ giáo viên mở lượt chơi này mới làm lại được với lớp."))
    if pre_run.phase == RunPhase.POST:
        raise QuizError(_("Lượt chơi này đã là bài làm sau bài học."))
    if not pre_run.quiz.live:
        raise QuizError(_("Câu đố này không còn được xuất bản."))
    with transaction.atomic():
        # Locked: a double click opens one post-test, not two.
        pre_run = QuizRun.objects.select_for_update().get(pk=pre_run.pk)
        existing = QuizRun.objects.filter(pre_run=pre_run).first()
        if existing is not None:
            return existing
        pre_run.phase = RunPhase.PRE
        fields = ["phase"]
        if pre_run.is_open:
            pre_run.closed_at = timezone.now()
            fields.append("closed_at")
        pre_run.save(update_fields=fields)
        try:
            return _run_create(
                quiz_id=pre_run.quiz_id,
                class_name=pre_run.class_name,
                created_by=user,
                closes_practice=pre_run.closes_practice,
                phase=RunPhase.POST,
                pre_run=pre_run,
            )
        except QuizError:
            # Where rows are not locked (SQLite), a simultaneous click may have opened it.
            existing = QuizRun.objects.filter(pre_run=pre_run).first()
            if existing is None:
                raise
            return existing


def quiz_run_close(*, run: QuizRun) -> QuizRun:
    if run.closed_at is None:
        run.closed_at = timezone.now()
        run.save(update_fields=["closed_at"])
    return run


def _layout(quiz: QuizPage, rng: random.Random) -> tuple[list[str], dict[str, list[str]]]:
    """The questions this attempt gets, in order, and each choice question's choice order."""
    blocks = list(quiz_question_blocks(quiz=quiz).values())
    if quiz.max_questions and quiz.max_questions < len(blocks):
        picked = set(rng.sample(range(len(blocks)), quiz.max_questions))
        blocks = [block for position, block in enumerate(blocks) if position in picked]
    if quiz.random_order:
        rng.shuffle(blocks)
    choice_order = {}
    for block in blocks:
        if block.block_type == "choice":
            ids = [choice.id for choice in block.value["choices"].bound_blocks]
            if block.value["shuffle_choices"]:
                rng.shuffle(ids)
            choice_order[block.id] = ids
    return [block.id for block in blocks], choice_order


def nickname_clean(nickname: str) -> str:
    nickname = " ".join(nickname.split())
    if not nickname:
        raise QuizError(_("Hãy nhập một biệt danh."))
    if len(nickname) > NICKNAME_MAX_LENGTH:
        raise QuizError(_("Biệt danh dài tối đa %(n)d ký tự.") % {"n": NICKNAME_MAX_LENGTH})
    if "@" in nickname or sum(ch.isdigit() for ch in nickname) >= 6:
        # Looks like an e-mail address or a phone number: personal data we must not keep.
        raise QuizError(_("Đừng dùng email hay số điện thoại làm biệt danh."))
    return nickname


def attempt_start_in_run(*, code: str, nickname: str) -> Attempt:
    code = join_code_normalise(code)
    if len(code) != JOIN_CODE_LENGTH:
        raise RunNotFound(_("Mã tham gia gồm %(n)d ký tự.") % {"n": JOIN_CODE_LENGTH})
    try:
        run = QuizRun.objects.get(code=code)
    except QuizRun.DoesNotExist:
        raise RunNotFound(_("Không có lượt chơi nào với mã này. Hãy kiểm tra lại mã.")) from None
    if not run.is_open:
        raise RunClosed(_("Lượt chơi này đã kết thúc, không nhận thêm bài."))
    # A whole class joins at once: the quiz (and its parsed questions) from this worker's
    # copy for the content generation, not joined and parsed again for every student.
    quiz = quiz_shared(quiz_id=run.quiz_id)
    if not quiz.live:
        raise RunClosed(_("Câu đố này không còn được xuất bản."))
    nickname = nickname_clean(nickname)
    key = fold_vietnamese(nickname)[:NICKNAME_MAX_LENGTH] or nickname.casefold()
    question_order, choice_order = _layout(quiz, random.Random())  # noqa: S311
    try:
        # A nickname already used in the run is refused by the unique constraint.
        with transaction.atomic():
            return Attempt.objects.create(
                quiz=quiz,
                run=run,
                nickname=nickname,
                nickname_key=key,
                question_order=question_order,
                choice_order=choice_order,
            )
    except IntegrityError as error:
        raise NicknameTaken(
            _("Biệt danh này đã có người dùng trong lượt chơi. Hãy chọn tên khác.")
        ) from error


def attempt_start_practice(*, quiz: QuizPage) -> Attempt:
    """A practice attempt: no code, no nickname, nothing that points to a child."""
    if not quiz.live:
        raise RunClosed(_("Câu đố này chưa được xuất bản."))
    if practice_locked(quiz=quiz):
        raise PracticeLocked(PRACTICE_LOCKED_MESSAGE)
    question_order, choice_order = _layout(quiz, random.Random())  # noqa: S311
    return Attempt.objects.create(
        quiz=quiz, question_order=question_order, choice_order=choice_order
    )


def attempt_answer(*, token, raw_answers: Mapping[str, Sequence[str]]) -> Attempt:
    """Record answers to questions of an attempt; finish and score it once all are answered.

    Answers to questions outside the attempt, unknown choices, a question answered
    twice or a finished attempt are refused as a whole: nothing is written.

    The attempt is read and checked without a lock, then written in one UPDATE that holds
    only if nobody wrote it since (its ``version``): with a class answering at once, the
    database's write lock is held for that statement alone. Losing the race means reading
    and checking again (the same question sent twice is then refused as answered).
    """
    for _try in range(ANSWER_TRIES):
        try:
            # get(), not first(): no ordering to compile on the busiest query of a class.
            attempt = Attempt.objects.select_related("run").get(token=token)
        except Attempt.DoesNotExist:
            raise RunNotFound(_("Không tìm thấy bài làm này.")) from None
        fields = _attempt_answer_fields(attempt=attempt, raw_answers=raw_answers)
        written = Attempt.objects.filter(pk=attempt.pk, version=attempt.version).update(
            version=F("version") + 1, **fields
        )
        if written:
            for name, value in fields.items():
                setattr(attempt, name, value)
            attempt.version += 1
            return attempt
    raise AlreadyAnswered(_("Câu hỏi này đã được trả lời rồi."))


def _attempt_answer_fields(*, attempt: Attempt, raw_answers) -> dict:
    """The fields an answer changes, or a QuizError saying why it cannot be taken."""
    attempt.quiz = quiz_shared(quiz_id=attempt.quiz_id)
    if attempt.is_finished:
        raise AlreadyAnswered(_("Bài này đã được nộp. Mỗi bài chỉ nộp một lần."))
    if attempt.run is not None and not attempt.run.is_open:
        raise RunClosed(_("Lượt chơi đã kết thúc, không nhận thêm câu trả lời."))
    if attempt.run is None and practice_locked(quiz=attempt.quiz):
        raise PracticeLocked(PRACTICE_LOCKED_MESSAGE)
    if not raw_answers:
        raise NoAnswer(_("Hãy chọn hoặc viết câu trả lời trước khi gửi."))

    questions = quiz_scoring_questions(quiz=attempt.quiz)
    cleaned = {}
    for question_id, raw in raw_answers.items():
        if question_id not in attempt.question_order or question_id not in questions:
            raise QuizError(_("Câu trả lời gửi cho một câu hỏi không có trong bài."))
        if question_id in attempt.answers:
            raise AlreadyAnswered(_("Câu hỏi này đã được trả lời rồi."))
        try:
            answer = scoring.answer_clean(questions[question_id], raw)
        except scoring.AnswerError as error:
            raise QuizError(_("Câu trả lời không hợp lệ. Hãy chọn trong các phương án.")) from error
        if attempt.run is None and questions[question_id].kind == scoring.OPEN:
            answer = ""  # practice keeps no free text: a child may type anything there
        cleaned[question_id] = answer

    answers = {**attempt.answers, **cleaned}
    fields = {"answers": answers}
    # A question the editor removed since the attempt began is no longer asked.
    if all(q in answers for q in attempt.question_order if q in questions):
        result = scoring.attempt_score(
            [questions[q] for q in attempt.question_order if q in questions],
            answers,
            attempt.quiz.pass_mark,
        )
        fields.update(
            score=result.points,
            max_score=result.max_points,
            passed=result.passed,
            finished_at=timezone.now(),
        )
    return fields


def attempts_purge(*, older_than: timezone.datetime) -> tuple[int, int]:
    """Delete attempts started before ``older_than`` and the runs (with their class names)
    that then have no attempt left and were opened before it. Returns both counts."""
    with transaction.atomic():
        attempts, _ = Attempt.objects.filter(started_at__lt=older_than).delete()
        runs, _ = QuizRun.objects.filter(created_at__lt=older_than, attempts__isnull=True).delete()
    return attempts, runs
