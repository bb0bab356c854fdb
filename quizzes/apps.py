from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Câu đố")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished

        from quizzes.models import QuizPage
        from quizzes.question_cache import quiz_questions_purge

        def purge(sender, instance, **kwargs):
            quiz_questions_purge(quiz_id=instance.pk)

        # The parsed questions of a quiz go as soon as it is published, saved or removed.
        for signal in (page_published, page_unpublished, post_save, post_delete):
            signal.connect(purge, sender=QuizPage, weak=False)
