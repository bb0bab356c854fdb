"""Officer scopes follow one permission policy (superusers only): the views, the menu item and
the admin URL finder; teacher accounts, the same model, keep their own."""

import pytest
from django.urls import reverse
from wagtail.admin.admin_url_finder import AdminURLFinder

from schools.models import Membership, Role

pytestmark = pytest.mark.django_db


def assert_forbidden(response):
    """Wagtail turns a PermissionDenied in the admin into a redirect home with a message."""
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def scope_b(world):
    return Membership.objects.get(user=world.officer_b, role=Role.OFFICER)


def account_b(world):
    return Membership.objects.get(user=world.teacher_b, role=Role.TEACHER)


def edit_urls(world):
    """The expected URLs (reversing them loads the admin's URLs, registering the viewsets and
    their URL finders as a request would)."""
    return (
        reverse("officer_scopes:edit", args=[scope_b(world).pk]),
        reverse("teachers:edit", args=[account_b(world).pk]),
    )


def test_the_admin_url_of_a_membership_is_its_roles_edit_view(world, superuser):
    scope_url, account_url = edit_urls(world)
    finder = AdminURLFinder(superuser)
    assert finder.get_edit_url(scope_b(world)) == scope_url
    assert finder.get_edit_url(account_b(world)) == account_url


def test_only_superusers_get_the_admin_url_of_an_officer_scope(world):
    _scope_url, account_url = edit_urls(world)
    finder = AdminURLFinder(world.officer_province)
    assert finder.get_edit_url(scope_b(world)) is None
    assert finder.get_edit_url(account_b(world)) == account_url
    assert AdminURLFinder(world.nobody).get_edit_url(account_b(world)) is None


def test_the_menu_shows_officer_scopes_to_superusers_only(client, world, superuser):
    index = reverse("officer_scopes:index")
    client.force_login(world.officer_province)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("teachers:index") in home and index not in home
    client.force_login(superuser)
    assert index in client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_superuser_stops_and_restarts_an_officer_scope(client, world, superuser):
    membership = scope_b(world)
    url = reverse("officer_scopes:edit", args=[membership.pk])
    client.force_login(world.officer_province)
    assert_forbidden(client.get(url))
    assert_forbidden(client.post(url, {"action": "deactivate"}))
    membership.refresh_from_db()
    assert membership.is_active

    client.force_login(superuser)
    page = client.get(url)
    assert page.status_code == 200 and "cb-bac-ai" in page.content.decode()
    response = client.post(url, {"action": "deactivate"})
    assert response.status_code == 302 and response["Location"] == reverse("officer_scopes:index")
    membership.refresh_from_db()
    assert not membership.is_active
    client.post(url, {"action": "activate"})
    membership.refresh_from_db()
    assert membership.is_active


def test_an_account_is_not_a_scope_and_the_other_way_round(client, world, superuser):
    client.force_login(superuser)
    assert client.get(reverse("officer_scopes:edit", args=[account_b(world).pk])).status_code == 404
    assert client.get(reverse("teachers:edit", args=[scope_b(world).pk])).status_code == 404


def test_an_officer_stops_a_teacher_account_in_their_area(client, world):
    membership = account_b(world)
    client.force_login(world.officer_a)
    url = reverse("teachers:edit", args=[membership.pk])
    assert client.get(url).status_code == 404  # another district's account
    client.force_login(world.officer_b)
    assert client.get(url).status_code == 200
    response = client.post(url, {"action": "deactivate"})
    assert response["Location"] == reverse("teachers:index")
    membership.refresh_from_db()
    assert not membership.is_active
