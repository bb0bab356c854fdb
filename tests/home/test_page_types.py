import pytest
from wagtail.models import Page

from home.models import HelpPage, HomePage, StandardPage


@pytest.mark.django_db
def test_home_page_only_under_the_root_and_only_once(home_page):
    root = Page.get_first_root_node()
    assert HomePage.allowed_parent_page_models() == [Page]
    # One home page already exists, so no second one can be created anywhere.
    assert not HomePage.can_create_at(root)


@pytest.mark.django_db
def test_help_page_is_a_single_leaf_under_home(home_page):
    assert HelpPage.allowed_parent_page_models() == [HomePage]
    assert HelpPage.allowed_subpage_models() == []
    assert not HelpPage.can_create_at(home_page)  # the demo already has one


@pytest.mark.django_db
def test_standard_pages_nest_under_home_and_each_other(home_page):
    assert StandardPage.can_create_at(home_page)
    assert set(StandardPage.allowed_parent_page_models()) == {HomePage, StandardPage}
    assert StandardPage.allowed_subpage_models() == [StandardPage]
    assert not StandardPage.can_create_at(Page.get_first_root_node())


def test_every_page_type_declares_its_parents_and_children():
    from wagtail.models import get_page_models

    for model in get_page_models():
        if model is Page:
            continue
        assert "parent_page_types" in model.__dict__, model
        assert "subpage_types" in model.__dict__, model
