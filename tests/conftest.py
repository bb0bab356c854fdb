import pytest
from wagtail.models import Site

from home.demo import demo_site_build
from home.models import HelpContacts, HelpPage, HomePage


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


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
