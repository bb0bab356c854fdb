from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Trang chủ và trợ giúp")

    def ready(self):
        from django.db.models.signals import post_delete, pre_save
        from wagtail.images import get_image_model

        from home import signals  # noqa: F401 - connect the signal receivers
        from home.images import strip_uploaded_image_metadata

        pre_save.connect(strip_uploaded_image_metadata, sender=get_image_model())
        # Per page model, not for every model: a receiver for all models would keep Django
        # from deleting anything else in bulk.
        from wagtail.models import get_page_models

        for model in get_page_models():
            post_delete.connect(signals.page_deleted, sender=model)
