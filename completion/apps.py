from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CompletionConfig(AppConfig):
    name = "completion"
    verbose_name = _("Hoàn thành chương trình")

    def ready(self):
        from completion import receivers  # noqa: F401 - connect the signal receivers
