"""Purge the public page cache whenever what public pages show changes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction, Site
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


# Sites (hostnames, root page) and privacy settings decide which page an address serves and
# to whom: the generation's cached site and public pages must not outlive them.
@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def _site_or_privacy_changed(sender, **kwargs):
    page_cache_invalidate()
