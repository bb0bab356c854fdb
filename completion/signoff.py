"""District-to-province sign-off of a period's figures.

At the end of a period a district officer submits the district's figures; a province officer
approves them — they are frozen as ``ApprovedFigures`` — or returns them with a reason. A
district whose approved figures changed afterwards may submit again (the next review). Every
step is a Wagtail log entry of the ``DistrictSignOff`` (actions registered in wagtail_hooks),
and a security log line with ids only.
"""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from completion.figures import status_row_data, tally_data
from completion.models import (
    ApprovedFigures,
    DistrictSignOff,
    ReportingPeriod,
    SchoolPeriodStatus,
    SignOffState,
)
from completion.selectors import completion_by_type, completion_headline, completion_rows
from core.security import security_log
from schools.models import Area, Membership, Role
from schools.selectors import area_scope, user_scope

ACTION_SUBMIT = "completion.signoff.submit"
ACTION_RETURN = "completion.signoff.return"
ACTION_APPROVE = "completion.signoff.approve"


def signoff_units(*, user) -> QuerySet[Area]:
    """The units that sign off (the second level: districts, or communes directly under the
    province) within the user's areas."""
    return area_scope(user=user).filter(parent__isnull=False, parent__parent__isnull=True)


def user_may_submit(*, user, area: Area) -> bool:
    """The district's own officers (and superusers) submit its figures."""
    if user_scope(user=user).everything:
        return True
    return Membership.objects.filter(
        user=user, role=Role.OFFICER, is_active=True, area=area
    ).exists()


def user_may_review(*, user, area: Area) -> bool:
    """Officers of the province the district belongs to (and superusers) approve or return."""
    scope = user_scope(user=user)
    if scope.everything:
        return True
    return any(p.count("/") == 1 and area.path.startswith(p) for p in scope.officer_paths)


def _live_rows(period, area):
    return completion_rows(period=period, area=area, school_type=None, officer_paths=None)


def signoff_submit(
    *, period: ReportingPeriod, area: Area, user, today: datetime.date | None = None
) -> DistrictSignOff:
    today = today or timezone.localdate()
    if not user_may_submit(user=user, area=area):
        raise PermissionDenied
    if today < period.end:
        raise ValidationError(_("Chỉ gửi số liệu khi kỳ báo cáo đã kết thúc."))
    if period.rebuild_pending:
        raise ValidationError(_("Số liệu của kỳ đang được tính lại; hãy gửi sau."))
    with transaction.atomic():
        sign_off = (
            DistrictSignOff.objects.select_for_update(of=("self",))
            .filter(period=period, area=area)
            .select_related("approved_figures")
            .first()
        )
        if sign_off is not None and sign_off.state == SignOffState.SUBMITTED:
            raise ValidationError(_("Số liệu đã được gửi và đang chờ Sở phê duyệt."))
        if sign_off is not None and sign_off.state == SignOffState.APPROVED:
            approved = getattr(sign_off, "approved_figures", None)
            if approved is None or approved.changed_at is None:
                raise ValidationError(_("Sở đã phê duyệt số liệu này; chưa có thay đổi nào."))
        if sign_off is None:
            sign_off = DistrictSignOff(period=period, area=area)
        sign_off.state = SignOffState.SUBMITTED
        sign_off.submitted_by = user
        sign_off.submitted_at = timezone.now()
        sign_off.submitted_tally = tally_data(completion_headline(rows=_live_rows(period, area)))
        sign_off.return_reason = ""
        sign_off.save()
        log(sign_off, ACTION_SUBMIT, user=user, data={"period": period.pk, "area": area.pk})
    security_log.info("signoff_submit user=%s signoff=%s", user.pk, sign_off.pk)
    return sign_off


def _submitted(sign_off: DistrictSignOff, user) -> DistrictSignOff:
    if not user_may_review(user=user, area=sign_off.area):
        raise PermissionDenied
    locked = DistrictSignOff.objects.select_for_update().get(pk=sign_off.pk)
    if locked.state != SignOffState.SUBMITTED:
        raise ValidationError(_("Không có số liệu nào đang chờ phê duyệt."))
    return locked


def signoff_return(*, sign_off: DistrictSignOff, user, reason: str) -> DistrictSignOff:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Hãy ghi lý do trả lại."))
    with transaction.atomic():
        locked = _submitted(sign_off, user)
        locked.state = SignOffState.RETURNED
        locked.reviewed_by = user
        locked.reviewed_at = timezone.now()
        locked.return_reason = reason[:2000]
        locked.save()
        log(locked, ACTION_RETURN, user=user, data={"reason": locked.return_reason})
    security_log.info("signoff_return user=%s signoff=%s", user.pk, locked.pk)
    return locked


def signoff_approve(*, sign_off: DistrictSignOff, user) -> ApprovedFigures:
    """Approve and freeze: the district's tallies and every school's row as they are now."""
    with transaction.atomic():
        locked = _submitted(sign_off, user)
        period, area = locked.period, locked.area
        if period.rebuild_pending:
            raise ValidationError(_("Số liệu của kỳ đang được tính lại; hãy phê duyệt sau."))
        rows = _live_rows(period, area)
        now = timezone.now()
        figures, _created = ApprovedFigures.objects.update_or_create(
            period=period,
            area=area,
            defaults={
                "sign_off": locked,
                "area_path": area.path,
                "approved_at": now,
                "approved_by": user,
                "tally": tally_data(completion_headline(rows=rows)),
                "by_type": {
                    value: tally_data(tally) for value, tally in completion_by_type(rows=rows)
                },
                "rows": [
                    status_row_data(row)
                    for row in SchoolPeriodStatus.objects.filter(pk__in=rows.values("pk"))
                    .select_related("school", "area")
                    .order_by("area_path", "school__name")
                ],
                "changed_at": None,
                "changed_school_ids": [],
            },
        )
        locked.state = SignOffState.APPROVED
        locked.reviewed_by = user
        locked.reviewed_at = now
        locked.return_reason = ""
        locked.save()
        log(locked, ACTION_APPROVE, user=user, data={"expected": figures.tally["expected"]})
    security_log.info("signoff_approve user=%s signoff=%s", user.pk, locked.pk)
    return figures
