"""A class takes the quiz before and after the lesson: two linked runs, and the class's gain on
the teacher's run page (class level only)."""

import pytest
from django.test import Client
from django.urls import reverse

from quizzes import gain, services
from quizzes.models import QuizRun, RunPhase
from quizzes.selectors import attempt_percent

pytestmark = pytest.mark.django_db

CLASS_LEVEL = "bài làm của từng em không được nối giữa hai lần"


def finish(run, nickname, *, right=()):
    """A pupil of ``run`` answers every question: right those of a kind in ``right``."""
    attempt = services.attempt_start_in_run(code=run.code, nickname=nickname)
    questions = run.quiz.scoring_questions
    raw = {}
    for question_id in attempt.question_order:
        question = questions[question_id]
        good = question.kind in right
        if question.kind == "choice":
            wrong = [c for c in question.choice_ids if c not in question.correct_choice_ids]
            raw[question_id] = sorted(question.correct_choice_ids) if good else [wrong[0]]
        elif question.kind == "true_false":
            raw[question_id] = ["true" if question.correct_bool == good else "false"]
        else:
            raw[question_id] = ["Em sẽ kể với cô giáo."]
    return services.attempt_answer(token=attempt.token, raw_answers=raw)


ALL = ("choice", "true_false")


@pytest.fixture
def pre_run(quiz, teacher):
    return services.quiz_run_start(quiz=quiz, user=teacher, class_name="7A", pre_test=True)


def test_the_start_form_marks_a_run_as_taken_before_the_lesson(client, quiz, teacher):
    client.force_login(teacher)
    page = client.get(quiz.url).content.decode()
    assert "Đây là bài làm trước bài học" in page
    client.post(
        reverse("quizzes:run_start"), {"quiz": quiz.pk, "class_name": "7A", "pre_test": "on"}
    )
    client.post(reverse("quizzes:run_start"), {"quiz": quiz.pk, "class_name": "7B"})
    assert QuizRun.objects.get(class_name="7A").phase == RunPhase.PRE
    assert QuizRun.objects.get(class_name="7B").phase == ""


def test_the_post_test_is_started_from_the_pre_tests_page(client, quiz, teacher):
    client.force_login(teacher)
    client.post(reverse("quizzes:run_start"), {"quiz": quiz.pk, "class_name": "7A"})
    pre = QuizRun.objects.get()
    page = client.get(reverse("quizzes:run_detail", args=[pre.pk])).content.decode()
    assert "Làm lại sau bài học" in page
    assert reverse("quizzes:run_start_post", args=[pre.pk]) in page

    response = client.post(reverse("quizzes:run_start_post", args=[pre.pk]))
    post = QuizRun.objects.exclude(pk=pre.pk).get()
    assert response.status_code == 302
    assert response["Location"] == reverse("quizzes:run_detail", args=[post.pk])
    assert (post.quiz_id, post.class_name, post.phase) == (quiz.pk, "7A", RunPhase.POST)
    assert post.pre_run == pre and post.code != pre.code and post.is_open
    pre.refresh_from_db()
    assert pre.phase == RunPhase.PRE
    assert not pre.is_open  # the lesson came between the two: the pre-test takes no more

    # A second click (or a double submit) opens no second post-test.
    again = client.post(reverse("quizzes:run_start_post", args=[pre.pk]))
    assert again["Location"] == reverse("quizzes:run_detail", args=[post.pk])
    assert QuizRun.objects.count() == 2
    # Each page leads to the other; neither offers a third run.
    post_page = client.get(reverse("quizzes:run_detail", args=[post.pk])).content.decode()
    assert reverse("quizzes:run_detail", args=[pre.pk]) in post_page
    assert "Làm lại sau bài học" not in post_page
    pre_page = client.get(reverse("quizzes:run_detail", args=[pre.pk])).content.decode()
    assert reverse("quizzes:run_detail", args=[post.pk]) in pre_page
    assert reverse("quizzes:run_start_post", args=[pre.pk]) not in pre_page


def test_a_teacher_cannot_link_to_another_teachers_run(client, pre_run, other_teacher):
    client.force_login(other_teacher)
    response = client.post(reverse("quizzes:run_start_post", args=[pre_run.pk]))
    assert response.status_code == 404
    assert QuizRun.objects.count() == 1
    pre_run.refresh_from_db()
    assert pre_run.is_open
    # Nor through the service, whatever the view does.
    with pytest.raises(services.NotAllowed):
        services.quiz_run_start_post(pre_run=pre_run, user=other_teacher)
    assert Client().post(reverse("quizzes:run_start_post", args=[pre_run.pk])).status_code == 302
    assert QuizRun.objects.count() == 1


def test_a_post_test_has_no_post_test_of_its_own(client, pre_run, teacher):
    post = services.quiz_run_start_post(pre_run=pre_run, user=teacher)
    client.force_login(teacher)
    response = client.post(reverse("quizzes:run_start_post", args=[post.pk]))
    assert response.status_code == 400
    assert "đã là bài làm sau bài học" in response.content.decode()
    assert QuizRun.objects.count() == 2
    assert client.get(reverse("quizzes:run_start_post", args=[pre_run.pk])).status_code == 405


def test_the_run_page_shows_the_class_gain(client, pre_run, teacher):
    finish(pre_run, "Mèo", right=())  # 0 %
    finish(pre_run, "Cún", right=("choice",))  # the two choice questions: 2/3
    services.attempt_start_in_run(code=pre_run.code, nickname="Gà")  # not finished: left out
    post = services.quiz_run_start_post(pre_run=pre_run, user=teacher)
    finish(post, "Sóc", right=ALL)  # 100 %
    finish(post, "Thỏ", right=ALL)  # 100 %
    finish(post, "Mèo", right=())  # the same nickname: still not linked to the "Mèo" before

    # By hand: before (0 + 66.7) / 2 = 33.3; after (100 + 100 + 0) / 3 = 66.7; gain +33.3;
    # g = 33.3 / 66.7 = 0.50.
    client.force_login(teacher)
    page = client.get(reverse("quizzes:run_detail", args=[post.pk])).content.decode()
    assert "Tiến bộ của lớp sau bài học" in page
    assert '33,3% <span class="muted">(2 bài)' in page
    assert '66,7% <span class="muted">(3 bài)' in page
    assert "+33,3 điểm phần trăm" in page
    assert "<dd>0,50</dd>" in page
    assert CLASS_LEVEL in page
    # Per question: the single-answer and multi-answer questions were right once in two before
    # and twice in three after; true/false never before, twice in three after.
    assert page.count("<td>50%</td><td>67%</td><td>+17</td>") == 2
    assert page.count("<td>0%</td><td>67%</td><td>+67</td>") == 1
    # The same figures on the pre-test's page.
    pre_page = client.get(reverse("quizzes:run_detail", args=[pre_run.pk])).content.decode()
    assert "+33,3 điểm phần trăm" in pre_page


def test_the_page_figures_equal_the_pure_function(client, pre_run, teacher):
    finish(pre_run, "A", right=("true_false",))
    finish(pre_run, "B", right=ALL)
    post = services.quiz_run_start_post(pre_run=pre_run, user=teacher)
    finish(post, "C", right=("choice",))

    def percents(run):
        return [
            attempt_percent(score=a.score, max_score=a.max_score)
            for a in run.attempts.filter(finished_at__isnull=False)
        ]

    expected = gain.class_gain(pre=percents(pre_run), post=percents(post))
    client.force_login(teacher)
    response = client.get(reverse("quizzes:run_detail", args=[post.pk]))
    assert response.context["pair"].result == expected
    page = response.content.decode()
    assert f"{expected.pre_mean:.1f}%".replace(".", ",") in page
    assert f"{expected.post_mean:.1f}%".replace(".", ",") in page


def test_no_gain_until_both_runs_have_a_finished_attempt(client, pre_run, teacher):
    post = services.quiz_run_start_post(pre_run=pre_run, user=teacher)
    finish(post, "Sóc", right=ALL)
    client.force_login(teacher)
    page = client.get(reverse("quizzes:run_detail", args=[post.pk])).content.decode()
    assert "Chưa tính được" in page
    assert "điểm phần trăm" not in page


def test_a_class_already_at_full_marks_has_no_normalised_gain(client, pre_run, teacher):
    finish(pre_run, "Sóc", right=ALL)
    post = services.quiz_run_start_post(pre_run=pre_run, user=teacher)
    finish(post, "Thỏ", right=ALL)
    client.force_login(teacher)
    page = client.get(reverse("quizzes:run_detail", args=[post.pk])).content.decode()
    assert "0,0 điểm phần trăm" in page
    assert "lớp đã đạt 100% trước bài học" in page


def test_the_run_page_keeps_to_its_query_budget(
    client, pre_run, teacher, django_assert_max_num_queries
):
    for n in range(5):
        finish(pre_run, f"Trước {n}", right=("choice",))
    post = services.quiz_run_start_post(pre_run=pre_run, user=teacher)
    for n in range(5):
        finish(post, f"Sau {n}", right=ALL)
    client.force_login(teacher)
    client.get(reverse("quizzes:run_detail", args=[post.pk]))  # warm caches
    with django_assert_max_num_queries(10):
        response = client.get(reverse("quizzes:run_detail", args=[post.pk]))
    assert response.status_code == 200
    with django_assert_max_num_queries(10):
        client.get(reverse("quizzes:run_detail", args=[pre_run.pk]))
