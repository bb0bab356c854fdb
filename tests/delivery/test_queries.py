"""Query budgets: the teacher portal and the officers' sessions admin do not grow with the
rows."""

import pytest
from django.urls import reverse

from tests.factories.delivery import DeliverySessionFactory

pytestmark = pytest.mark.django_db

TEACHER_PAGES = {
    "portal:home": 15,
    "portal:session_list": 14,
    "portal:session_create": 16,
    "portal:session_detail": 15,
    "portal:session_edit": 19,
}
OFFICER_PAGES = {
    "sessions:index": 16,
    "sessions:inspect": 14,
    "sessions:history": 15,
}
NEEDS_PK = {"portal:session_detail", "portal:session_edit", "sessions:inspect", "sessions:history"}


@pytest.fixture(params=[1, 25], ids=["few", "many"])
def busy_world(request, world):
    for _ in range(request.param):
        DeliverySessionFactory(school=world.school_a, lesson=world.lesson, age_band=world.thcs)
    return world


def _url(name, world):
    return reverse(name, args=[world.session_a.pk]) if name in NEEDS_PK else reverse(name)


@pytest.mark.parametrize(("name", "budget"), TEACHER_PAGES.items())
def test_portal_pages(client, busy_world, django_assert_max_num_queries, name, budget):
    client.force_login(busy_world.teacher_a)
    client.get(_url(name, busy_world))  # warm per-process caches (content types, site)
    with django_assert_max_num_queries(budget):
        assert client.get(_url(name, busy_world)).status_code == 200


@pytest.mark.parametrize(("name", "budget"), OFFICER_PAGES.items())
def test_officer_pages(client, busy_world, django_assert_max_num_queries, name, budget):
    client.force_login(busy_world.officer_a)
    client.get(_url(name, busy_world))
    with django_assert_max_num_queries(budget):
        assert client.get(_url(name, busy_world)).status_code == 200


def test_officer_export(client, busy_world, django_assert_max_num_queries):
    client.force_login(busy_world.officer_a)
    client.get(reverse("sessions:index"))  # the idle clock is written once, then each minute
    with django_assert_max_num_queries(8):
        response = client.get(reverse("sessions:index"), {"export": "xlsx"})
        assert response.status_code == 200
        assert len(b"".join(response.streaming_content)) > 1000
