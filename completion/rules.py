"""The programme's completion rule for one school in one period: a pure function, no database."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from completion.models import CompletionStatus


@dataclass(frozen=True)
class LevelCounts:
    """Sessions of one level in a period, and those recorded by the due date."""

    verified: int = 0
    submitted: int = 0
    verified_by_due: int = 0
    submitted_by_due: int = 0


@dataclass(frozen=True)
class SchoolCompletion:
    status: str
    on_time: bool
    missing_level_ids: tuple[int, ...]


def completion_rule(
    *,
    level_ids: Iterable[int],
    counts: Mapping[int, LevelCounts],
    required: int,
    verified_only: bool,
) -> SchoolCompletion:
    """The programme's rule for one school in one period (pure: no database).

    Complete: every level the school serves has ``required`` counted sessions (verified
    ones, or submitted ones too when the period does not ask for verification). Pending
    verification: it would be complete if the submitted sessions counted. In progress: some
    session, not enough. Not started: none. On time: complete counting only the sessions
    recorded by the due date.
    """
    level_ids = sorted(set(level_ids))
    empty = LevelCounts()

    def counted(level, by_due=False):
        c = counts.get(level, empty)
        verified = c.verified_by_due if by_due else c.verified
        submitted = c.submitted_by_due if by_due else c.submitted
        return verified if verified_only else verified + submitted

    def recorded(level):
        c = counts.get(level, empty)
        return c.verified + c.submitted

    missing = tuple(level for level in level_ids if counted(level) < required)
    if level_ids and not missing:
        on_time = all(counted(level, by_due=True) >= required for level in level_ids)
        return SchoolCompletion(CompletionStatus.COMPLETE, on_time, ())
    if level_ids and all(recorded(level) >= required for level in level_ids):
        return SchoolCompletion(CompletionStatus.PENDING, False, missing)
    if any(recorded(level) for level in level_ids):
        return SchoolCompletion(CompletionStatus.IN_PROGRESS, False, missing)
    return SchoolCompletion(CompletionStatus.NOT_STARTED, False, missing)
