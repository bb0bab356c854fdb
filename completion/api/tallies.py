"""A tally as the API gives it, and when a group is too small to publish."""

from completion.figures import tally_data

# Without a staff key, a group (the total, a school type, a unit below, a unit × type) of fewer
# schools than this is suppressed: a district's one THCS school would otherwise be published
# as that school's own status, participants and enrolment, which are for staff keys only.
SUPPRESS_BELOW = 3
TALLY_PERCENTS = ("complete_percent", "on_time_percent", "reach_percent")


def tally_suppressed(tally) -> bool:
    """A group of one or two schools: its figures are those schools' own (an empty group
    reveals nothing and is shown)."""
    return 0 < tally.expected < SUPPRESS_BELOW


def tally_json(tally, *, suppress: bool) -> dict:
    """A tally's counts and rates; for an anonymous caller (``suppress``) a group below
    ``SUPPRESS_BELOW`` schools has every count and rate ``None`` and says it is suppressed."""
    data = tally_data(tally)
    data.update({name: getattr(tally, name) for name in TALLY_PERCENTS})
    if suppress and tally_suppressed(tally):
        return {**dict.fromkeys(data), "suppressed": True}
    return {**data, "suppressed": False}
