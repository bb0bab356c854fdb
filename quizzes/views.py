import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited
from django_ratelimit.decorators import ratelimit
from django_ratelimit.exceptions import Ratelimited

from core.addresses import client_ip
from quizzes import selectors, services
from quizzes.forms import JoinForm, RunStartForm
from quizzes.models import Attempt, QuizPage
from quizzes.question_cache import quiz_shared

# Tokens of the attempts this browser started, in a signed cookie: an attempt is reachable
# only from there. Not the session: a pupil then has none, so answering reads and writes no
# session row, and public pages come from the top of the page cache.
ATTEMPTS_COOKIE = "quiz_attempts"
ATTEMPTS_COOKIE_SALT = "quizzes.attempts"
ATTEMPTS_KEPT = 20
JUST_ANSWERED_PARAM = "vua_tra_loi"


def _attempt_tokens(request) -> list[str]:
    stored = request.get_signed_cookie(
        ATTEMPTS_COOKIE,
        default="",
        salt=ATTEMPTS_COOKIE_SALT,
        max_age=settings.SESSION_COOKIE_AGE,
    )
    return [token for token in stored.split(",") if token]


def _remember(request, response, attempt: Attempt):
    """``response``, keeping ``attempt``'s token in this browser."""
    tokens = [t for t in _attempt_tokens(request) if t != str(attempt.token)]
    response.set_signed_cookie(
        ATTEMPTS_COOKIE,
        ",".join((tokens + [str(attempt.token)])[-ATTEMPTS_KEPT:]),
        salt=ATTEMPTS_COOKIE_SALT,
        max_age=settings.SESSION_COOKIE_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
    return response


def _own_token(request, token) -> None:
    if str(token) not in _attempt_tokens(request):
        raise Http404


def _own_attempt(request, token) -> Attempt:
    _own_token(request, token)
    attempt = get_object_or_404(Attempt.objects.select_related("run"), token=token)
    attempt.quiz = quiz_shared(quiz_id=attempt.quiz_id)  # not joined: read once per generation
    return attempt


# A whole school (hundreds of students) may share one public address, so no limit on joins
# or answers is keyed to the address alone: joins count per run code, answers per attempt.
# Wrong codes (guessing) count per browser, and per address only at a rate a school's typing
# mistakes never reach; the address also counts practice starts.
JOIN_PER_RUN_RATE = "600/m"  # joins of one run, from any address
WRONG_CODE_BROWSER_RATE = "10/m"  # wrong or unknown codes sent from one browser
WRONG_CODE_RATE = "120/m"  # wrong or unknown codes sent from one address, all browsers
# A script can make a new browser (CSRF cookie) for every try: over an hour an address may send
# no more wrong codes than before this split (30 a minute), whatever its browsers.
WRONG_CODE_HOURLY_RATE = "600/h"
ANSWER_RATE = "60/m"  # answers sent to one attempt
PRACTICE_RATE = "600/m"  # practice attempts started from one address


def _rate_limit(request, *, group: str, key, rate: str, increment: bool = True) -> None:
    """Counts this request under ``key`` (unless ``increment`` is false) and raises
    ``Ratelimited``, answered with the Vietnamese 429 page, once ``rate`` is exceeded."""
    if is_ratelimited(request, group=group, key=key, rate=rate, increment=increment):
        raise Ratelimited


def _browser(group, request) -> str:
    """One browser at one address: the CSRF cookie, which every join POST carries (a browser
    without it is refused by the CSRF check first), names the browser."""
    return f"{client_ip(request)}:{request.COOKIES.get(settings.CSRF_COOKIE_NAME, '')}"


def _count_wrong_codes(request, *, increment: bool) -> None:
    """Refuses a browser, or an address, that sent too many wrong codes this minute (or this
    hour), right codes included (a guesser's next try might be right); counts this one if
    ``increment``."""
    for group, key, rate in (
        ("quizzes.join.wrong_code.browser", _browser, WRONG_CODE_BROWSER_RATE),
        ("quizzes.join.wrong_code.address", "ip", WRONG_CODE_RATE),
        ("quizzes.join.wrong_code.address_hour", "ip", WRONG_CODE_HOURLY_RATE),
    ):
        _rate_limit(request, group=group, key=key, rate=rate, increment=increment)


def _focus_first_error(form) -> None:
    """The reloaded page opens on the first field in error (no script needed)."""
    for name in form.fields:
        if name in form.errors:
            form.fields[name].widget.attrs["autofocus"] = True
            return


def join(request):
    status = 200
    if request.method == "POST":
        # A browser or address that sent too many wrong codes waits until its minute is over.
        _count_wrong_codes(request, increment=False)
        form = JoinForm(request.POST)
        if form.is_valid():
            code = services.join_code_normalise(form.cleaned_data["code"])
            _rate_limit(
                request, group="quizzes.join.run", key=lambda *_: code, rate=JOIN_PER_RUN_RATE
            )
            try:
                attempt = services.attempt_start_in_run(
                    code=code, nickname=form.cleaned_data["nickname"]
                )
            except services.QuizError as error:
                if isinstance(error, services.RunNotFound):
                    _count_wrong_codes(request, increment=True)
                # Tied to the field it is about, so a screen reader reads it with that input
                # (aria-describedby, aria-invalid): the code, or else the nickname.
                code_error = isinstance(error, (services.RunNotFound, services.RunClosed))
                form.add_error("code" if code_error else "nickname", error.message)
                status = error.status
            else:
                return _remember(request, redirect("quizzes:attempt", token=attempt.token), attempt)
        else:
            status = 400
        _focus_first_error(form)
    else:
        form = JoinForm(initial={"code": request.GET.get("code", "")[:12]})
    return TemplateResponse(request, "quizzes/join.html", {"form": form}, status=status)


@ratelimit(key="ip", rate=PRACTICE_RATE, method="POST", block=True)
def practice_start(request, quiz_id: int):
    """GET: the short privacy notice for children; POST: start a practice attempt."""
    quiz = get_object_or_404(QuizPage.objects.live().public(), pk=quiz_id)
    if selectors.practice_locked(quiz=quiz):
        return _practice_locked(request, quiz)
    if request.method != "POST":
        return TemplateResponse(request, "quizzes/practice_start.html", {"quiz": quiz})
    if quiz.single_attempt:
        earlier = (
            Attempt.objects.filter(quiz=quiz, token__in=_attempt_tokens(request), run=None)
            .order_by("-started_at")
            .first()
        )
        if earlier is not None:
            messages.info(request, _("Câu đố này chỉ làm một lần. Đây là bài em đã làm."))
            return redirect("quizzes:attempt", token=earlier.token)
    try:
        attempt = services.attempt_start_practice(quiz=quiz)
    except services.PracticeLocked:
        return _practice_locked(request, quiz)
    except services.QuizError as error:
        return _error(request, error)
    return _remember(request, redirect("quizzes:attempt", token=attempt.token), attempt)


def _practice_locked(request, quiz):
    """Practice of ``quiz`` is paused while a class run that closes it is open: a page that
    says why (not an error), with the way to join the class."""
    context = {"quiz": quiz, "message": services.PRACTICE_LOCKED_MESSAGE}
    return TemplateResponse(request, "quizzes/practice_locked.html", context)


def _practice_paused(attempt: Attempt) -> bool:
    return attempt.run_id is None and selectors.practice_locked(quiz=attempt.quiz)


def _error(request, error: services.QuizError, context=None):
    return TemplateResponse(
        request,
        "quizzes/error.html",
        {"message": error.message, **(context or {})},
        status=error.status,
    )


def attempt(request, token):
    """A question (or the whole quiz) to answer; an answer is posted back here.

    An accepted answer is answered with the next question and the feedback on this one (the
    last one with the result) in the same response, not a redirect to them: with a class
    answering at once, that is one request per answer instead of two. The page then puts the
    address it can be reloaded from in the browser's history (quiz-feedback.js), so a reload
    shows it again rather than re-posting; without JavaScript a re-posted answer is refused
    and the pupil carries on from where they are.
    """
    status = 200
    error_message = question_error = None
    answered_id = request.GET.get(JUST_ANSWERED_PARAM)
    if request.method == "POST":
        # Checked, then written by one UPDATE that holds only if nobody wrote the attempt since
        # (services.attempt_answer), with nothing read before it. Only refused answers are
        # counted (made-up tokens count nothing): accepted ones are bounded by the quiz's
        # questions, each answered once.
        _own_token(request, token)
        # A blank answer box counts as no answer, like a question with nothing chosen.
        raw_answers = {
            key.removeprefix("q-"): values
            for key, values in request.POST.lists()
            if key.startswith("q-") and any(value.strip() for value in values)
        }
        try:
            attempt = services.attempt_answer(token=token, raw_answers=raw_answers)
        except services.RunNotFound:
            raise Http404 from None
        except services.PracticeLocked:
            return _practice_locked(request, _own_attempt(request, token).quiz)
        except services.QuizError as error:
            _rate_limit(
                request, group="quizzes.attempt.answer", key=lambda *_: str(token), rate=ANSWER_RATE
            )
            attempt = _own_attempt(request, token)
            if attempt.is_finished:
                return redirect("quizzes:result", token=attempt.token)
            if isinstance(error, services.NoAnswer):
                # The error of each question on the screen, inside its fieldset.
                status, question_error = error.status, error.message
            else:
                status, error_message = error.status, error.message
        else:
            if attempt.is_finished:
                return _result_page(request, attempt, answered_now=True)
            answered_id = next(iter(raw_answers))
    else:
        attempt = _own_attempt(request, token)
        if _practice_paused(attempt):
            return _practice_locked(request, attempt.quiz)
        if attempt.is_finished:
            return redirect("quizzes:result", token=attempt.token)

    questions = selectors.attempt_questions(attempt=attempt)
    unanswered = [question for question in questions if not question.answered]
    shows_feedback = attempt.quiz.shows_one_question_per_screen and not attempt.quiz.answers_at_end
    just_answered = next(
        (q for q in questions if shows_feedback and q.revealed and q.id == answered_id),
        None,
    )
    to_answer = unanswered[:1] if attempt.quiz.shows_one_question_per_screen else unanswered
    reload_url = None
    if request.method == "POST":
        # Every page that answers the form (the next question, or an error) gives the browser
        # the address that shows it again, for a reload or the Back button.
        reload_url = request.path
        if just_answered:
            reload_url += f"?{urlencode({JUST_ANSWERED_PARAM: just_answered.id})}#feedback"
    context = {
        "attempt": attempt,
        "quiz": attempt.quiz,
        "questions_to_answer": to_answer,
        "just_answered": just_answered,
        "reload_url": reload_url,
        # The answer's page opens on its feedback (#feedback, focused by quiz-feedback.js).
        "shows_feedback": shows_feedback,
        "answered_count": len(questions) - len(unanswered),
        "question_total": len(questions),
        "error_message": error_message,
        "question_error": question_error,
        # A closed or expired class run takes no more answers: no answer form, but why.
        "run_closed": attempt.run is not None and not attempt.run.is_open,
    }
    return TemplateResponse(request, "quizzes/attempt.html", context, status=status)


def result(request, token):
    attempt = _own_attempt(request, token)
    if _practice_paused(attempt):
        return _practice_locked(request, attempt.quiz)  # the result shows the key too
    if not attempt.is_finished:
        return redirect("quizzes:attempt", token=attempt.token)
    return _result_page(request, attempt)


def _result_page(request, attempt: Attempt, *, answered_now: bool = False):
    context = {
        "attempt": attempt,
        "quiz": attempt.quiz,
        "questions": selectors.attempt_questions(attempt=attempt),
        # Answering the last question shows the result at once; its own address then goes in
        # the browser's history (quiz-feedback.js), for a reload or a bookmark.
        "reload_url": reverse("quizzes:result", kwargs={"token": attempt.token})
        if answered_now
        else None,
    }
    return TemplateResponse(request, "quizzes/result.html", context)


def _require_teacher(request):
    if not selectors.user_can_run_quizzes(user=request.user):
        raise services.NotAllowed(_("Chỉ giáo viên mới dùng được trang này."))


@login_required
@require_POST
def run_start(request):
    form = RunStartForm(request.POST)
    if not form.is_valid():
        return _error(request, services.QuizError(_("Hãy nhập tên lớp, ví dụ 7A.")))
    quiz = get_object_or_404(QuizPage.objects.live().public(), pk=form.cleaned_data["quiz"])
    try:
        run = services.quiz_run_start(
            quiz=quiz,
            user=request.user,
            class_name=form.cleaned_data["class_name"],
            closes_practice=form.cleaned_data["closes_practice"],
            pre_test=form.cleaned_data["pre_test"],
        )
    except services.QuizError as error:
        return _error(request, error, {"back_url": quiz.url})
    return redirect("quizzes:run_detail", pk=run.pk)


@login_required
def run_list(request):
    try:
        _require_teacher(request)
    except services.QuizError as error:
        return _error(request, error)
    runs = selectors.run_list_for_user(user=request.user)[:100]
    return TemplateResponse(request, "quizzes/run_list.html", {"runs": runs})


@login_required
def run_detail(request, pk: int):
    run = selectors.run_get_for_user(user=request.user, pk=pk)
    if run is None:
        raise Http404
    join_page_url = request.build_absolute_uri(reverse("quizzes:join"))
    join_url = f"{join_page_url}?code={run.code}"
    context = {
        "run": run,
        "join_page_url": join_page_url,
        "results": selectors.run_results(run=run),
        "pair": selectors.run_pair(run=run),
        "join_url": join_url,
        # Generated on the server from our own URL: safe to inline.
        "qr_svg": mark_safe(segno.make(join_url, error="m").svg_inline(scale=5)),  # noqa: S308
    }
    if request.GET.get("partial") == "1":
        return TemplateResponse(request, "quizzes/includes/run_results.html", context)
    return TemplateResponse(request, "quizzes/run_detail.html", context)


@login_required
@require_POST
def run_start_post(request, pk: int):
    """ "Làm lại sau bài học": the same quiz again for the same class, linked to this run."""
    run = selectors.run_get_for_user(user=request.user, pk=pk)
    if run is None:
        raise Http404  # another teacher's run: not found, never linked
    try:
        post = services.quiz_run_start_post(pre_run=run, user=request.user)
    except services.QuizError as error:
        return _error(request, error, {"back_url": reverse("quizzes:run_detail", args=[run.pk])})
    return redirect("quizzes:run_detail", pk=post.pk)


@login_required
@require_POST
def run_close(request, pk: int):
    run = selectors.run_get_for_user(user=request.user, pk=pk)
    if run is None:
        raise Http404
    if request.POST.get("confirm") != "1":
        # A confirmation step, on its own page (no inline script: the CSP forbids it).
        return TemplateResponse(request, "quizzes/run_close_confirm.html", {"run": run})
    services.quiz_run_close(run=run)
    messages.success(request, _("Đã đóng lượt chơi. Học sinh không gửi thêm bài được nữa."))
    return redirect("quizzes:run_detail", pk=run.pk)
