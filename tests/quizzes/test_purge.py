from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from quizzes import services
from quizzes.models import Attempt, QuizRun


@pytest.mark.django_db
def test_purge_deletes_old_attempts_and_empty_old_runs_only(quiz, teacher):
    practice = services.attempt_start_practice(quiz=quiz)  # before the runs close practice
    old_run = services.quiz_run_start(quiz=quiz, user=teacher, class_name="6A")
    services.attempt_start_in_run(code=old_run.code, nickname="Cũ")
    new_run = services.quiz_run_start(quiz=quiz, user=teacher, class_name="6B")
    services.attempt_start_in_run(code=new_run.code, nickname="Mới")
    long_ago = timezone.now() - timedelta(days=200)
    Attempt.objects.exclude(nickname="Mới").update(started_at=long_ago)
    QuizRun.objects.filter(pk=old_run.pk).update(created_at=long_ago)

    call_command("purge_attempts")

    assert list(Attempt.objects.values_list("nickname", flat=True)) == ["Mới"]
    assert not Attempt.objects.filter(pk=practice.pk).exists()
    assert list(QuizRun.objects.values_list("pk", flat=True)) == [new_run.pk]


@pytest.mark.django_db
def test_purge_refuses_a_nonsense_retention():
    with pytest.raises(CommandError):
        call_command("purge_attempts", "--days", "0")
