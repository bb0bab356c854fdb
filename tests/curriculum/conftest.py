"""A small, valid curriculum written to a temporary folder, to change one file at a time."""

import shutil
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "curriculum" / "data"


def lesson_data(slug: str, **changes) -> dict:
    data = {
        "slug": slug,
        "title": f"Bài {slug}",
        "summary": "Em học giữ an toàn trên mạng.",
        "audience": "students",
        "age_bands": ["tieu-hoc"],
        "grades": [1, 3],
        "topics": ["mat-khau-tai-khoan"],
        "competences": ["4.2", "2.5"],
        "duration": 35,
        "essential_question": "Vì sao mật khẩu phải là bí mật?",
        "objectives": ["Hiểu mật khẩu.", "Giữ mật khẩu.", "Kể với người lớn."],
        "vocabulary": [
            {"term": "Mật khẩu", "meaning": "Chìa khóa của tài khoản."},
            {"term": "Tài khoản", "meaning": "Chỗ của em trong ứng dụng."},
            {"term": "Người lạ", "meaning": "Người em chưa gặp ngoài đời."},
        ],
        "body": [
            {"text": "<p>Mật khẩu là <b>bí mật</b>.</p>\n"},
            {
                "activity": {
                    "title": "Chiếc hộp có khóa",
                    "materials": "Một hộp nhỏ.",
                    "steps": [{"minutes": 5, "instruction": "Giữ hộp."}],
                }
            },
            {"discussion": {"questions": ["Ai được biết mật khẩu?"]}},
            {"get_help": {"heading": "Báo ngay", "text": "Kể với bố mẹ hoặc thầy cô."}},
        ],
        "family_corner": "Hôm nay con học giữ mật khẩu.",
        "handouts": [
            {
                "title": "Thẻ tình huống",
                "kind": "cards",
                "instructions": "In, cắt rời.",
                "items": [
                    {"text": "Bạn xin mật khẩu.", "answer": "Từ chối."},
                    {"text": "Mẹ hỏi mật khẩu."},
                ],
            }
        ],
        "teacher_notes": "<p>Không dùng mật khẩu thật.</p>\n",
        "quiz": {
            "title": f"Câu đố: {slug}",
            "intro": "Cùng thử nhé!",
            "pass_mark": 60,
            "success_text": "Tuyệt vời!",
            "fail_text": "Đọc lại bài nhé.",
            "questions": [
                {
                    "choice": {
                        "text": f"Câu {number}?",
                        "choices": [
                            {"text": "Đúng", "correct": True},
                            {"text": "Sai một", "correct": False},
                            {"text": "Sai hai", "correct": False},
                        ],
                        "explanation": "Vì thế.",
                    }
                }
                for number in range(5)
            ]
            + [
                {
                    "true_false": {
                        "text": "Cho bạn mật khẩu.",
                        "answer": False,
                        "explanation": "Không.",
                    }
                },
                {"open": {"text": "Em sẽ nói gì?", "explanation": "Từ chối."}},
            ],
        },
    }
    data.update(changes)
    return data


class DataDir:
    def __init__(self, root: Path):
        self.root = root
        (root / "lessons").mkdir(parents=True)
        shutil.copy(DATA / "taxonomy.yaml", root / "taxonomy.yaml")

    def path(self, slug: str, group: str = "tieu-hoc") -> Path:
        return self.root / "lessons" / group / f"{slug}.yaml"

    def write(self, data: dict, group: str = "tieu-hoc") -> Path:
        path = self.path(data["slug"], group)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
        return path

    def write_text(self, name: str, text: str, group: str = "tieu-hoc") -> Path:
        path = self.root / "lessons" / group / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
        return path


@pytest.fixture
def data_dir(tmp_path) -> DataDir:
    return DataDir(tmp_path / "data")
