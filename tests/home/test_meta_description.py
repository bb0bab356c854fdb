import re

import pytest
from django.test import Client


def _description(html: str) -> str | None:
    match = re.search(r'<meta name="description" content="([^"]*)">', html)
    return match.group(1) if match else None


@pytest.mark.django_db
def test_pages_without_a_search_description_use_their_intro(help_page):
    help_page.search_description = ""
    help_page.save_revision().publish()
    html = Client().get(help_page.url).content.decode()
    assert _description(html).startswith("Em không phải đối mặt một mình.")


@pytest.mark.django_db
def test_the_search_description_comes_first(help_page):
    help_page.search_description = "Số điện thoại trợ giúp trẻ em"
    help_page.save_revision().publish()
    html = Client().get(help_page.url).content.decode()
    assert _description(html) == "Số điện thoại trợ giúp trẻ em"
