"""Purge the public page cache whenever what public pages show changes."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.models import HelpContacts
from home.page_cache import page_cache_invalidate


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _page_changed(sender, **kwargs):
    page_cache_invalidate()


def page_deleted(sender, instance, **kwargs):
    page_cache_invalidate()


@receiver(post_save, sender=HelpContacts)
def _contacts_changed(sender, **kwargs):
    page_cache_invalidate()


def snippet_changed(sender, **kwargs):
    page_cache_invalidate()
