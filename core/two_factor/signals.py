from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from core.two_factor.policy import store_state


@receiver(user_logged_in, dispatch_uid="core.two_factor.store_state")
def _store_state(sender, request, user, **kwargs):
    # Whether this user owes a second factor, worked out once per login.
    if request is not None and hasattr(request, "session"):
        store_state(request.session, user)
