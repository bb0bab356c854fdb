"""The whole data directory: every file parsed and checked, every error collected."""

from pathlib import Path

from curriculum.validation.lesson import check_lesson
from curriculum.validation.nodes import Curriculum, LessonFile, Map, parse_file
from curriculum.validation.taxonomy import check_taxonomy, taxonomy_bands, taxonomy_topics

TAXONOMY_FILE = "taxonomy.yaml"
LESSONS_DIR = "lessons"


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def curriculum_read(*, root: Path) -> Curriculum:
    """Every file under ``root`` parsed and checked; ``errors`` lists every problem found."""
    errors: list[str] = []
    taxonomy_path = root / TAXONOMY_FILE
    taxonomy = None
    if not taxonomy_path.is_file():
        errors.append(f"{_display(taxonomy_path)}:1: the taxonomy file is missing")
    else:
        data = parse_file(taxonomy_path, _display(taxonomy_path), errors)
        if data is not None:
            taxonomy = check_taxonomy(data, _display(taxonomy_path), errors)
    bands = taxonomy_bands(taxonomy)
    topics = taxonomy_topics(taxonomy)

    lessons: list[LessonFile] = []
    paths = sorted((root / LESSONS_DIR).rglob("*.yaml")) + sorted(
        (root / LESSONS_DIR).rglob("*.yml")
    )
    if not paths:
        errors.append(f"{_display(root / LESSONS_DIR)}:1: no lesson files (*.yaml)")
    seen: dict[str, str] = {}
    for path in paths:
        display = _display(path)
        data = parse_file(path, display, errors)
        if data is None:
            continue
        lesson = LessonFile(path=path, display=display, data=data)
        before = len(errors)
        check_lesson(data, lesson, bands, topics, errors)
        slug = data.get("slug") if isinstance(data, dict) else None
        if isinstance(slug, str):
            if slug in seen:
                errors.append(
                    f"{display}:{data.key_lines.get('slug', 1)}: slug '{slug}' is also the "
                    f"slug of {seen[slug]}"
                )
            seen.setdefault(slug, display)
        if len(errors) == before:
            lessons.append(lesson)
    lessons.sort(key=lambda lesson: lesson.slug)
    return Curriculum(taxonomy=taxonomy or Map(), lessons=lessons, errors=errors)
