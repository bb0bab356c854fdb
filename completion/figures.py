"""The figures the dashboard, its exports, its print view and the API show: the live status
rows, except for districts whose figures the province approved — there, the approved snapshot
(``ApprovedFigures``), frozen as it was at approval. A change after approval is flagged on the
snapshot for the next review; it does not move the approved figure.

``completion_figures`` reads the snapshots that overlap the filters (one query), excludes their
districts from the live rows, and adds their frozen rows (filtered the same way) in Python; the
live part keeps its fixed number of aggregate queries.
"""

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from functools import reduce
from operator import or_
from types import SimpleNamespace

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from completion.models import (
    ApprovedFigures,
    CompletionStatus,
    ReportingPeriod,
    SchoolPeriodStatus,
)
from completion.selectors import (
    TALLY,
    TREND_PERIODS,
    Tally,
    completion_by_area,
    completion_by_type,
    completion_headline,
    completion_rows,
    completion_trend_live,
)
from schools.models import Area
from schools.selectors import paths_under

ROW_FIELDS = (
    "status", "on_time", "missing_level_ids", "sessions_counted", "participants", "enrolment",
)  # fmt: skip


def status_row_data(row) -> dict:
    """One ``SchoolPeriodStatus`` (school and area selected) as the snapshot keeps it."""
    return {
        "school_id": row.school_id,
        "school_code": row.school.code,
        "school_name": row.school.name,
        "area_id": row.area_id,
        "area_name": row.area.name,
        "area_path": row.area_path,
        "school_type": row.school_type,
        **{name: getattr(row, name) for name in ROW_FIELDS},
    }


def tally_data(tally: Tally) -> dict:
    return asdict(tally)


def tally_from_data(data: dict) -> Tally:
    return Tally(**{name: data.get(name, 0) for name in TALLY})


class FrozenRow:
    """A school's approved row, read like a ``SchoolPeriodStatus`` by templates and exports."""

    frozen = True

    def __init__(self, data: dict, approved: ApprovedFigures):
        self.data = data
        self.approved = approved
        self.school_id = data["school_id"]
        self.school = SimpleNamespace(
            pk=data["school_id"], code=data["school_code"], name=data["school_name"]
        )
        self.area_id = data["area_id"]
        self.area = SimpleNamespace(pk=data["area_id"], name=data["area_name"])
        self.area_path = data["area_path"]
        self.school_type = data["school_type"]
        for name in ROW_FIELDS:
            setattr(self, name, data[name])

    def get_status_display(self):
        return CompletionStatus(self.status).label


def _tally_python(rows) -> Tally:
    tally = Tally()
    for row in rows:
        tally.expected += 1
        if row.status == CompletionStatus.COMPLETE:
            tally.complete += 1
            tally.on_time += 1 if row.on_time else 0
        elif row.status == CompletionStatus.PENDING:
            tally.pending += 1
        elif row.status == CompletionStatus.IN_PROGRESS:
            tally.in_progress += 1
        else:
            tally.not_started += 1
        tally.participants += row.participants
        tally.enrolment += row.enrolment
    return tally


def tally_sum(*tallies: Tally) -> Tally:
    total = Tally()
    for tally in tallies:
        for name in TALLY:
            setattr(total, name, getattr(total, name) + getattr(tally, name))
    return total


def _prefixes(path: str) -> list[str]:
    parts = path.strip("/").split("/")
    return ["/".join(parts[:n]) + "/" for n in range(1, len(parts) + 1)]


def _overlapping(paths) -> Q:
    """Snapshots under one of ``paths``, or holding one of them."""
    condition = paths_under(paths, "area_path")
    prefixes = [prefix for path in paths for prefix in _prefixes(path)]
    return condition | Q(area_path__in=prefixes)


class IncompleteRows:
    """The schools not yet complete: the frozen ones, then the live ones; for a Paginator."""

    def __init__(self, frozen: list, live: QuerySet):
        self.frozen = frozen
        self.live = live
        self._count = None

    def count(self) -> int:
        if self._count is None:
            self._count = len(self.frozen) + self.live.count()
        return self._count

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop = index.start or 0, index.stop if index.stop is not None else self.count()
        head = self.frozen[start:stop]
        live_start = max(start - len(self.frozen), 0)
        live_stop = max(stop - len(self.frozen), 0)
        tail = list(self.live[live_start:live_stop]) if live_stop > live_start else []
        return head + tail


@dataclass
class Figures:
    period: ReportingPeriod
    live: QuerySet
    frozen: list = field(default_factory=list)
    approvals: list = field(default_factory=list)

    @property
    def approved(self) -> bool:
        return bool(self.approvals)

    @property
    def changed_after_approval(self) -> list:
        return [approval for approval in self.approvals if approval.changed_at]

    def headline(self) -> Tally:
        live = completion_headline(rows=self.live)
        return tally_sum(live, _tally_python(self.frozen)) if self.frozen else live

    def by_type(self) -> list[tuple[str, Tally]]:
        merged = dict(completion_by_type(rows=self.live))
        groups = defaultdict(list)
        for row in self.frozen:
            groups[row.school_type].append(row)
        for school_type, rows in groups.items():
            merged[school_type] = tally_sum(merged.get(school_type, Tally()), _tally_python(rows))
        return sorted(merged.items())

    def by_area(self, *, parent: Area | None) -> list[tuple[Area | None, Tally]]:
        live = completion_by_area(rows=self.live, parent=parent)
        if not self.frozen:
            return live
        prefix_length = len(parent.path) if parent else 0
        groups = defaultdict(list)
        for row in self.frozen:
            rest = row.area_path[prefix_length:]
            groups[row.area_path[: prefix_length + rest.index("/") + 1]].append(row)
        merged = {(area.path if area else None): (area, tally) for area, tally in live}
        missing = [path for path in groups if path not in merged]
        areas = {area.path: area for area in Area.objects.filter(path__in=missing)}
        for path, rows in groups.items():
            area, tally = merged.get(path, (areas.get(path), Tally()))
            merged[path] = (area, tally_sum(tally, _tally_python(rows)))
        return [merged[key] for key in sorted(merged, key=lambda key: key or "")]

    def incomplete(self) -> IncompleteRows:
        frozen = sorted(
            (row for row in self.frozen if row.status != CompletionStatus.COMPLETE),
            key=lambda row: (row.status, row.area_path, row.school.name),
        )
        live = (
            self.live.exclude(status=CompletionStatus.COMPLETE)
            .select_related("school", "area")
            .order_by("status", "area_path", "school__name")
        )
        return IncompleteRows(frozen, live)

    def all_rows(self):
        """Every school's row, frozen then live (for the per-school export)."""
        yield from sorted(self.frozen, key=lambda row: (row.area_path, row.school.name))
        ordered = self.live.select_related("school", "area").order_by("area_path", "school__name")
        yield from ordered.iterator(chunk_size=2000)


def completion_figures(
    *, period: ReportingPeriod, area: Area | None, school_type: str | None, officer_paths
) -> Figures:
    """The figures of a period within the filters: approved districts frozen, others live."""
    live = completion_rows(
        period=period, area=area, school_type=school_type, officer_paths=officer_paths
    )
    approvals = _approvals(
        ApprovedFigures.objects.filter(period=period).select_related("area"),
        area=area,
        officer_paths=officer_paths,
    )
    if not approvals:
        return Figures(period=period, live=live)
    live = live.exclude(paths_under([a.area_path for a in approvals], "area_path"))
    frozen = _frozen_rows(
        approvals, area=area, school_type=school_type, officer_paths=officer_paths
    )
    return Figures(period=period, live=live, frozen=frozen, approvals=approvals)


def _approvals(approvals: QuerySet, *, area: Area | None, officer_paths) -> list:
    """The snapshots overlapping the officer's areas and the area filter."""
    if officer_paths is not None:
        approvals = approvals.filter(_overlapping(officer_paths))
    if area is not None:
        approvals = approvals.filter(_overlapping([area.path]))
    return list(approvals.order_by("area_path"))


def _frozen_rows(approvals, *, area, school_type, officer_paths) -> list[FrozenRow]:
    """The approved rows of the snapshots, filtered like the live rows."""
    frozen = []
    for approval in approvals:
        for data in approval.rows:
            path = data["area_path"]
            if officer_paths is not None and not any(path.startswith(p) for p in officer_paths):
                continue
            if area is not None and not path.startswith(area.path):
                continue
            if school_type and data["school_type"] != school_type:
                continue
            frozen.append(FrozenRow(data, approval))
    return frozen


def completion_trend(
    *, period: ReportingPeriod, area: Area | None, school_type: str | None, officer_paths
) -> list[tuple[ReportingPeriod, Tally]]:
    """The headline of the periods up to this one, oldest first (at most ``TREND_PERIODS``),
    as the dashboard's headline gives it for each: approved districts with their approved
    figures, the others live. Three queries (periods, snapshots, the live tallies)."""
    periods = list(ReportingPeriod.objects.filter(start__lte=period.start)[:TREND_PERIODS])
    approvals = _approvals(
        ApprovedFigures.objects.filter(period__in=periods), area=area, officer_paths=officer_paths
    )
    rows = SchoolPeriodStatus.objects.all()
    if approvals:
        # The approved districts' live rows, period by period, give way to their snapshots.
        rows = rows.exclude(
            reduce(
                or_,
                (Q(period_id=a.period_id, area_path__startswith=a.area_path) for a in approvals),
            )
        )
    live = completion_trend_live(
        periods=periods,
        rows=rows,
        area=area,
        school_type=school_type,
        officer_paths=officer_paths,
    )
    frozen = defaultdict(list)
    for row in _frozen_rows(
        approvals, area=area, school_type=school_type, officer_paths=officer_paths
    ):
        frozen[row.approved.period_id].append(row)
    return [
        (p, tally_sum(tally, _tally_python(frozen[p.pk])) if frozen[p.pk] else tally)
        for p, tally in live
    ]


def approved_figures_flag_changes(*, period: ReportingPeriod, rows) -> None:
    """After ``completion_build``: schools whose new figures differ from their approved row
    flag the approval ("Có thay đổi sau khi phê duyệt") for the district's next review."""
    if not rows:
        return
    heads = list(ApprovedFigures.objects.filter(period=period).values_list("pk", "area_path"))
    touched = [pk for pk, path in heads if any(r.area_path.startswith(path) for r in rows)]
    if not touched:
        return
    for approval in ApprovedFigures.objects.filter(pk__in=touched):
        frozen = {data["school_id"]: data for data in approval.rows}
        changed = set(approval.changed_school_ids)
        for row in rows:
            if not row.area_path.startswith(approval.area_path):
                continue
            data = frozen.get(row.school_id)
            if data is None or any(data[name] != getattr(row, name) for name in ROW_FIELDS):
                changed.add(row.school_id)
        if changed != set(approval.changed_school_ids):
            approval.changed_school_ids = sorted(changed)
            approval.changed_at = timezone.now()
            approval.save(update_fields=["changed_school_ids", "changed_at"])


def approval_notes(figures: Figures) -> list[str]:
    """What the exports say about approved figures."""
    notes = []
    for approval in figures.approvals:
        note = _("Số liệu đã được Sở phê duyệt ngày %(date)s") % {
            "date": timezone.localtime(approval.approved_at).strftime("%d/%m/%Y")
        }
        note = f"{approval.area.name}: {note}"
        if approval.changed_at:
            note += f" — {_('Có thay đổi sau khi phê duyệt')}"
        notes.append(note)
    return notes


def approved_row(*, period: ReportingPeriod, row) -> FrozenRow | None:
    """A school's approved row in the period, if its district's figures were approved."""
    path = row.area_path
    prefixes = _prefixes(path)
    approval = (
        ApprovedFigures.objects.filter(period=period, area_path__in=prefixes)
        .select_related("area")
        .first()
    )
    if approval is None:
        return None
    data = next((d for d in approval.rows if d["school_id"] == row.school_id), None)
    return FrozenRow(data, approval) if data else None
