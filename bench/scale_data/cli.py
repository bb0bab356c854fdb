"""The command line: fill the database of DATABASE_URL and print a summary."""

import argparse
import sys

from .generate import ScaleDataError, scale_data_generate


def main(argv: list[str] | None = None) -> None:
    """The command line: fill the database of DATABASE_URL and print a summary."""
    parser = argparse.ArgumentParser(
        description=(
            "Tạo dữ liệu mẫu cỡ toàn quốc (địa bàn, trường, kỳ báo cáo, buổi dạy) để đo hiệu "
            "năng. Chỉ chạy trên cơ sở dữ liệu trống: không bao giờ trộn với dữ liệu thật."
        )
    )
    parser.add_argument("--schools", type=int, required=True, help="Số trường.")
    parser.add_argument("--sessions", type=int, required=True, help="Số buổi dạy.")
    parser.add_argument(
        "--periods", type=int, default=8, help="Số kỳ báo cáo (học kỳ), mặc định 8."
    )
    parser.add_argument(
        "--seed", type=int, default=1, help="Cùng hạt giống thì cùng dữ liệu; mặc định 1."
    )
    args = parser.parse_args(argv)
    try:
        summary = scale_data_generate(
            schools=args.schools, sessions=args.sessions, periods=args.periods, seed=args.seed
        )
    except ScaleDataError as error:
        sys.exit(str(error))
    print(
        f"Đã tạo {summary.areas} địa bàn, {summary.schools} trường, {summary.periods} kỳ báo "
        f"cáo, {summary.sessions} buổi dạy trong {summary.data_seconds:.1f} giây; "
        f"{summary.status_rows} dòng tình trạng hoàn thành trong "
        f"{summary.status_seconds:.1f} giây; tổng cộng {summary.total_seconds:.1f} giây."
    )
