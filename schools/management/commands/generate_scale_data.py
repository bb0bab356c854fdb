from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from schools.scale_data import ScaleDataError, scale_data_generate


class Command(BaseCommand):
    help = (
        "Tạo dữ liệu mẫu cỡ toàn quốc (địa bàn, trường, kỳ báo cáo, buổi dạy) để đo hiệu năng. "
        "Chỉ chạy trên cơ sở dữ liệu trống: không bao giờ trộn với dữ liệu thật."
    )

    def add_arguments(self, parser):
        parser.add_argument("--schools", type=int, required=True, help="Số trường.")
        parser.add_argument("--sessions", type=int, required=True, help="Số buổi dạy.")
        parser.add_argument(
            "--periods", type=int, default=8, help="Số kỳ báo cáo (học kỳ), mặc định 8."
        )
        parser.add_argument(
            "--seed", type=int, default=1, help="Cùng hạt giống thì cùng dữ liệu; mặc định 1."
        )

    def handle(self, *args, schools, sessions, periods, seed, **options):
        try:
            summary = scale_data_generate(
                schools=schools, sessions=sessions, periods=periods, seed=seed
            )
        except ScaleDataError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Đã tạo %(areas)s địa bàn, %(schools)s trường, %(periods)s kỳ báo cáo, "
                    "%(sessions)s buổi dạy trong %(data).1f giây; %(rows)s dòng tình trạng "
                    "hoàn thành trong %(statuses).1f giây; tổng cộng %(total).1f giây."
                )
                % {
                    "areas": summary.areas,
                    "schools": summary.schools,
                    "periods": summary.periods,
                    "sessions": summary.sessions,
                    "data": summary.data_seconds,
                    "rows": summary.status_rows,
                    "statuses": summary.status_seconds,
                    "total": summary.total_seconds,
                }
            )
        )
