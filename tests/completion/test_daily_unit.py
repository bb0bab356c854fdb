"""The daily unit (deploy/systemd/curriculum-purge.service) runs its jobs independently: a job
that fails before ``completion_remind`` must not keep the day's reminders from being queued."""

from pathlib import Path

UNIT = Path(__file__).resolve().parents[2] / "deploy" / "systemd" / "curriculum-purge.service"


def _exec_starts() -> list[str]:
    return [
        line.removeprefix("ExecStart=")
        for line in UNIT.read_text().splitlines()
        if line.startswith("ExecStart=")
    ]


def test_every_daily_job_runs_even_if_an_earlier_one_fails():
    commands = _exec_starts()
    assert any(command.endswith("manage.py completion_remind") for command in commands)
    # systemd's "-" prefix: a failure is recorded but the next ExecStart= still runs (a oneshot
    # unit otherwise stops at the first failing command).
    assert [command for command in commands if not command.startswith("-")] == []
