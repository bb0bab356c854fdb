import pytest
from wagtail.models import Site

from home.demo import demo_site_build
from home.models import HelpContacts, HelpPage, HomePage


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _empty_cache():
    # Each test has its own database; pages cached and requests counted by another test
    # must not leak in.
    from django.core.cache import caches

    for cache in caches.all(initialized_only=False):
        cache.clear()


@pytest.fixture(autouse=True)
def _rate_limit_window_fixed(monkeypatch):
    # django-ratelimit counts in one-minute windows aligned to the wall clock: a test that
    # sends a limit's worth of requests across a window's edge would see the count restart.
    import time
    import types

    import django_ratelimit.core

    frozen = time.time()
    monkeypatch.setattr(django_ratelimit.core, "time", types.SimpleNamespace(time=lambda: frozen))


@pytest.fixture
def home_page(db) -> HomePage:
    """The demo home page and help page, as `seed_demo` builds them."""
    return demo_site_build()


@pytest.fixture
def help_page(home_page) -> HelpPage:
    return HelpPage.objects.get()


@pytest.fixture
def help_contacts(home_page) -> HelpContacts:
    return HelpContacts.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def lesson_index(home_page):
    from tests.factories.lessons import LessonIndexPageFactory

    return LessonIndexPageFactory(parent=home_page)


@pytest.fixture
def age_bands(db):
    from tests.factories.lessons import AgeBandFactory

    return {
        "tieu-hoc": AgeBandFactory(slug="tieu-hoc", name="Tiểu học", sort_order=1),
        "thcs": AgeBandFactory(slug="thcs", name="Trung học cơ sở", sort_order=2),
        "thpt": AgeBandFactory(slug="thpt", name="Trung học phổ thông", sort_order=3),
    }
