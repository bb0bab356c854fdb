"""Run as ``.venv/bin/python bench/scale_data ...``: set Django up, then the command line."""

# ruff: noqa: E402 - Django is set up before the models are imported.

import os
import sys
from pathlib import Path

# The project root instead of bench/scale_data/, whose modules would hide others of that name.
sys.path[0] = str(Path(__file__).resolve().parent.parent.parent)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "curriculum_site.settings.dev")
import django

django.setup()

from bench.scale_data import main

main()
