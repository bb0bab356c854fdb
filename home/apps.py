from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Trang chủ và trợ giúp")

    def ready(self):
        from django.db.models.signals import post_delete, post_save, pre_save
        from wagtail.images import get_image_model

        from home import security, signals  # noqa: F401 - connect the signal receivers
        from home.images import strip_uploaded_image_metadata
        from lessons.models import AgeBand, Topic

        pre_save.connect(strip_uploaded_image_metadata, sender=get_image_model())
        # Per page model, not for every model: a receiver for all models would keep Django
        # from deleting anything else in bulk.
        from wagtail.models import get_page_models

        for model in get_page_models():
            post_delete.connect(signals.page_deleted, sender=model)

        # Age bands and topics appear on lesson cards and filters of cached pages.
        for model in (AgeBand, Topic):
            post_save.connect(signals.snippet_changed, sender=model)
            post_delete.connect(signals.snippet_changed, sender=model)
