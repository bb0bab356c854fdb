"""Query budgets: the officers' lists of schools, areas and teachers do not grow with the
rows."""

import pytest
from django.urls import reverse

from tests.factories.schools import SchoolFactory

pytestmark = pytest.mark.django_db

OFFICER_PAGES = {
    "schools:index": 16,
    "areas:index": 13,
    "teachers:index": 13,
}


@pytest.fixture(params=[1, 25], ids=["few", "many"])
def busy_world(request, world):
    for _ in range(request.param):
        SchoolFactory(area=world.commune_a, levels=[world.thcs])
    return world


@pytest.mark.parametrize(("name", "budget"), OFFICER_PAGES.items())
def test_officer_pages(client, busy_world, django_assert_max_num_queries, name, budget):
    client.force_login(busy_world.officer_a)
    client.get(reverse(name))  # warm per-process caches (content types, site)
    with django_assert_max_num_queries(budget):
        assert client.get(reverse(name)).status_code == 200
