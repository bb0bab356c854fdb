"""The teacher portal's pages for a school counsellor: the reports of concern they were made
handler of, and recording what they did.

A counsellor sees only the reports they handle, about a school they are still counsellor of;
any other report is a 404, by id or in the list. Triage (urgency, handler) stays with the
officers."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from concerns.forms import ActionForm
from concerns.models import Stage
from concerns.selectors import concern_counsellor_scope, concern_queue, user_is_counsellor
from concerns.services import concern_action_record, concern_viewed

LOGIN_URL = "portal:login"
PORTAL_SECTION = "concerns"


def counsellor_required(view):
    @wraps(view)
    @login_required(login_url=LOGIN_URL)
    def wrapper(request, *args, **kwargs):
        if not user_is_counsellor(user=request.user):
            return TemplateResponse(request, "concerns/portal/not_a_counsellor.html", status=403)
        return view(request, *args, **kwargs)

    return wrapper


@counsellor_required
def concern_list(request):
    now = timezone.now()
    concerns = concern_queue(concerns=concern_counsellor_scope(user=request.user), now=now)
    return TemplateResponse(
        request,
        "concerns/portal/concern_list.html",
        {
            "concerns": concerns.select_related("school"),
            "portal_section": PORTAL_SECTION,
        },
    )


@counsellor_required
@require_http_methods(["GET", "POST"])
def concern_detail(request, pk: int):
    concern = get_object_or_404(
        concern_counsellor_scope(user=request.user).select_related("school", "area"), pk=pk
    )
    form = ActionForm(request.POST or None)
    if request.method == "POST":
        if concern.stage == Stage.CLOSED:
            messages.error(request, _("Báo cáo đã kết thúc."))
            return redirect(request.path)
        if form.is_valid():
            data = form.cleaned_data
            try:
                concern_action_record(
                    concern=concern,
                    user=request.user,
                    kind=data["kind"],
                    text=data["text"].strip(),
                    referred_to=data["referred_to"],
                    outcome=data["outcome"],
                )
            except ValidationError as error:
                for message in error.messages:
                    form.add_error(None, message)
            else:
                messages.success(request, _("Đã ghi lại việc đã làm."))
                return redirect(request.path)
    else:
        concern_viewed(concern=concern, user=request.user)
    now = timezone.now()
    return TemplateResponse(
        request,
        "concerns/portal/concern_detail.html",
        {
            "concern": concern,
            "entries": list(concern.entries.select_related("user").order_by("created_at", "pk")),
            "overdue": concern.stage != Stage.CLOSED
            and concern.first_action_at is None
            and concern.first_action_due < now,
            "form": form if concern.stage != Stage.CLOSED else None,
            "portal_section": PORTAL_SECTION,
        },
        status=400 if request.method == "POST" else 200,
    )
