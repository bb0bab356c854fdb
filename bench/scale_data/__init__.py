"""A synthetic national data set, to measure the completion pages at the country's size.

    .venv/bin/python bench/scale_data --schools N --sessions M [--periods 8] [--seed 1]

``scale_data_generate`` fills an empty database with bulk inserts: a tree of provinces,
districts and communes, schools of every type with their levels and placements, reporting
periods (half school years up to today) and delivery sessions spread over them, then
rebuilds the completion status rows of every period. For benchmarks and load tests only: it
refuses a database that already holds areas, schools or periods, so it never mixes with real
data. The same seed gives the same data set.

Benchmark tooling, not part of the site: ``bench/completion.py`` runs it as a script on each
database it builds. Run as a script (``__main__.py``) it uses DATABASE_URL and
DJANGO_SETTINGS_MODULE (``curriculum_site.settings.dev`` when unset); imported (by the tests),
it expects Django to be set up already.

The modules: ``registry`` (areas and schools), ``sessions`` (delivery sessions), ``generate``
(periods, users and the whole run, status rows included) and ``cli`` (the command line).
"""

from .cli import main
from .generate import ScaleDataError, ScaleDataSummary, scale_data_generate

__all__ = ["ScaleDataError", "ScaleDataSummary", "main", "scale_data_generate"]
