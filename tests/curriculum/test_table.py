"""The README lists the lessons by level and by competence component, as the data files say."""

import io
from pathlib import Path

from django.core.management import call_command

from curriculum.selectors import curriculum_table, readme_table
from curriculum.services import DATA_ROOT
from curriculum.validation import curriculum_read
from tests.curriculum.conftest import lesson_data

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_section_is_the_commands_output():
    out = io.StringIO()
    call_command("curriculum_table", stdout=out)
    assert readme_table(readme=README.read_text(encoding="utf-8")) == out.getvalue(), (
        "Run: manage.py curriculum_table --readme README.md"
    )


def test_the_table_groups_by_level_and_component(data_dir):
    data_dir.write(lesson_data("lop-mot", title="Bài lớp một", grades=[1, 2]))
    data_dir.write(lesson_data("lop-bon", title="Bài lớp bốn", grades=[4, 5], competences=["6.1"]))
    parents = lesson_data("cha-me", title="Bài cho cha mẹ", audience="parents")
    del parents["quiz"], parents["grades"]
    data_dir.write(parents)
    table = curriculum_table(curriculum=curriculum_read(root=data_dir.root))
    assert table.startswith("3 bài học (2 cho học sinh, 2 câu đố)")
    young = table.index("**Tiểu học, lớp 1–3** (1)")
    older = table.index("**Tiểu học, lớp 4–5** (1)")
    parents_at = table.index("**Cha mẹ và người chăm sóc** (1)")
    assert young < table.index("Bài lớp một (`lop-mot`): 35 phút; lớp 1–2") < older < parents_at
    assert "- **6.1 Hiểu biết về trí tuệ nhân tạo** (1): Bài lớp bốn" in table
    assert (
        "- **4.2 Bảo vệ dữ liệu cá nhân và quyền riêng tư** (2): Bài cho cha mẹ; Bài lớp một"
        in (table)
    )
    assert "Chưa có bài học cho: 1.1," in table


def test_the_real_data_table_names_every_lesson():
    curriculum = curriculum_read(root=DATA_ROOT)
    table = curriculum_table(curriculum=curriculum)
    for lesson in curriculum.lessons:
        assert f"(`{lesson.slug}`)" in table
