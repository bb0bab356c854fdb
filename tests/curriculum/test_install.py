"""``load_curriculum`` on a bare site: installs taxonomy, the lesson index, lessons and their
quizzes; a second run changes nothing; an editor's change is never overwritten."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from curriculum.models import InstalledLesson
from curriculum.services import curriculum_install
from home.models import HomePage
from lessons.models import AgeBand, LessonIndexPage, LessonPage, Topic
from quizzes.models import QuizPage
from tests.curriculum.conftest import lesson_data


@pytest.fixture
def bare_home(db):
    """A freshly migrated site with only a home page: no demo accounts, schools or settings."""
    home = HomePage(title="Trang chủ", slug="trang-chu")
    Page.get_first_root_node().add_child(instance=home)
    return home


@pytest.fixture
def three_lessons(data_dir):
    data_dir.write(lesson_data("mat-khau"))
    young = lesson_data("nguoi-la")
    young["quiz"]["questions"][0]["choice"]["choices"][1]["correct"] = True
    young["quiz"]["questions"][0]["choice"]["partial_credit"] = True
    data_dir.write(young)
    parents = lesson_data("cha-me-dong-hanh", audience="parents", grades=None)
    del parents["grades"], parents["quiz"]
    data_dir.write(parents, group="cha-me")
    return data_dir


def _load(root) -> str:
    out = io.StringIO()
    call_command("load_curriculum", "--root", str(root), stdout=out)
    return out.getvalue()


def test_load_twice_the_second_run_changes_nothing(bare_home, three_lessons):
    output = _load(three_lessons.root)
    assert "Created the lesson index page." in output
    assert "Lessons: 3 created, 0 updated, 0 unchanged, 0 skipped (edited)." in output
    assert AgeBand.objects.filter(slug="tieu-hoc").exists()
    assert Topic.objects.filter(slug="mat-khau-tai-khoan").exists()
    index = LessonIndexPage.objects.get()
    assert index.get_parent().specific == bare_home and index.live

    lesson = LessonPage.objects.get(slug="mat-khau")
    assert lesson.live and lesson.get_parent().pk == index.pk
    assert lesson.essential_question == "Vì sao mật khẩu phải là bí mật?"
    assert [c.code for c in lesson.competences.order_by("sort_order")] == ["2.5", "4.2"]
    assert (lesson.grade_min, lesson.grade_max) == (1, 3)
    assert len(lesson.vocabulary) == 3 and len(lesson.handouts) == 1
    assert [block.block_type for block in lesson.body] == [
        "paragraph",
        "activity",
        "discussion",
        "get_help",
    ]
    assert {link.lesson.slug for link in lesson.related_links.all()} == {
        "nguoi-la",
        "cha-me-dong-hanh",
    }
    quiz = QuizPage.objects.child_of(lesson).get()
    assert quiz.slug == "cau-do" and quiz.live and quiz.young_children
    assert quiz.age_band.slug == "tieu-hoc"
    assert len(quiz.questions) == 7
    partial = QuizPage.objects.child_of(LessonPage.objects.get(slug="nguoi-la")).get()
    assert partial.questions[0].value["partial_credit"] is True
    assert quiz.questions[0].value["partial_credit"] is False
    assert not QuizPage.objects.child_of(LessonPage.objects.get(slug="cha-me-dong-hanh")).exists()

    revisions = Revision.objects.count()
    pages = Page.objects.count()
    output = _load(three_lessons.root)
    assert "Lessons: 0 created, 0 updated, 3 unchanged, 0 skipped (edited)." in output
    assert "Created the lesson index page." not in output
    assert Revision.objects.count() == revisions
    assert Page.objects.count() == pages


def test_a_changed_file_updates_its_page_with_one_new_revision(bare_home, three_lessons):
    curriculum_install(root=three_lessons.root)
    lesson = LessonPage.objects.get(slug="mat-khau")
    before = lesson.revisions.count()
    data = lesson_data("mat-khau", title="Mật khẩu là bí mật của em")
    data["quiz"]["pass_mark"] = 80
    three_lessons.write(data)

    report = curriculum_install(root=three_lessons.root)
    assert report.updated == ["mat-khau"]
    assert sorted(report.unchanged) == ["cha-me-dong-hanh", "nguoi-la"]
    lesson.refresh_from_db()
    assert lesson.title == "Mật khẩu là bí mật của em" and lesson.live
    assert lesson.revisions.count() == before + 1
    assert QuizPage.objects.child_of(lesson).get().pass_mark == 80
    record = InstalledLesson.objects.get(slug="mat-khau")
    assert record.revision_id == lesson.latest_revision_id


def test_an_edited_page_is_skipped_and_reported_while_others_update(
    bare_home, three_lessons, django_user_model
):
    curriculum_install(root=three_lessons.root)
    editor = django_user_model.objects.create_user("bien-tap")
    edited = LessonPage.objects.get(slug="mat-khau")
    edited.title = "Tiêu đề của biên tập viên"
    edited.save_revision(user=editor).publish()
    three_lessons.write(lesson_data("mat-khau", summary="Tóm tắt mới."))
    three_lessons.write(lesson_data("nguoi-la", summary="Tóm tắt mới."))

    output = _load(three_lessons.root)
    assert "Lessons: 0 created, 1 updated, 1 unchanged, 1 skipped (edited)." in output
    assert "skipped mat-khau: edited in the admin since it was installed" in output
    edited.refresh_from_db()
    assert edited.title == "Tiêu đề của biên tập viên"
    assert edited.summary == "Em học giữ an toàn trên mạng."
    assert LessonPage.objects.get(slug="nguoi-la").summary == "Tóm tắt mới."
    # Run again: still skipped, never overwritten.
    report = curriculum_install(root=three_lessons.root)
    assert report.skipped == [("mat-khau", "edited in the admin since it was installed")]


def test_a_draft_or_an_edited_quiz_also_keeps_the_loader_away(bare_home, three_lessons):
    curriculum_install(root=three_lessons.root)
    draft = LessonPage.objects.get(slug="mat-khau")
    draft.title = "Bản nháp"
    draft.save_revision()  # a draft, not published
    quiz = QuizPage.objects.child_of(LessonPage.objects.get(slug="nguoi-la")).get()
    quiz.pass_mark = 90
    quiz.save_revision().publish()
    three_lessons.write(lesson_data("mat-khau", summary="Mới."))
    three_lessons.write(lesson_data("nguoi-la", summary="Mới."))

    report = curriculum_install(root=three_lessons.root)
    assert dict(report.skipped) == {
        "mat-khau": "edited in the admin since it was installed",
        "nguoi-la": "its quiz was edited in the admin since it was installed",
    }
    assert LessonPage.objects.get(slug="nguoi-la").summary == "Em học giữ an toàn trên mạng."


def test_a_lesson_the_loader_did_not_make_is_not_taken_over(bare_home, three_lessons):
    index = LessonIndexPage(title="Bài học", slug="bai-hoc")
    bare_home.add_child(instance=index)
    mine = LessonPage(
        title="Bài của trường",
        slug="mat-khau",
        summary="Bài của một biên tập viên.",
        body=[("paragraph", "<p>Nội dung.</p>")],
    )
    index.add_child(instance=mine)

    report = curriculum_install(root=three_lessons.root)
    assert report.skipped == [
        ("mat-khau", "a lesson with this address exists, not installed by the loader")
    ]
    assert sorted(report.created) == ["cha-me-dong-hanh", "nguoi-la"]
    mine.refresh_from_db()
    assert mine.title == "Bài của trường"
    assert not QuizPage.objects.child_of(mine).exists()


def test_invalid_files_install_nothing(bare_home, three_lessons):
    from curriculum.services import CurriculumInvalid

    three_lessons.write(lesson_data("hong", duration=0))
    with pytest.raises(CurriculumInvalid) as error:
        curriculum_install(root=three_lessons.root)
    assert any("hong.yaml" in message for message in error.value.errors)
    assert not LessonPage.objects.exists() and not AgeBand.objects.exists()


def test_check_only_validates(bare_home, three_lessons):
    out = io.StringIO()
    call_command("load_curriculum", "--root", str(three_lessons.root), "--check", stdout=out)
    assert "3 lesson files are valid." in out.getvalue()
    assert not LessonPage.objects.exists()


def test_a_lesson_without_topics_or_handouts_installs(bare_home, data_dir):
    data_dir.write(lesson_data("khong-chu-de", topics=None, handouts=None))
    report = curriculum_install(root=data_dir.root)
    assert report.created == ["khong-chu-de"]
    lesson = LessonPage.objects.get(slug="khong-chu-de")
    assert not lesson.topics.exists() and len(lesson.handouts) == 0


def test_a_lesson_only_code_ever_saved_is_taken_over(bare_home, three_lessons, django_user_model):
    """A site seeded before the loader existed: its demo lessons and quizzes, saved by code
    (no user), are updated from the files; one a person edited is left alone."""
    index = LessonIndexPage(title="Bài học", slug="bai-hoc")
    bare_home.add_child(instance=index)
    pages = {}
    for slug in ["mat-khau", "nguoi-la"]:
        page = LessonPage(title=f"Cũ {slug}", slug=slug, summary="Cũ.", body=[])
        index.add_child(instance=page)
        page.save_revision().publish()
        quiz = QuizPage(title="Câu đố cũ", slug="cau-do", questions=[])
        page.add_child(instance=quiz)
        quiz.save_revision().publish()
        pages[slug] = page
    pages["nguoi-la"].title = "Sửa tay"
    pages["nguoi-la"].save_revision(user=django_user_model.objects.create_user("bt")).publish()

    report = curriculum_install(root=three_lessons.root)
    assert report.updated == ["mat-khau"] and report.created == ["cha-me-dong-hanh"]
    assert report.skipped == [
        ("nguoi-la", "a lesson with this address exists, not installed by the loader")
    ]
    taken = LessonPage.objects.get(slug="mat-khau")
    assert taken.title == "Bài mat-khau" and taken.essential_question
    assert QuizPage.objects.child_of(taken).get().title == "Câu đố: mat-khau"
    assert InstalledLesson.objects.get(slug="mat-khau").page_id == taken.pk
    assert LessonPage.objects.get(slug="nguoi-la").title == "Sửa tay"
    # And from then on it is the loader's: a second run changes nothing.
    assert len(curriculum_install(root=three_lessons.root).unchanged) == 2
