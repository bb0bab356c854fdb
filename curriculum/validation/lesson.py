"""One lesson file: the page, its teaching kit and its quiz."""

from curriculum.validation.checker import SLUG_RE, Checker
from curriculum.validation.nodes import LessonFile, Map
from lessons.competences import COMPETENCE_CODES
from quizzes.models import YOUNG_GRADE_MAX

AUDIENCES = ("students", "parents", "teachers")
HANDOUT_KINDS = ("cards", "scenarios", "worksheet")
SUMMARY_MAX = 400
FAMILY_CORNER_MAX = 600
MIN_SCORED_QUESTIONS = 6
YOUNG_MAX_CHOICES = 3  # grades 1–3 (YOUNG_GRADE_MAX): at most three short options a question

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


def check_lesson(data, lesson: LessonFile, bands: dict, topics: set[str], errors: list[str]):
    check = Checker(lesson.display, errors)
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


def _check_grades(check: Checker, data: Map, ranges: list) -> tuple[int, int] | None:
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


def _check_vocabulary(check: Checker, data: Map) -> None:
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


def _check_body(check: Checker, data: Map) -> None:
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


def _check_handouts(check: Checker, data: Map) -> None:
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


def _check_quiz(check: Checker, data: Map, *, students: bool, young: bool) -> None:
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


def _check_choices(check: Checker, question: Map, *, young: bool) -> None:
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
