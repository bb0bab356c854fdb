"""Daily: queue the day's completion reminders for the worker (README "Completion")."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from completion.tasks import reminders_send


class Command(BaseCommand):
    help = (
        "Gửi nhắc nhở hoàn thành chương trình của ngày: giáo viên trước hạn, cán bộ huyện sau "
        "hạn, cán bộ Sở một tuần sau đó (mỗi lời nhắc một lần). Việc gửi do tiến trình nền làm."
    )

    def add_arguments(self, parser):
        parser.add_argument("--today", help="YYYY-MM-DD (mặc định: hôm nay)")

    def handle(self, *args, today=None, **options):
        if isinstance(today, datetime.date):
            day = today
        elif today:
            try:
                day = datetime.date.fromisoformat(today)
            except ValueError as error:
                raise CommandError("--today: YYYY-MM-DD") from error
        else:
            day = timezone.localdate()
        result = reminders_send.enqueue(day.isoformat())
        self.stdout.write(f"reminders {day.isoformat()}: task {result.id}")
