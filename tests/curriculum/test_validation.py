"""The validator names the file and line of every problem, in every file, before anything is
installed."""

import pytest

from curriculum.validation import curriculum_read
from tests.curriculum.conftest import lesson_data


def _errors(data_dir):
    return curriculum_read(root=data_dir.root).errors


def test_a_valid_curriculum_has_no_errors(data_dir):
    data_dir.write(lesson_data("mat-khau"))
    data_dir.write(lesson_data("nguoi-la"), group="khac")
    curriculum = curriculum_read(root=data_dir.root)
    assert curriculum.errors == []
    assert [lesson.slug for lesson in curriculum.lessons] == ["mat-khau", "nguoi-la"]


BROKEN = """slug: hong
title: Bài hỏng
summary: Tóm tắt.
audience: students
age_bands: [tieu-hoc, mau-giao]
topics: [mat-khau-tai-khoan]
competences: ["4.2", "9.9"]
duration: 500
essential_question: Vì sao?
objectives: [Một, Hai, Ba]
vocabulary:
- term: Mật khẩu
  meaning: Chìa khóa.
body:
- text: <p>Xem <a href="https://vn-cop.vn">trang này</a>.</p>
- discussion:
    questions: ["Vì sao?"]
family_corner: Góc gia đình.
handouts: []
teacher_notes: ''
colour: blue
"""


def test_each_problem_is_reported_with_its_file_and_line(data_dir):
    path = data_dir.write_text("hong.yaml", BROKEN)
    errors = _errors(data_dir)
    name = str(path)
    expected = [
        (5, "unknown age band 'mau-giao'"),
        (7, "unknown competence '9.9'"),
        (8, "'duration' must be between 5 and 240, is 500"),
        (11, "'vocabulary' needs 3–8 terms, has 1"),
        (15, "tag <a> is not allowed"),
        (14, "'body' needs at least one activity"),
        (14, "'body' needs a get_help block"),
        (21, "unknown key 'colour'"),
        (1, "a lesson for students needs its 'quiz'"),
    ]
    for line, message in expected:
        assert any(error.startswith(f"{name}:{line}: ") and message in error for error in errors), (
            line,
            message,
            errors,
        )


def test_quiz_rules_are_checked(data_dir):
    data = lesson_data("cau-do-hong", grades=[4, 5])
    questions = data["quiz"]["questions"]
    questions[0]["choice"]["choices"] = [{"text": "Chỉ một", "correct": True}]
    for choice in questions[1]["choice"]["choices"]:
        choice["correct"] = False
    questions[2]["choice"]["choices"] = [{"text": str(n), "correct": n == 0} for n in range(6)]
    questions[3]["choice"]["partial_credit"] = True
    del questions[4]  # five scored questions are left
    path = data_dir.write(data)
    errors = _errors(data_dir)
    text = path.read_text()
    lines = text.splitlines()

    def line_of(fragment, start=0):
        return next(n for n, line in enumerate(lines, start=1) if n > start and fragment in line)

    questions_line = line_of("questions:", line_of("quiz:"))
    first_choices = line_of("choices:", questions_line)
    second_choices = line_of("choices:", first_choices)
    third_choices = line_of("choices:", second_choices)
    assert f"{path}:{first_choices}: 'choices' needs 2–5 choices, has 1" in errors
    assert f"{path}:{second_choices}: a choice question needs a correct choice" in errors
    assert f"{path}:{third_choices}: 'choices' needs 2–5 choices, has 6" in errors
    assert any("'partial_credit' is for questions with several correct" in e for e in errors)
    assert (
        f"{path}:{questions_line}: a student quiz needs at least 6 scored (choice / true_false) "
        "questions, has 5" in errors
    )


def test_young_children_get_at_most_three_choices(data_dir):
    data = lesson_data("lop-mot", grades=[1, 2])
    data["quiz"]["questions"][0]["choice"]["choices"].append({"text": "Bốn", "correct": False})
    data_dir.write(data)
    assert any("grades 1–3: at most 3" in error for error in _errors(data_dir))


def test_grades_must_fit_the_age_bands(data_dir):
    data_dir.write(lesson_data("lop-sau", grades=[4, 7]))
    assert any(
        "'grades' [4, 7] outside the age bands' grades (1–5)" in error
        for error in _errors(data_dir)
    )


def test_slug_must_be_the_file_name_and_unique(data_dir):
    data_dir.write_text(
        "ten-khac.yaml", data_dir.path("x").parent.joinpath("x").name and _dump("mot")
    )
    data_dir.write(lesson_data("mot"), group="khac")
    errors = _errors(data_dir)
    assert any(
        ":1: slug 'mot' must be the file's name ('ten-khac')" in error for error in errors
    ), errors
    assert any("slug 'mot' is also the slug of" in error for error in errors), errors


def _dump(slug):
    import yaml

    return yaml.safe_dump(lesson_data(slug), allow_unicode=True, sort_keys=False)


def test_yaml_syntax_errors_and_duplicate_keys_name_the_line(data_dir):
    path = data_dir.write_text("vo.yaml", "slug: vo\ntitle: [không đóng\nsummary: x\n")
    dup = data_dir.write_text("trung.yaml", _dump("trung").replace("title:", "title: A\ntitle:", 1))
    errors = _errors(data_dir)
    assert any(error.startswith(f"{path}:") and "not valid YAML" in error for error in errors)
    assert any(error.startswith(f"{dup}:3: duplicate key 'title'") for error in errors), errors


def test_every_error_of_every_file_is_reported(data_dir):
    data_dir.write(lesson_data("mot", duration=1))
    data_dir.write(lesson_data("hai", summary="x" * 401))
    data_dir.write(lesson_data("ba", family_corner="y" * 601))
    errors = _errors(data_dir)
    assert len(errors) == 3, errors
    assert any("mot.yaml" in e and "'duration'" in e for e in errors)
    assert any("hai.yaml" in e and "401 characters, at most 400" in e for e in errors)
    assert any("ba.yaml" in e and "601 characters, at most 600" in e for e in errors)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"audience": "teachers", "quiz": None}, "quiz must be a mapping"),
        ({"competences": []}, "'competences' needs at least 1 competences, has 0"),
        ({"essential_question": ""}, "'essential_question' must not be empty"),
        ({"summary": "<p>HTML</p>"}, "'summary' is plain text: no HTML tags"),
        ({"topics": ["khong-co"]}, "unknown topic 'khong-co'"),
        ({"audience": "everyone"}, "audience 'everyone' must be one of"),
        ({"grades": [3, 1]}, "'grades' lowest (3) is above highest (1)"),
    ],
)
def test_bad_values_are_named(data_dir, change, message):
    data_dir.write(lesson_data("sai", **change))
    errors = _errors(data_dir)
    assert any(message in error for error in errors), errors


def test_a_handout_of_an_unknown_kind_is_refused(data_dir):
    data = lesson_data("phieu")
    data["handouts"][0]["kind"] = "poster"
    data_dir.write(data)
    assert any("handout kind 'poster' must be one of" in e for e in _errors(data_dir))


def test_the_check_command_lists_the_errors_and_installs_nothing(data_dir, db):
    from django.core.management import CommandError, call_command

    from lessons.models import LessonPage

    data_dir.write(lesson_data("tot"))
    data_dir.write(lesson_data("xau", duration=0))
    with pytest.raises(CommandError, match="1 error"):
        call_command("load_curriculum", "--root", str(data_dir.root))
    assert not LessonPage.objects.exists()
