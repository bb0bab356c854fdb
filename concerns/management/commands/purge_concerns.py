from django.conf import settings
from django.core.management.base import BaseCommand

from concerns.services import concern_purge


class Command(BaseCommand):
    help = (
        "Strip the free text and contact details of reports closed more than "
        "CONCERN_RETENTION_DAYS ago; category, area, dates and outcome stay for the figures."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None)

    def handle(self, *args, days=None, **options):
        days = settings.CONCERN_RETENTION_DAYS if days is None else days
        count = concern_purge(days=days)
        self.stdout.write(f"{count} report(s) closed more than {days} days ago stripped")
