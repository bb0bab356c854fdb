"""Create (or revoke) a staff key to the open data API's school-level figures."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from completion.api import api_key_create
from completion.models import ApiKey


class Command(BaseCommand):
    help = (
        "Tạo khoá API cho cán bộ quản lý (in ra một lần) hoặc thu hồi khoá: "
        "completion_api_key USERNAME [--name TÊN] | --revoke PREFIX"
    )

    def add_arguments(self, parser):
        parser.add_argument("username", nargs="?")
        parser.add_argument("--name", default="API")
        parser.add_argument("--revoke", metavar="PREFIX")

    def handle(self, *args, username=None, name="API", revoke=None, **options):
        if revoke:
            count = ApiKey.objects.filter(prefix=revoke, revoked_at__isnull=True).update(
                revoked_at=timezone.now()
            )
            self.stdout.write(f"revoked {count}")
            return
        if not username:
            raise CommandError("USERNAME or --revoke PREFIX")
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError("no such user")
        try:
            _record, key = api_key_create(user=user, name=name)
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(key)
