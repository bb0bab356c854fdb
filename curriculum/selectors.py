"""Reads of the curriculum's data files: the lessons by level and by competence component, as
the markdown list in the README's "Chương trình học / Curriculum" section."""

from collections import defaultdict

from curriculum.validation import Curriculum
from lessons.competences import COMPETENCE_COMPONENTS
from quizzes.models import YOUNG_GRADE_MAX

README_START = "<!-- curriculum-table:start (manage.py curriculum_table --readme README.md) -->"
README_END = "<!-- curriculum-table:end -->"

PARENTS = "Cha mẹ và người chăm sóc"
TEACHERS = "Giáo viên"
PRIMARY = "tieu-hoc"


def _grades(data: dict) -> str:
    grades = data.get("grades")
    if not grades:
        return ""
    low, high = grades
    return f"lớp {low}" if low == high else f"lớp {low}–{high}"


def _levels(data: dict, band_names: dict[str, str]) -> list[str]:
    """The level headings a lesson is listed under (primary split in grades 1–3 and 4–5)."""
    if data["audience"] == "parents":
        return [PARENTS]
    if data["audience"] == "teachers":
        return [TEACHERS]
    levels = []
    for slug in data["age_bands"]:
        name = band_names.get(slug, slug)
        grades = data.get("grades")
        if slug == PRIMARY and grades and grades[1] <= YOUNG_GRADE_MAX:
            name = f"{name}, lớp 1–3"
        elif slug == PRIMARY and grades and grades[0] > YOUNG_GRADE_MAX:
            name = f"{name}, lớp 4–5"
        levels.append(name)
    return levels


def _line(data: dict) -> str:
    details = [f"{data['duration']} phút"]
    if grades := _grades(data):
        details.append(grades)
    details.append("năng lực " + ", ".join(str(code) for code in data["competences"]))
    if data.get("quiz"):
        details.append("có câu đố")
    return f"- {data['title']} (`{data['slug']}`): " + "; ".join(details)


def curriculum_table(*, curriculum: Curriculum) -> str:
    """The markdown list of the lessons by level and by component."""
    band_names = {band["slug"]: band["name"] for band in curriculum.taxonomy["age_bands"]}
    band_order = {band["slug"]: band["order"] for band in curriculum.taxonomy["age_bands"]}
    lessons = sorted(
        (lesson.data for lesson in curriculum.lessons),
        key=lambda data: (
            min(band_order.get(slug, 99) for slug in data["age_bands"]),
            (data.get("grades") or [0])[0],
            data["title"],
        ),
    )
    by_level: dict[str, list[dict]] = defaultdict(list)
    for data in lessons:
        for level in _levels(data, band_names):
            by_level[level].append(data)
    order = []
    for band in sorted(curriculum.taxonomy["age_bands"], key=lambda band: band["order"]):
        name = band["name"]
        order += [f"{name}, lớp 1–3", f"{name}, lớp 4–5", name]
    order += [PARENTS, TEACHERS]
    student_lessons = sum(data["audience"] == "students" for data in lessons)
    quizzes = sum(bool(data.get("quiz")) for data in lessons)

    out = [
        f"{len(lessons)} bài học ({student_lessons} cho học sinh, {quizzes} câu đố), "
        "từ `curriculum/data/`.",
        "",
        "### Theo cấp học / By level",
    ]
    for level in order:
        if level not in by_level:
            continue
        out += ["", f"**{level}** ({len(by_level[level])})", ""]
        out += [_line(data) for data in by_level[level]]

    out += ["", "### Theo năng lực số / By competence component (Thông tư 02/2025/TT-BGDĐT)", ""]
    by_code: dict[str, list[str]] = defaultdict(list)
    for data in sorted(lessons, key=lambda data: data["title"]):
        for code in data["competences"]:
            by_code[str(code)].append(data["title"])
    missing = []
    for code, name, _domain in COMPETENCE_COMPONENTS:
        titles = by_code.get(code)
        if titles:
            out.append(f"- **{code} {name}** ({len(titles)}): " + "; ".join(titles))
        else:
            missing.append(code)
    if missing:
        out += ["", "Chưa có bài học cho: " + ", ".join(missing) + "."]
    return "\n".join(out) + "\n"


def readme_with_table(*, readme: str, table: str) -> str:
    """``readme`` with the text between the table's markers replaced by ``table``."""
    start = readme.index(README_START) + len(README_START)
    end = readme.index(README_END)
    return readme[:start] + "\n" + table + readme[end:]


def readme_table(*, readme: str) -> str:
    start = readme.index(README_START) + len(README_START)
    return readme[start : readme.index(README_END)].lstrip("\n")
