from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Trang chủ và trợ giúp")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from home import security, signals  # noqa: F401 - connect the signal receivers
        from lessons.models import AgeBand, Topic

        # Age bands and topics appear on lesson cards and filters of cached pages.
        for model in (AgeBand, Topic):
            post_save.connect(signals.snippet_changed, sender=model)
            post_delete.connect(signals.snippet_changed, sender=model)
