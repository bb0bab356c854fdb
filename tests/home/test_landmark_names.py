"""Screen readers list a page's landmarks by name: two search regions must not share one."""

import re

import pytest
from django.urls import reverse

from tests.world import superuser, tree, world  # noqa: F401 - the shared world

NAMED_SEARCH = re.compile(r'<form[^>]*role="search"[^>]*>')
LABEL = re.compile(r'aria-label="([^"]+)"')


def _search_region_names(html: str) -> list[str]:
    names = []
    for tag in NAMED_SEARCH.findall(html):
        label = LABEL.search(tag)
        assert label, f"a search region without a name: {tag}"
        names.append(label.group(1))
    return names


@pytest.mark.django_db
def test_the_search_page_names_its_two_search_regions_apart(client, home_page):
    names = _search_region_names(client.get("/search/?q=mat+khau").content.decode())
    assert len(names) == 2
    assert len(set(names)) == 2, names


@pytest.mark.django_db
def test_the_new_session_page_names_its_search_regions_apart(client, world):  # noqa: F811
    client.force_login(world.teacher_a)
    response = client.get(reverse("portal:session_create"))
    assert response.status_code == 200
    names = _search_region_names(response.content.decode())
    assert "Lọc danh sách bài học" in names
    assert len(set(names)) == len(names), names
