import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from concerns.services import concern_reminders_send


class Command(BaseCommand):
    help = (
        "E-mail the handler and the area's officers about reports with no first action by "
        "their deadline (at most once a day per report). Run daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--now", help="ISO date and time to act as now (for tests)")

    def handle(self, *args, now=None, **options):
        when = None
        if now:
            try:
                when = datetime.datetime.fromisoformat(now)
            except ValueError as error:
                raise CommandError(f"--now: {error}") from None
            if timezone.is_naive(when):
                when = timezone.make_aware(when)
        counts = concern_reminders_send(now=when)
        self.stdout.write(
            f"{counts['concerns']} overdue report(s) reminded, {counts['sent']} e-mail(s) queued, "
            f"{counts['skipped']} recipient(s) without an e-mail address skipped"
        )
