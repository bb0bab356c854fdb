from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LessonsConfig(AppConfig):
    name = "lessons"
    verbose_name = _("Bài học")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from home.signals import snippet_changed
        from lessons.models import AgeBand, Topic

        # Age bands and topics appear on lesson cards and filters of cached pages.
        for model in (AgeBand, Topic):
            post_save.connect(snippet_changed, sender=model)
            post_delete.connect(snippet_changed, sender=model)
