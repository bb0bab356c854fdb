"""The status rows follow every write to schools and sessions, in the writer's transaction."""

from django.dispatch import receiver

from completion.services import completion_refresh
from schools.signals import school_records_changed


@receiver(school_records_changed)
def refresh_statuses(sender, *, school_ids, dates=(), **kwargs):
    completion_refresh(school_ids=school_ids, dates=dates)
