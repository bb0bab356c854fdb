import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from schools.services.registry import school_import


class Command(BaseCommand):
    help = (
        "Nhập danh sách trường từ tệp CSV (UTF-8) hoặc XLSX: tạo mới hoặc cập nhật theo mã "
        "trường. Kiểm tra mọi dòng trước; có một lỗi thì không nhập gì."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Tệp .csv hoặc .xlsx")
        parser.add_argument(
            "--dry-run", action="store_true", help="Chỉ kiểm tra và báo các thay đổi, không ghi."
        )
        parser.add_argument(
            "--moved-on",
            type=datetime.date.fromisoformat,
            help="Ngày (YYYY-MM-DD) các trường đổi địa bàn sang địa bàn mới; mặc định hôm nay.",
        )

    def handle(self, *args, file, dry_run=False, moved_on=None, **options):
        path = Path(file)
        try:
            content = path.read_bytes()
        except OSError as error:
            raise CommandError(
                _("Không đọc được tệp %(file)s: %(reason)s")
                % {"file": file, "reason": error.strerror}
            ) from error
        result = school_import(name=path.name, content=content, dry_run=dry_run, moved_on=moved_on)
        if result.errors:
            for error in result.errors:
                self.stderr.write(str(error))
            raise CommandError(
                _("%(count)s lỗi trong %(file)s: không nhập trường nào.")
                % {"count": len(result.errors), "file": path.name}
            )
        for change in result.changes:
            if change.action == "create":
                self.stdout.write(f"+ {change.row.code} {change.row.name}")
            elif change.action == "update":
                details = "; ".join(
                    f"{label}: {old} → {new}" for label, (old, new) in change.changes.items()
                )
                self.stdout.write(f"~ {change.row.code} {change.row.name}: {details}")
        summary = _("%(created)s trường mới, %(updated)s cập nhật, %(unchanged)s không đổi.") % {
            "created": result.created,
            "updated": result.updated,
            "unchanged": result.unchanged,
        }
        if dry_run:
            self.stdout.write(self.style.WARNING(_("Chạy thử, chưa ghi gì: %s") % summary))
        else:
            self.stdout.write(self.style.SUCCESS(_("Đã nhập: %s") % summary))
