"""Public views: report a concern, the receipt, and the status page (by code).

No account, no upload. A school's pupils share one address, so the limits per address are
sized for a class reporting on the same day; wrong codes count separately (guessing)."""

from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_ratelimit.core import is_ratelimited
from django_ratelimit.exceptions import Ratelimited

from concerns import selectors, services
from concerns.forms import AddInformationForm, CodeForm, ConcernReportForm
from concerns.models import Stage

SESSION_RECEIPT = "concern_receipt"
REPORT_RATE = "30/h"  # reports sent from one address (a class may share it)
LOOKUP_RATE = "120/h"  # status look-ups from one address
WRONG_CODE_RATE = "20/h"  # unknown codes sent from one address: guessing
ADD_RATE = "30/h"  # additions sent from one address
ADD_PER_REPORT_RATE = "10/h"  # additions to one report

STAGE_EXPLANATIONS = {
    Stage.RECEIVED: gettext_lazy("Báo cáo đã đến nơi. Người phụ trách sẽ đọc sớm."),
    Stage.TRIAGED: gettext_lazy("Người phụ trách đã đọc báo cáo và đang sắp xếp người giúp đỡ."),
    Stage.IN_PROGRESS: gettext_lazy("Người phụ trách đang giúp đỡ."),
    Stage.CLOSED: gettext_lazy("Việc hỗ trợ đã kết thúc."),
}


def _limit(request, *, group: str, rate: str, key="ip", increment: bool = True) -> None:
    if is_ratelimited(request, group=group, key=key, rate=rate, increment=increment):
        raise Ratelimited


def report(request):
    status = 200
    if request.method == "POST":
        _limit(request, group="concerns.report", rate=REPORT_RATE)
        form = ConcernReportForm(request.POST)
        if form.is_robot:
            request.session[SESSION_RECEIPT] = ""
            return redirect("concerns:receipt")
        if form.is_valid():
            data = form.cleaned_data
            school = selectors.school_match(name=data["school"])
            concern = services.concern_submit(
                category=data["category"],
                what_happened=data["what_happened"].strip(),
                where=data["where"].strip(),
                school=school,
                school_named=" ".join(data["school"].split()),
                reporter_role=data["reporter_role"],
                contact_preference=data["contact_preference"],
                contact=data["contact"].strip(),
            )
            request.session[SESSION_RECEIPT] = concern.code
            return redirect("concerns:receipt")
        status = 400
    else:
        form = ConcernReportForm()
    return TemplateResponse(request, "concerns/report.html", {"form": form}, status=status)


def receipt(request):
    """The receipt code, shown once: reloading the page does not show it again."""
    if SESSION_RECEIPT not in request.session:
        return redirect("concerns:status")
    code = request.session.pop(SESSION_RECEIPT)
    return TemplateResponse(request, "concerns/receipt.html", {"code": code})


def _status_page(request, concern, *, add_form=None, status=200, added=False):
    context = {
        "concern": concern,
        "stage_explanation": STAGE_EXPLANATIONS[concern.stage],
        "entries": selectors.concern_reporter_entries(concern=concern),
        "add_form": add_form or AddInformationForm(initial={"code": concern.code}),
        "added": added,
        "can_add": concern.purged_at is None,
    }
    return TemplateResponse(request, "concerns/status.html", context, status=status)


def _find(request, form):
    """The report of a valid form's code, counting wrong codes against the address."""
    _limit(request, group="concerns.wrong_code", rate=WRONG_CODE_RATE, increment=False)
    if not form.is_valid():
        return None
    concern = selectors.concern_by_code(code=form.cleaned_data["code"])
    if concern is None:
        _limit(request, group="concerns.wrong_code", rate=WRONG_CODE_RATE)
        form.add_error("code", _("Không tìm thấy báo cáo có mã này. Hãy kiểm tra lại mã."))
    return concern


def status(request):
    if request.method != "POST":
        return TemplateResponse(request, "concerns/lookup.html", {"form": CodeForm()})
    _limit(request, group="concerns.lookup", rate=LOOKUP_RATE)
    form = CodeForm(request.POST)
    concern = _find(request, form)
    if concern is None:
        return TemplateResponse(request, "concerns/lookup.html", {"form": form}, status=404)
    return _status_page(request, concern)


def add_information(request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    _limit(request, group="concerns.add", rate=ADD_RATE)
    code_form = CodeForm(request.POST)
    concern = _find(request, code_form)
    if concern is None:
        return TemplateResponse(request, "concerns/lookup.html", {"form": code_form}, status=404)
    form = AddInformationForm(request.POST)
    if concern.purged_at is not None or not form.is_valid():
        return _status_page(request, concern, add_form=form, status=400)
    _limit(
        request,
        group="concerns.add.report",
        rate=ADD_PER_REPORT_RATE,
        key=lambda *args: concern.code,
    )
    services.concern_add_information(concern=concern, text=form.cleaned_data["text"].strip())
    return _status_page(request, concern, added=True)
