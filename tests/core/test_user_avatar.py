"""Wagtail's reports name who published a page; a page no one published (the curriculum loader,
a command) shows a dash, not the word "None"."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories.lessons import LessonPageFactory

pytestmark = pytest.mark.django_db


PUBLISHER_CELL = re.compile(r'<span\s+class="avatar small"[^>]*>.*?</span>(.*?)</td>', re.S)


def _publisher_cells(html: str) -> list[str]:
    return [" ".join(cell.split()) for cell in PUBLISHER_CELL.findall(html)]


def test_the_aging_pages_report_names_the_publisher_or_shows_a_dash(
    lesson_index, age_bands, django_user_model
):
    admin = django_user_model.objects.create_superuser("quan-tri", password="mat-khau-quan-tri")
    by_loader = LessonPageFactory(parent=lesson_index, age_bands=[age_bands["thcs"]])
    by_loader.save_revision().publish()  # no user, as load_curriculum publishes
    by_editor = LessonPageFactory(parent=lesson_index, age_bands=[age_bands["thcs"]])
    by_editor.save_revision(user=admin).publish(user=admin)
    client = Client()
    client.force_login(admin)
    html = client.get(reverse("wagtailadmin_reports:aging_pages")).content.decode()
    cells = _publisher_cells(html)
    assert "quan-tri" in cells and "—" in cells
    assert "None" not in cells
