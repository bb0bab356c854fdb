"""Teacher portal: a teacher's schools, their sessions and the evidence behind them.

Every query starts from the signed-in teacher's schools; another school's session or file is a
404, whether asked for by id, in a list or in an export.
"""

import datetime
from functools import wraps

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.messages.views import SuccessMessageMixin
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail.coreutils import multigetattr
from wagtail.log_actions import registry as log_registry

from core.spreadsheets.writing import XLSX, spreadsheet_response, spreadsheet_streaming_response
from delivery import services
from delivery.exports import SESSION_EXPORT_FIELDS, SESSION_EXPORT_HEADINGS
from delivery.forms import SessionForm
from delivery.models import SessionStatus
from delivery.selectors import (
    evidence_scope,
    school_year_summaries,
    session_quiz_runs,
    teacher_session_scope,
)
from delivery.services import SESSION_FIELDS, SessionNotEditable
from quizzes.selectors import run_list_for_user
from schools.selectors import teacher_schools, user_scope

LOGIN_URL = "portal:login"
PAGE_SIZE = 20
RECENT_COUNT = 5
QUIZ_RUN_LINK_DAYS = 90
MAX_QUERY_LENGTH = 100
STATUS_PARAM = "trang_thai"


def teacher_required(view):
    """Signed in, with at least one active teacher membership; the view gets the schools."""

    @wraps(view)
    @login_required(login_url=LOGIN_URL)
    def wrapper(request, *args, **kwargs):
        schools = teacher_schools(user=request.user)
        if not schools:
            scope = user_scope(user=request.user)
            return TemplateResponse(
                request, "delivery/not_a_teacher.html", {"is_officer": scope.is_officer}, status=403
            )
        return view(request, schools, *args, **kwargs)

    return wrapper


class LoginView(auth_views.LoginView):
    template_name = "delivery/login.html"
    redirect_authenticated_user = True
    next_page = reverse_lazy("portal:home")


class LogoutView(auth_views.LogoutView):
    next_page = reverse_lazy("portal:login")


class PasswordChangeView(SuccessMessageMixin, auth_views.PasswordChangeView):
    template_name = "delivery/password_change.html"
    success_url = reverse_lazy("portal:home")
    success_message = gettext_lazy("Đã đổi mật khẩu.")


def _quiz_runs(request):
    """The teacher's quiz runs of the last months, to link to a session."""
    since = timezone.now() - datetime.timedelta(days=QUIZ_RUN_LINK_DAYS)
    return run_list_for_user(user=request.user).filter(created_at__gte=since)


def _sessions(user):
    return teacher_session_scope(user=user).select_related("school", "age_band")


@teacher_required
def home(request, schools):
    today = timezone.localdate()
    sessions = _sessions(request.user)
    context = {
        "summaries": school_year_summaries(schools=schools, today=today),
        "recent_sessions": list(sessions.order_by("-created_at", "-pk")[:RECENT_COUNT]),
        "returned_count": sessions.filter(status=SessionStatus.RETURNED).count(),
        "many_schools": len(schools) > 1,
        "portal_section": "home",
    }
    return TemplateResponse(request, "delivery/portal_home.html", context)


@teacher_required
def session_list(request, schools):
    sessions = _sessions(request.user).annotate(evidence_count=Count("evidence"))
    status = request.GET.get(STATUS_PARAM, "")
    if status in SessionStatus.values:
        sessions = sessions.filter(status=status)
    else:
        status = ""
    page = Paginator(sessions.order_by("-date", "-pk"), PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "sessions": page,
        "status": status,
        "statuses": SessionStatus.choices,
        "status_param": STATUS_PARAM,
        "many_schools": len(schools) > 1,
        "portal_section": "sessions",
    }
    return TemplateResponse(request, "delivery/delivery_session_list.html", context)


def _lesson_initial(form_initial: dict, lesson, schools) -> None:
    """Fill what the lesson tells us: its duration, audience, and the level if only one fits."""
    form_initial["lesson"] = lesson.pk
    form_initial["duration_minutes"] = lesson.duration_minutes
    form_initial["audience"] = lesson.audience
    school_band_ids = {band.pk for school in schools for band in school.levels.all()}
    bands = [band.pk for band in lesson.age_bands.all() if band.pk in school_band_ids]
    if len(bands) == 1:
        form_initial["age_band"] = bands[0]


@teacher_required
@require_http_methods(["GET", "POST"])
def session_create(request, schools):
    today = timezone.localdate()
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    if request.method == "POST":
        form = SessionForm(
            request.POST, request.FILES, schools=schools, today=today, quiz_runs=_quiz_runs(request)
        )
        if form.is_valid():
            session, created = services.session_record(
                user=request.user,
                data=form.session_data(),
                files=form.cleaned_data["evidence"],
                shows_children=form.cleaned_data["shows_children"],
                submission_id=form.cleaned_data["submission_id"],
            )
            if created:
                messages.success(request, _("Đã ghi nhận buổi dạy. Cảm ơn thầy cô!"))
            else:
                messages.info(request, _("Buổi dạy này đã được ghi nhận (biểu mẫu gửi hai lần)."))
            return redirect("portal:session_detail", pk=session.pk)
        status = 400
    else:
        lesson_param = request.GET.get("lesson", "")
        initial = {"date": today, "lesson": int(lesson_param) if lesson_param.isdigit() else None}
        form = SessionForm(
            initial=initial,
            schools=schools,
            today=today,
            lesson_query=query,
            quiz_runs=_quiz_runs(request),
        )
        lesson = form.lessons_by_id.get(initial["lesson"])
        if lesson is not None:
            _lesson_initial(form.initial, lesson, schools)
        elif lesson_param:
            form.initial["lesson"] = None
            messages.warning(
                request,
                _("Bài học này không dành cho cấp học của trường; hãy chọn một bài học khác."),
            )
        status = 200
    context = {
        "form": form,
        "query": query,
        "is_new": True,
        "reselect_files": bool(request.FILES.getlist("evidence")),
        "portal_section": "new",
        "lesson_param": request.GET.get("lesson", ""),
    }
    return TemplateResponse(request, "delivery/delivery_session_form.html", context, status=status)


def _teacher_session(request, pk):
    return get_object_or_404(
        _sessions(request.user).select_related("lesson", "recorded_by", "reviewed_by"), pk=pk
    )


@teacher_required
def session_detail(request, schools, pk):
    session = _teacher_session(request, pk)
    history = list(
        log_registry.get_logs_for_instance(session).select_related("user").order_by("timestamp")
    )
    context = {
        "session": session,
        "evidence": list(session.evidence.all()),
        # The run linked to the session and its partner: pre-test and post-test together.
        "quiz_runs": session_quiz_runs(session=session),
        "history": history,
        "lesson_is_live": session.lesson is not None and session.lesson.live,
        "portal_section": "sessions",
    }
    return TemplateResponse(request, "delivery/delivery_session_detail.html", context)


@teacher_required
@require_http_methods(["GET", "POST"])
def session_edit(request, schools, pk):
    session = _teacher_session(request, pk)
    if not session.is_editable:
        messages.warning(request, _("Buổi dạy đã được xác nhận hoặc đã rút nên không sửa được."))
        return redirect("portal:session_detail", pk=session.pk)
    today = timezone.localdate()
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    initial = {name: getattr(session, name) for name in SESSION_FIELDS}
    initial.update(school=session.school_id, lesson=session.lesson_id, age_band=session.age_band_id)
    status = 200
    if request.method == "POST":
        form = SessionForm(
            request.POST,
            request.FILES,
            schools=schools,
            today=today,
            session=session,
            quiz_runs=_quiz_runs(request),
        )
        if form.is_valid():
            try:
                services.session_update(
                    session=session,
                    user=request.user,
                    data=form.session_data(),
                    files=form.cleaned_data["evidence"],
                    shows_children=form.cleaned_data["shows_children"],
                    remove_evidence=form.cleaned_data["remove_evidence"],
                )
            except SessionNotEditable:
                messages.warning(request, _("Buổi dạy vừa được xác nhận nên không sửa được."))
            else:
                messages.success(request, _("Đã lưu thay đổi."))
            return redirect("portal:session_detail", pk=session.pk)
        status = 400
    else:
        form = SessionForm(
            initial=initial,
            schools=schools,
            today=today,
            session=session,
            lesson_query=query,
            quiz_runs=_quiz_runs(request),
        )
    context = {
        "form": form,
        "session": session,
        "query": query,
        "is_new": False,
        "reselect_files": bool(request.FILES.getlist("evidence")),
        "portal_section": "sessions",
    }
    return TemplateResponse(request, "delivery/delivery_session_form.html", context, status=status)


@teacher_required
@require_http_methods(["GET", "POST"])
def session_withdraw(request, schools, pk):
    session = _teacher_session(request, pk)
    if not session.is_editable:
        messages.warning(request, _("Buổi dạy đã được xác nhận hoặc đã rút."))
        return redirect("portal:session_detail", pk=session.pk)
    if request.method == "POST":
        try:
            services.session_withdraw(session=session, user=request.user)
        except SessionNotEditable:
            messages.warning(request, _("Buổi dạy vừa được xác nhận nên không rút được."))
        else:
            messages.success(request, _("Đã rút buổi dạy. Buổi dạy vẫn được lưu trong lịch sử."))
        return redirect("portal:session_detail", pk=session.pk)
    return TemplateResponse(
        request,
        "delivery/delivery_session_withdraw.html",
        {"session": session, "portal_section": "sessions"},
    )


# The teachers' export: the officers' columns less area, school type and evidence count.
PORTAL_EXPORT_FIELDS = [
    field
    for field in SESSION_EXPORT_FIELDS
    if field not in {"school.area.name", "school.get_school_type_display", "evidence_count"}
]


@teacher_required
def session_export(request, schools):
    """The schools' sessions as XLSX (``?format=xlsx``) or CSV (UTF-8 with BOM, ``;``-separated,
    so Excel with Vietnamese settings shows the letters and the columns)."""
    sessions = _sessions(request.user).order_by("school__code", "date", "pk")
    headings = [SESSION_EXPORT_HEADINGS[field] for field in PORTAL_EXPORT_FIELDS]
    rows = (
        [multigetattr(session, field) for field in PORTAL_EXPORT_FIELDS]
        for session in sessions.iterator(chunk_size=1000)
    )
    if request.GET.get("format") == XLSX:
        return spreadsheet_response(
            headings=headings, rows=rows, file_format=XLSX, filename="buoi-day"
        )
    return spreadsheet_streaming_response(headings=headings, rows=rows, filename="buoi-day")


@login_required(login_url=LOGIN_URL)
def evidence_file(request, pk):
    """An evidence file, for the teachers of its school and the officers of its area only."""
    evidence = get_object_or_404(evidence_scope(user=request.user), pk=pk)
    try:
        handle = evidence.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle,
        content_type=evidence.content_type,
        as_attachment=not evidence.is_image,
        filename=evidence.original_name,
    )
    response["Cache-Control"] = "private, max-age=3600"
    # Nothing in an uploaded file may run as a page of this site.
    response["Content-Security-Policy"] = (
        "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"
    )
    return response
