"""The open data API of completion figures, read-only JSON under ``/api/v1/``.

- ``GET /api/v1/periods/``: the reporting periods.
- ``GET /api/v1/periods/<id>/figures/?area=<code>&type=<school type>``: the figures of a period
  for everything, a province or a district (``area``, by code), optionally one school type: the
  total, by school type and by the units one level below (provinces, or a province's
  districts). Aggregates only, open to anyone; without a staff key, a group of one or two
  schools (below ``SUPPRESS_BELOW``) has its counts withheld (``null``, ``"suppressed": true``):
  its figures would be those schools' own.
- ``GET /api/v1/periods/<id>/schools/?area=&type=``: school-level rows, only with a staff API
  key (``Authorization: Token <key>``, ``manage.py completion_api_key``), within the key
  user's areas.
- ``GET /api/v1/schema/``: the OpenAPI 3 schema (written here by hand).

The figures are the dashboard's (``completion/figures.py``: approved districts frozen), never
personal data (no names of people, no accounts, no sessions). Answers are cached in the
default cache for ``API_CACHE_SECONDS``; every request counts against a per-address rate
limit keyed with ``core.addresses.client_ip``.
"""

from completion.api.keys import api_key_create

__all__ = ["api_key_create"]
