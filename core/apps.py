from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The shared base every domain app may use: text folding, spreadsheets, the security log.

    It imports no other app of the project."""

    name = "core"
    verbose_name = _("Nền tảng dùng chung")

    def ready(self):
        from django.db.models.signals import post_migrate

        from core import security  # noqa: F401 - connect the login signal receivers
        from core.admin_labels import wagtail_admin_labels_translate
        from core.counters import counters_table_create
        from core.slugs import register_slug_widget
        from core.spreadsheets.writing import wagtail_exports_secure
        from core.tasks import task_logs_ids_only
        from core.two_factor import signals  # noqa: F401 - second factor state at login

        post_migrate.connect(counters_table_create, dispatch_uid="core.counters_table_create")
        register_slug_widget()  # Vietnamese titles keep their letters in the admin's slugs
        wagtail_exports_secure()  # Wagtail's own reports' CSV cells are neutralised too
        task_logs_ids_only()  # no traceback (it may quote data) in the task framework's logs
        wagtail_admin_labels_translate()  # "Port", "Site name", "Page": translated labels
