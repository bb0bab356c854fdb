import datetime
from types import SimpleNamespace

import pytest
from django.test import Client
from django.utils import timezone

from concerns.services import concern_submit
from tests.world import superuser, tree, world  # noqa: F401 - the shared world

# A Wednesday, 10:00 in Vietnam.
WEDNESDAY = timezone.make_aware(datetime.datetime(2026, 3, 4, 10, 0))


def concern_make(*, school=None, category="bullying", now=None, **fields):
    values = {
        "category": category,
        "what_happened": "Một bạn trong lớp bị nhắn tin chế giễu mỗi tối.",
        "where": "Zalo, nhóm Lớp 7A",
        "school": school,
        "school_named": "",
        "reporter_role": "child",
        "contact_preference": "none",
        "contact": "",
        "now": now,
    }
    values.update(fields)
    return concern_submit(**values)


@pytest.fixture
def concerns(world):  # noqa: F811 - the shared world
    """A report about school A, one about school B, and one no school was given for."""
    return SimpleNamespace(
        a=concern_make(school=world.school_a, what_happened="Chuyện ở trường Lâm Sơn"),
        b=concern_make(school=world.school_b, what_happened="Chuyện ở trường Phước Thắng"),
        unplaced=concern_make(what_happened="Chuyện chưa rõ trường nào"),
    )


@pytest.fixture
def client_of():
    def make(user):
        client = Client()
        client.force_login(user)
        return client

    return make
