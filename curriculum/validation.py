"""Reading and checking the curriculum's data files (format: ``curriculum/data/README.md``).

Every file is parsed with PyYAML's safe loader keeping each node's line, then checked against
the format. Every error of every file is collected, as ``path:line: message``, before anything
is installed: a reviewer fixes them all in one pass.
"""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import yaml
from yaml.constructor import SafeConstructor

from lessons.competences import COMPETENCE_CODES

TAXONOMY_FILE = "taxonomy.yaml"
LESSONS_DIR = "lessons"

AUDIENCES = ("students", "parents", "teachers")
HANDOUT_KINDS = ("cards", "scenarios", "worksheet")
DOMAINS = ("information", "communication", "content_creation", "safety", "problem_solving", "ai")
RICH_TEXT_TAGS = frozenset({"p", "h2", "h3", "ul", "ol", "li", "b", "i"})
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TAG_RE = re.compile(r"<\s*/?\s*[a-zA-Z]")

SUMMARY_MAX = 400
FAMILY_CORNER_MAX = 600
MIN_SCORED_QUESTIONS = 6
YOUNG_GRADE_MAX = 3  # grades 1–3: at most three short options a question
YOUNG_MAX_CHOICES = 3

LESSON_KEYS = {
    "slug": True,
    "title": True,
    "summary": True,
    "audience": True,
    "age_bands": True,
    "grades": False,
    "topics": True,
    "competences": True,
    "duration": True,
    "essential_question": True,
    "objectives": True,
    "vocabulary": True,
    "body": True,
    "family_corner": True,
    "handouts": True,
    "teacher_notes": True,
    "quiz": False,
}


class Map(dict):
    """A YAML mapping with the line of the mapping and of each of its keys."""

    line: int = 0
    key_lines: dict


class Seq(list):
    """A YAML sequence with its line and each item's."""

    line: int = 0
    item_lines: list


@dataclass
class LessonFile:
    path: Path
    display: str
    data: Map

    @property
    def slug(self) -> str:
        return self.data["slug"]


@dataclass
class Curriculum:
    """Checked data: the taxonomy and the lesson files, in a stable order (by slug)."""

    taxonomy: Map
    lessons: list[LessonFile]
    errors: list[str] = field(default_factory=list)


def _line(node) -> int:
    return node.start_mark.line + 1


class _Reader:
    """Builds Map / Seq / scalars from a composed YAML node, reporting duplicate keys."""

    def __init__(self, display: str, errors: list[str]):
        self.display = display
        self.errors = errors
        self.constructor = SafeConstructor()

    def build(self, node):
        if isinstance(node, yaml.MappingNode):
            result = Map()
            result.line = _line(node)
            result.key_lines = {}
            for key_node, value_node in node.value:
                key = self.build(key_node)
                key = key if isinstance(key, str) else str(key)
                if key in result:
                    self.errors.append(f"{self.display}:{_line(key_node)}: duplicate key '{key}'")
                result[key] = self.build(value_node)
                result.key_lines[key] = _line(key_node)
            return result
        if isinstance(node, yaml.SequenceNode):
            result = Seq()
            result.line = _line(node)
            result.item_lines = []
            for item in node.value:
                result.append(self.build(item))
                result.item_lines.append(_line(item))
            return result
        return self.constructor.construct_object(node)


def parse_file(path: Path, display: str, errors: list[str]):
    """The file's data (Map / Seq / scalars with lines), or None after reporting why not."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        errors.append(f"{display}:1: cannot read the file ({error})")
        return None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        errors.append(f"{display}:{line}: not valid YAML: {error.problem or error}")
        return None
    except yaml.YAMLError as error:
        errors.append(f"{display}:1: not valid YAML: {error}")
        return None
    if node is None:
        errors.append(f"{display}:1: the file is empty")
        return None
    return _Reader(display, errors).build(node)


class _RichTextChecker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in RICH_TEXT_TAGS:
            self.problems.append(f"tag <{tag}> is not allowed")
        elif attrs:
            self.problems.append(f"tag <{tag}> may not have attributes")

    def handle_endtag(self, tag):
        if tag not in RICH_TEXT_TAGS:
            self.problems.append(f"tag </{tag}> is not allowed")


def grade_range(grades_text: str) -> tuple[int, int] | None:
    """ "Lớp 1–5" → (1, 5); None if the text names no grade (as ``AgeBand.grade_range``)."""
    numbers = [int(number) for number in re.findall(r"\d+", grades_text or "")]
    if not numbers or not all(1 <= number <= 12 for number in numbers):
        return None
    return min(numbers), max(numbers)


class _Checker:
    """Checks one file's data, each problem reported with the line it is on."""

    def __init__(self, display: str, errors: list[str]):
        self.display = display
        self.errors = errors

    def error(self, line: int, message: str) -> None:
        self.errors.append(f"{self.display}:{line}: {message}")

    # Containers --------------------------------------------------------------------------

    def mapping(self, value, line: int, where: str, keys: dict[str, bool]) -> bool:
        """Whether ``value`` is a mapping; reports missing required and unknown keys."""
        if not isinstance(value, Map):
            self.error(line, f"{where} must be a mapping (key: value lines)")
            return False
        for key, required in keys.items():
            if required and key not in value:
                self.error(value.line, f"{where}: missing key '{key}'")
        for key in value:
            if key not in keys:
                known = ", ".join(keys)
                self.error(value.key_lines[key], f"{where}: unknown key '{key}' (known: {known})")
        return True

    def key_line(self, mapping: Map, key: str) -> int:
        return mapping.key_lines.get(key, mapping.line)

    def sequence(self, mapping: Map, key: str, *, low=0, high=None, what="items") -> Seq | None:
        if key not in mapping:
            return None
        value = mapping[key]
        line = self.key_line(mapping, key)
        if value is None:
            value = Seq()
            value.line, value.item_lines = line, []
        if not isinstance(value, Seq):
            self.error(line, f"'{key}' must be a list")
            return None
        if len(value) < low or (high is not None and len(value) > high):
            bounds = f"{low}–{high}" if high is not None else f"at least {low}"
            self.error(line, f"'{key}' needs {bounds} {what}, has {len(value)}")
        return value

    # Scalars -----------------------------------------------------------------------------

    def text(
        self,
        mapping: Map,
        key: str,
        *,
        max_length: int | None = None,
        required: bool = True,
        plain: bool = True,
        where: str = "",
    ) -> str | None:
        if key not in mapping:
            return None
        value = mapping[key]
        line = self.key_line(mapping, key)
        label = f"{where}'{key}'"
        if value is None:
            value = ""
        if not isinstance(value, str):
            self.error(line, f"{label} must be text, not {type(value).__name__}")
            return None
        if required and not value.strip():
            self.error(line, f"{label} must not be empty")
        if max_length is not None and len(value.strip()) > max_length:
            self.error(line, f"{label} has {len(value.strip())} characters, at most {max_length}")
        if plain and TAG_RE.search(value):
            self.error(line, f"{label} is plain text: no HTML tags")
        return value

    def item_text(self, items: Seq, index: int, what: str, max_length: int | None = None):
        value = items[index]
        line = items.item_lines[index]
        if not isinstance(value, str) or not value.strip():
            self.error(line, f"{what} must be non-empty text")
            return
        if max_length is not None and len(value) > max_length:
            self.error(line, f"{what} has {len(value)} characters, at most {max_length}")
        if TAG_RE.search(value):
            self.error(line, f"{what} is plain text: no HTML tags")

    def rich_text(self, mapping: Map, key: str, *, required: bool = True) -> None:
        value = self.text(mapping, key, plain=False, required=required)
        if not value:
            return
        checker = _RichTextChecker()
        checker.feed(value)
        checker.close()
        for problem in dict.fromkeys(checker.problems):
            self.error(
                self.key_line(mapping, key),
                f"'{key}': {problem} (rich text allows only <p>, <h2>, <h3>, <ul>, <ol>, "
                "<li>, <b>, <i>)",
            )

    def integer(self, mapping: Map, key: str, low: int, high: int) -> int | None:
        if key not in mapping:
            return None
        value = mapping[key]
        line = self.key_line(mapping, key)
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(line, f"'{key}' must be a whole number")
            return None
        if not low <= value <= high:
            self.error(line, f"'{key}' must be between {low} and {high}, is {value}")
            return None
        return value

    def boolean(self, mapping: Map, key: str, *, where: str = "") -> bool | None:
        if key not in mapping:
            return None
        value = mapping[key]
        if not isinstance(value, bool):
            self.error(self.key_line(mapping, key), f"{where}'{key}' must be true or false")
            return None
        return value

    def slugs(self, mapping: Map, key: str, known: set[str], what: str, *, low: int = 0):
        items = self.sequence(mapping, key, low=low, what=what)
        if items is None:
            return []
        found = []
        for index, value in enumerate(items):
            line = items.item_lines[index]
            code = _code(value)
            if code not in known:
                choices = ", ".join(sorted(known))
                self.error(
                    line,
                    f"unknown {what[:-1] if what.endswith('s') else what} "
                    f"'{value}' (known: {choices})",
                )
            else:
                found.append(code)
        if len(set(found)) != len(found):
            self.error(items.line, f"'{key}' lists the same value twice")
        return found


def _code(value) -> str:
    # An unquoted 4.2 reads as a number: the component code is its text.
    if isinstance(value, float):
        return repr(value)
    return str(value)


# Taxonomy -------------------------------------------------------------------------------


def check_taxonomy(data, display: str, errors: list[str]) -> Map | None:
    check = _Checker(display, errors)
    if not check.mapping(data, 1, "taxonomy", {"age_bands": True, "topics": True}):
        return None
    seen = set()
    bands = check.sequence(data, "age_bands", low=1, what="age bands") or []
    for index, band in enumerate(bands):
        line = bands.item_lines[index]
        keys = {"slug": True, "name": True, "grades": True, "ages": True, "order": True}
        if not check.mapping(band, line, "age band", keys):
            continue
        _check_slug_field(check, band, seen, "age band")
        check.text(band, "name", max_length=80)
        check.text(band, "grades", max_length=40, required=False)
        check.text(band, "ages", max_length=40, required=False)
        check.integer(band, "order", 0, 1000)
    topics = check.sequence(data, "topics", low=1, what="topics") or []
    seen = set()
    for index, topic in enumerate(topics):
        line = topics.item_lines[index]
        keys = {"slug": True, "name": True, "description": True, "domain": True}
        if not check.mapping(topic, line, "topic", keys):
            continue
        _check_slug_field(check, topic, seen, "topic")
        check.text(topic, "name", max_length=120)
        check.text(topic, "description", required=False)
        if "domain" in topic and topic["domain"] not in DOMAINS:
            check.error(
                check.key_line(topic, "domain"),
                f"unknown competence domain '{topic['domain']}' (known: {', '.join(DOMAINS)})",
            )
    return data


def _check_slug_field(check: _Checker, mapping: Map, seen: set, what: str) -> None:
    slug = mapping.get("slug")
    line = check.key_line(mapping, "slug")
    if not isinstance(slug, str) or not SLUG_RE.match(slug):
        check.error(line, f"{what} slug '{slug}' must be ASCII a-z, 0-9 and '-'")
    elif slug in seen:
        check.error(line, f"{what} slug '{slug}' is used twice")
    seen.add(slug)


def taxonomy_bands(taxonomy: Map | None) -> dict[str, tuple[int, int] | None]:
    if not taxonomy or not isinstance(taxonomy.get("age_bands"), list):
        return {}
    return {
        band["slug"]: grade_range(band.get("grades") or "")
        for band in taxonomy["age_bands"]
        if isinstance(band, dict) and isinstance(band.get("slug"), str)
    }


def taxonomy_topics(taxonomy: Map | None) -> set[str]:
    if not taxonomy or not isinstance(taxonomy.get("topics"), list):
        return set()
    return {
        topic["slug"]
        for topic in taxonomy["topics"]
        if isinstance(topic, dict) and isinstance(topic.get("slug"), str)
    }


# Lessons --------------------------------------------------------------------------------


def check_lesson(data, lesson: LessonFile, bands: dict, topics: set[str], errors: list[str]):
    check = _Checker(lesson.display, errors)
    if not check.mapping(data, 1, "lesson", LESSON_KEYS):
        return
    slug = data.get("slug")
    if not isinstance(slug, str) or not SLUG_RE.match(slug):
        check.error(check.key_line(data, "slug"), f"slug '{slug}' must be ASCII a-z, 0-9 and '-'")
    elif slug != lesson.path.stem:
        check.error(
            check.key_line(data, "slug"),
            f"slug '{slug}' must be the file's name ('{lesson.path.stem}')",
        )
    check.text(data, "title", max_length=255)
    check.text(data, "summary", max_length=SUMMARY_MAX)
    audience = data.get("audience")
    if "audience" in data and audience not in AUDIENCES:
        check.error(
            check.key_line(data, "audience"),
            f"audience '{audience}' must be one of {', '.join(AUDIENCES)}",
        )
    lesson_bands = check.slugs(data, "age_bands", set(bands), "age bands", low=1)
    check.slugs(data, "topics", topics, "topics")
    check.slugs(data, "competences", set(COMPETENCE_CODES), "competences", low=1)
    check.integer(data, "duration", 5, 240)
    check.text(data, "essential_question", max_length=300)
    grades = _check_grades(check, data, [bands[slug] for slug in lesson_bands])
    objectives = check.sequence(data, "objectives", low=3, high=5, what="objectives") or []
    for index in range(len(objectives)):
        check.item_text(objectives, index, "an objective")
    _check_vocabulary(check, data)
    _check_body(check, data)
    check.text(data, "family_corner", max_length=FAMILY_CORNER_MAX)
    _check_handouts(check, data)
    check.rich_text(data, "teacher_notes", required=False)
    if "quiz" in data:
        young = grades is not None and grades[1] <= YOUNG_GRADE_MAX
        _check_quiz(check, data, students=audience == "students", young=young)
    elif audience == "students":
        check.error(data.line, "a lesson for students needs its 'quiz'")


def _check_grades(check: _Checker, data: Map, ranges: list) -> tuple[int, int] | None:
    if "grades" not in data:
        return None
    grades = data["grades"]
    line = check.key_line(data, "grades")
    if (
        not isinstance(grades, list)
        or len(grades) != 2
        or not all(isinstance(g, int) and not isinstance(g, bool) for g in grades)
    ):
        check.error(line, "'grades' must be two whole numbers: [lowest, highest]")
        return None
    low, high = grades
    if not (1 <= low <= 12 and 1 <= high <= 12):
        check.error(line, f"'grades' must be between 1 and 12, is [{low}, {high}]")
        return None
    if low > high:
        check.error(line, f"'grades' lowest ({low}) is above highest ({high})")
        return None
    if ranges and all(ranges):
        band_low, band_high = min(r[0] for r in ranges), max(r[1] for r in ranges)
        if low < band_low or high > band_high:
            check.error(
                line,
                f"'grades' [{low}, {high}] outside the age bands' grades ({band_low}–{band_high})",
            )
    return low, high


def _check_vocabulary(check: _Checker, data: Map) -> None:
    terms = check.sequence(data, "vocabulary", low=3, high=8, what="terms") or []
    for index, term in enumerate(terms):
        line = terms.item_lines[index]
        if check.mapping(term, line, "vocabulary term", {"term": True, "meaning": True}):
            check.text(term, "term", max_length=80, where="vocabulary ")
            check.text(term, "meaning", max_length=300, where="vocabulary ")


BLOCK_KEYS = {
    "activity": {"title": True, "materials": False, "steps": True},
    "discussion": {"heading": False, "questions": True},
    "get_help": {"heading": True, "text": True},
}


def _check_body(check: _Checker, data: Map) -> None:
    blocks = check.sequence(data, "body", low=1, what="blocks")
    if blocks is None:
        return
    kinds = []
    for index, block in enumerate(blocks):
        line = blocks.item_lines[index]
        if not isinstance(block, Map) or len(block) != 1:
            check.error(line, "a body block is one of text:, activity:, discussion:, get_help:")
            continue
        kind = next(iter(block))
        kinds.append(kind)
        if kind == "text":
            check.rich_text(block, "text")
            continue
        if kind not in BLOCK_KEYS:
            check.error(
                line, f"unknown body block '{kind}' (known: text, activity, discussion, get_help)"
            )
            continue
        value = block[kind]
        if not check.mapping(value, line, kind, BLOCK_KEYS[kind]):
            continue
        if kind == "activity":
            check.text(value, "title", max_length=120, where="activity ")
            check.text(value, "materials", max_length=300, required=False, where="activity ")
            steps = check.sequence(value, "steps", low=1, what="steps") or []
            for step_index, step in enumerate(steps):
                step_line = steps.item_lines[step_index]
                keys = {"minutes": True, "instruction": True}
                if check.mapping(step, step_line, "activity step", keys):
                    check.integer(step, "minutes", 1, 180)
                    check.text(step, "instruction", where="step ")
        elif kind == "discussion":
            check.text(value, "heading", max_length=120, where="discussion ")
            questions = check.sequence(value, "questions", low=1, what="questions") or []
            for question_index in range(len(questions)):
                check.item_text(questions, question_index, "a discussion question", 300)
        else:
            check.text(value, "heading", max_length=120, where="get_help ")
            check.text(value, "text", where="get_help ")
    if "activity" not in kinds:
        check.error(check.key_line(data, "body"), "'body' needs at least one activity")
    if "get_help" not in kinds:
        check.error(check.key_line(data, "body"), "'body' needs a get_help block")


def _check_handouts(check: _Checker, data: Map) -> None:
    handouts = check.sequence(data, "handouts", what="handouts") or []
    keys = {"title": True, "kind": True, "instructions": False, "items": True}
    for index, handout in enumerate(handouts):
        line = handouts.item_lines[index]
        if not check.mapping(handout, line, "handout", keys):
            continue
        check.text(handout, "title", max_length=120, where="handout ")
        if "kind" in handout and handout["kind"] not in HANDOUT_KINDS:
            check.error(
                check.key_line(handout, "kind"),
                f"handout kind '{handout['kind']}' must be one of {', '.join(HANDOUT_KINDS)}",
            )
        check.text(handout, "instructions", required=False, where="handout ")
        items = check.sequence(handout, "items", low=1, what="items") or []
        for item_index, item in enumerate(items):
            item_line = items.item_lines[item_index]
            if check.mapping(item, item_line, "handout item", {"text": True, "answer": False}):
                check.text(item, "text", where="handout item ")
                check.text(item, "answer", required=False, where="handout item ")


QUIZ_KEYS = {
    "title": True,
    "intro": True,
    "pass_mark": True,
    "success_text": True,
    "fail_text": True,
    "questions": True,
}
QUESTION_KEYS = {
    "choice": {"text": True, "choices": True, "explanation": True, "partial_credit": False},
    "true_false": {"text": True, "answer": True, "explanation": True},
    "open": {"text": True, "explanation": True},
}


def _check_quiz(check: _Checker, data: Map, *, students: bool, young: bool) -> None:
    quiz = data["quiz"]
    if not check.mapping(quiz, check.key_line(data, "quiz"), "quiz", QUIZ_KEYS):
        return
    check.text(quiz, "title", max_length=255, where="quiz ")
    check.text(quiz, "intro", where="quiz ")
    check.integer(quiz, "pass_mark", 0, 100)
    check.text(quiz, "success_text", where="quiz ")
    check.text(quiz, "fail_text", where="quiz ")
    questions = check.sequence(quiz, "questions", low=1, what="questions") or []
    scored = 0
    for index, question in enumerate(questions):
        line = questions.item_lines[index]
        if (
            not isinstance(question, Map)
            or len(question) != 1
            or (next(iter(question)) not in QUESTION_KEYS)
        ):
            check.error(line, "a question is one of choice:, true_false:, open:")
            continue
        kind = next(iter(question))
        value = question[kind]
        if not check.mapping(value, line, f"{kind} question", QUESTION_KEYS[kind]):
            continue
        check.text(value, "text", where=f"{kind} question ")
        check.text(value, "explanation", where=f"{kind} question ")
        if kind == "open":
            continue
        scored += 1
        if kind == "true_false":
            check.boolean(value, "answer", where="true_false ")
            continue
        _check_choices(check, value, young=young)
    if students and scored < MIN_SCORED_QUESTIONS:
        check.error(
            check.key_line(quiz, "questions"),
            f"a student quiz needs at least {MIN_SCORED_QUESTIONS} scored (choice / true_false) "
            f"questions, has {scored}",
        )


def _check_choices(check: _Checker, question: Map, *, young: bool) -> None:
    high = YOUNG_MAX_CHOICES if young else 5
    what = "choices (grades 1–3: at most 3)" if young else "choices"
    choices = check.sequence(question, "choices", low=2, high=high, what=what)
    if choices is None:
        return
    correct = 0
    for index, choice in enumerate(choices):
        line = choices.item_lines[index]
        if check.mapping(choice, line, "choice", {"text": True, "correct": True}):
            check.text(choice, "text", max_length=300, where="choice ")
            correct += check.boolean(choice, "correct", where="choice ") is True
    if choices and correct == 0:
        check.error(check.key_line(question, "choices"), "a choice question needs a correct choice")
    partial = check.boolean(question, "partial_credit", where="choice ")
    if partial and correct < 2:
        check.error(
            check.key_line(question, "partial_credit"),
            "'partial_credit' is for questions with several correct choices",
        )


# The whole data directory ---------------------------------------------------------------


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
