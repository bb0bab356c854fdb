"""Removes a user's second-factor devices (a lost phone): ``manage.py otp_reset USERNAME``.

At their next sign-in the user is asked to enrol again if they must use two-factor sign-in,
and signs in with the password only if they need not."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from core.security import security_log
from core.two_factor.policy import remove_devices


class Command(BaseCommand):
    help = "Gỡ ứng dụng xác thực và mã dự phòng của một tài khoản (mất điện thoại)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist:
            raise CommandError(f"Không có tài khoản {username!r}.") from None
        removed = remove_devices(user)
        security_log.info("otp_reset user=%s devices=%s", user.pk, removed)
        self.stdout.write(
            f"Đã gỡ {removed} thiết bị xác thực của {username}. "
            "Lần đăng nhập sau, tài khoản sẽ thiết lập lại nếu bắt buộc."
        )
