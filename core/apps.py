from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The shared base every domain app may use: text folding, spreadsheets, the security log.

    It imports no other app of the project."""

    name = "core"
    verbose_name = _("Nền tảng dùng chung")

    def ready(self):
        from core import security  # noqa: F401 - connect the login signal receivers
