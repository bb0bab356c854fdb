from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from quizzes.services import attempts_purge


class Command(BaseCommand):
    help = (
        "Delete quiz attempts (nicknames, answers, scores) and finished runs older than the "
        "retention period. Run it daily, e.g. from a systemd timer or cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.QUIZ_ATTEMPT_RETENTION_DAYS,
            help="Keep this many days (default: QUIZ_ATTEMPT_RETENTION_DAYS, 180).",
        )

    def handle(self, *args, days, **options):
        if days < 1:
            raise CommandError("--days must be 1 or more.")
        attempts, runs = attempts_purge(older_than=timezone.now() - timedelta(days=days))
        self.stdout.write(
            f"Deleted {attempts} attempt rows and {runs} runs older than {days} days."
        )
