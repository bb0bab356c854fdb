import re

import pytest
from django.urls import reverse

from quizzes.models import Attempt
from tests.factories.quizzes import CHOICE_SINGLE, TRUE_FALSE
from tests.quizzes.conftest import answers_for


def _start_practice(client, quiz):
    response = client.post(reverse("quizzes:practice_start", args=[quiz.pk]))
    assert response.status_code == 302
    return Attempt.objects.latest("started_at")


def _attempt_url(attempt):
    return reverse("quizzes:attempt", kwargs={"token": attempt.token})


@pytest.mark.django_db
def test_quiz_page_offers_practice_and_join_without_shipping_answers(client, quiz):
    html = client.get(quiz.url).content.decode()
    assert "Bắt đầu làm bài" in html
    assert reverse("quizzes:join") in html
    assert "GIAI-THICH" not in html
    assert "Không trả lời và kể với người lớn" not in html


@pytest.mark.django_db
def test_practice_one_question_per_screen_with_feedback_after_each(client, quiz):
    attempt = _start_practice(client, quiz)
    page = client.get(_attempt_url(attempt)).content.decode()
    assert page.count('class="question"') == 1
    # Nothing in the page reveals which choice is right, nor any explanation.
    assert "GIAI-THICH" not in page
    assert "is-correct" not in page and "đáp án đúng" not in page

    first = attempt.question_order[0]
    question = quiz.scoring_questions[first]
    right = sorted(question.correct_choice_ids)
    response = client.post(_attempt_url(attempt), {f"q-{first}": right})
    # The feedback and the next question come back at once: no redirect to follow.
    assert response.status_code == 200
    feedback = response.content.decode()
    assert "Đúng rồi!" in feedback
    assert "GIAI-THICH-1" in feedback  # the answered question's explanation only
    assert "GIAI-THICH-2" not in feedback
    assert feedback.count('class="question"') == 1
    # Reloaded from the address the page gives the browser, it shows the same feedback.
    reload_url = re.search(r'data-reload-url="([^"]+)"', feedback).group(1).replace("&amp;", "&")
    assert reload_url == f"{_attempt_url(attempt)}?vua_tra_loi={first}#feedback"
    assert "Đúng rồi!" in client.get(reload_url.split("#")[0]).content.decode()

    data = answers_for(quiz, attempt, right=True)
    for question_id in attempt.question_order[1:]:
        response = client.post(
            _attempt_url(attempt), {f"q-{question_id}": data[f"q-{question_id}"]}
        )
    # The last answer comes back with the result, and gives the browser the result's address.
    result_url = reverse("quizzes:result", kwargs={"token": attempt.token})
    assert response.status_code == 200
    result = response.content.decode()
    assert f'data-reload-url="{result_url}"' in result and "js/quiz-feedback" in result
    assert client.get(result_url).content.decode().count("GIAI-THICH-") == result.count(
        "GIAI-THICH-"
    )
    # Sent again (a reload without JavaScript), it is refused: the result is shown instead.
    last = attempt.question_order[-1]
    again = client.post(_attempt_url(attempt), {f"q-{last}": data[f"q-{last}"]})
    assert again.status_code == 302 and again["Location"] == result_url
    assert "3/3 điểm" in result
    assert "Chúc mừng em đã đạt!" in result
    for number in range(1, 5):
        assert f"GIAI-THICH-{number}" in result
    attempt.refresh_from_db()
    assert (attempt.score, attempt.max_score, attempt.passed) == (3, 3, True)
    assert attempt.answers[attempt.question_order[-1]] == ""  # practice keeps no free text


@pytest.mark.django_db
def test_an_answer_sent_again_by_a_reload_is_refused_and_the_next_question_stays(client, quiz):
    # Without JavaScript the browser re-posts the answer form when the page is reloaded.
    attempt = _start_practice(client, quiz)
    first, second = attempt.question_order[:2]
    data = answers_for(quiz, attempt, right=True)
    answer = {f"q-{first}": data[f"q-{first}"]}
    assert client.post(_attempt_url(attempt), answer).status_code == 200
    attempt.refresh_from_db()
    stored = dict(attempt.answers)
    again = client.post(_attempt_url(attempt), answer)
    assert again.status_code == 409
    page = again.content.decode()
    assert "Câu hỏi này đã được trả lời rồi." in page
    assert f'name="q-{second}"' in page  # the pupil carries on from the next question
    assert f'data-reload-url="{_attempt_url(attempt)}"' in page  # and is not asked to re-send
    # A question page reached by a link or a reload sets nothing in the history.
    assert "data-reload-url" not in client.get(_attempt_url(attempt)).content.decode()
    attempt.refresh_from_db()
    assert attempt.answers == stored and list(stored) == [first]


@pytest.mark.django_db
def test_all_on_one_page_with_answers_at_the_end(client, lesson):
    from tests.factories.quizzes import QuizPageFactory

    quiz = QuizPageFactory(parent=lesson, one_question_per_screen=False, answers_at_end=True)
    attempt = _start_practice(client, quiz)
    page = client.get(_attempt_url(attempt)).content.decode()
    assert page.count('class="question"') == 4
    assert "GIAI-THICH" not in page
    response = client.post(_attempt_url(attempt), answers_for(quiz, attempt, right=False))
    result = response.content.decode()
    assert "0/3 điểm" in result
    assert "Hãy đọc lại bài học nhé." in result


@pytest.mark.django_db
def test_answers_are_hidden_until_the_end_when_the_editor_says_so(client, lesson):
    from tests.factories.quizzes import QuizPageFactory

    quiz = QuizPageFactory(parent=lesson, answers_at_end=True)
    attempt = _start_practice(client, quiz)
    first = attempt.question_order[0]
    data = answers_for(quiz, attempt, right=True)
    response = client.post(_attempt_url(attempt), {f"q-{first}": data[f"q-{first}"]})
    html = response.content.decode()
    assert "GIAI-THICH" not in html and 'id="feedback"' not in html
    # No feedback, but the page still gives the browser an address to reload it from.
    assert f'data-reload-url="{_attempt_url(attempt)}"' in html and "js/quiz-feedback" in html
    page = client.get(_attempt_url(attempt) + f"?vua_tra_loi={first}").content.decode()
    assert "GIAI-THICH" not in page


@pytest.mark.django_db
def test_random_subset_and_order(client, lesson):
    from tests.factories.quizzes import QuizPageFactory

    quiz = QuizPageFactory(parent=lesson, max_questions=2, random_order=True)
    orders = {tuple(_start_practice(client, quiz).question_order) for _ in range(25)}
    assert all(len(order) == 2 for order in orders)
    assert len(orders) > 1
    all_ids = {block.id for block in quiz.questions}
    assert all(set(order) <= all_ids for order in orders)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("make_data", "status", "message"),
    [
        (lambda attempt: {"q-khong-co": ["x"]}, 400, "không có trong bài"),
        (lambda attempt: {f"q-{attempt.question_order[0]}": ["khong-co"]}, 400, "không hợp lệ"),
        (lambda attempt: {}, 400, "Hãy chọn"),
    ],
)
def test_bad_answers_get_a_clear_message_and_nothing_is_recorded(
    client, quiz, make_data, status, message
):
    attempt = _start_practice(client, quiz)
    response = client.post(_attempt_url(attempt), make_data(attempt))
    assert response.status_code == status
    assert message in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.answers == {}


@pytest.mark.django_db
def test_second_submission_is_refused_and_recorded_once(client, quiz):
    attempt = _start_practice(client, quiz)
    data = answers_for(quiz, attempt, right=True)
    first = attempt.question_order[0]
    client.post(_attempt_url(attempt), {f"q-{first}": data[f"q-{first}"]})
    again = client.post(_attempt_url(attempt), {f"q-{first}": data[f"q-{first}"]})
    assert again.status_code == 409
    for question_id in attempt.question_order[1:]:
        client.post(_attempt_url(attempt), {f"q-{question_id}": data[f"q-{question_id}"]})
    attempt.refresh_from_db()
    finished_at = attempt.finished_at
    resubmit = client.post(_attempt_url(attempt), data)
    # Refused: the browser is sent to the result instead.
    assert resubmit.status_code == 302
    assert resubmit["Location"] == reverse("quizzes:result", kwargs={"token": attempt.token})
    attempt.refresh_from_db()
    assert attempt.finished_at == finished_at
    assert Attempt.objects.count() == 1


@pytest.mark.django_db
def test_another_browser_cannot_open_an_attempt(client, quiz):
    from django.test import Client

    attempt = _start_practice(client, quiz)
    stranger = Client()
    assert stranger.get(_attempt_url(attempt)).status_code == 404
    result_url = reverse("quizzes:result", kwargs={"token": attempt.token})
    assert stranger.get(result_url).status_code == 404


@pytest.mark.django_db
def test_single_attempt_quizzes_show_the_earlier_attempt(client, lesson):
    from tests.factories.quizzes import QuizPageFactory

    quiz = QuizPageFactory(parent=lesson, single_attempt=True)
    first = _start_practice(client, quiz)
    response = client.post(reverse("quizzes:practice_start", args=[quiz.pk]))
    assert response["Location"] == _attempt_url(first)
    assert Attempt.objects.count() == 1


@pytest.mark.django_db
def test_unpublished_quizzes_cannot_be_practised(client, quiz):
    quiz.unpublish()
    assert client.post(reverse("quizzes:practice_start", args=[quiz.pk])).status_code == 404


@pytest.mark.django_db
def test_quiz_pages_live_under_lessons(quiz, lesson, home_page):
    from quizzes.models import QuizPage

    assert QuizPage.can_create_at(lesson)
    assert not QuizPage.can_create_at(home_page)
    assert QuizPage.allowed_subpage_models() == []


@pytest.mark.django_db
def test_lesson_page_links_its_quiz(client, quiz, lesson):
    assert quiz.url in client.get(lesson.url).content.decode()


@pytest.mark.django_db
def test_page_in_progress_carries_no_answer_data(client, lesson):
    from tests.factories.quizzes import QuizPageFactory

    quiz = QuizPageFactory(
        parent=lesson, one_question_per_screen=False, questions=[CHOICE_SINGLE, TRUE_FALSE]
    )
    attempt = _start_practice(client, quiz)
    html = client.get(_attempt_url(attempt)).content.decode()
    assert not re.search(r"correct|đáp án đúng|GIAI-THICH|data-answer", html, re.IGNORECASE)
    # True/false inputs offer both values; choice inputs carry only opaque ids.
    choice_values = re.findall(r'name="q-[^"]+" value="([^"]+)"', html)
    assert {"true", "false"} <= set(choice_values)


@pytest.mark.django_db
def test_a_pupil_keeps_attempts_in_a_signed_cookie_and_no_session(client, quiz, settings):
    attempt = _start_practice(client, quiz)
    cookie = client.cookies["quiz_attempts"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert str(attempt.token) in cookie.value and cookie.value != str(attempt.token)  # signed
    data = answers_for(quiz, attempt, right=True)
    first = attempt.question_order[0]
    response = client.post(_attempt_url(attempt), {f"q-{first}": data[f"q-{first}"]})
    assert response.status_code == 200
    assert settings.SESSION_COOKIE_NAME not in client.cookies  # no session row read or written

    # The token alone, unsigned or signed with another salt, opens nothing.
    for forged in (str(attempt.token), client.cookies["quiz_attempts"].value + "x"):
        other = type(client)()
        other.cookies["quiz_attempts"] = forged
        assert other.get(_attempt_url(attempt)).status_code == 404
