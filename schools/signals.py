"""Signals the registry and the sessions send, so that apps above them (completion) follow
their changes without being imported by them."""

from django.dispatch import Signal

# Sent inside the writing transaction with ``school_ids`` and ``dates`` (may be empty: every
# period). Receivers run in the same transaction, so nothing is left half updated.
school_records_changed = Signal()
