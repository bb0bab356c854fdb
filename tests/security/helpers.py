"""Helpers of the security battery: signed-in browsers and the portal's session form."""

import datetime
import uuid

from django.test import Client
from django.utils import timezone

PASSWORD = "mat-khau-thu-nghiem"  # the password UserFactory gives every account


def login(user) -> Client:
    """A browser signed in as ``user``."""
    client = Client()
    client.force_login(user)
    return client


def session_form(world, *, school, **overrides) -> dict:
    """The portal's session form, filled in as school A's teacher would, for ``school``."""
    data = {
        "school": school.pk,
        "lesson": world.lesson.pk,
        "date": (timezone.localdate() - datetime.timedelta(days=1)).isoformat(),
        "class_name": "8A-MOI",
        "age_band": world.thcs.pk,
        "audience": "students",
        "participants": 30,
        "mode": "class",
        "duration_minutes": 45,
        "submission_id": str(uuid.uuid4()),
    }
    data.update(overrides)
    return data
