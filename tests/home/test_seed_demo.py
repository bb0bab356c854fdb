import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Page, Revision

from home import groups


def _snapshot():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        get_user_model().objects.count(),
        list(get_user_model().objects.order_by("pk").values_list("password", flat=True)),
    )


@pytest.mark.django_db
def test_seed_demo_twice_changes_nothing(capsys):
    call_command("seed_demo", "--password", "mot-mat-khau-demo")
    first = _snapshot()
    call_command("seed_demo", "--password", "mot-mat-khau-demo")
    assert _snapshot() == first


@pytest.mark.django_db
def test_seed_demo_generates_and_prints_a_password(client, capsys):
    call_command("seed_demo")
    out = capsys.readouterr().out
    password = out.split("Password for every demo account: ")[1].split()[0]
    assert client.login(username="editor", password=password)
    # A second run without --password keeps the password and says so.
    call_command("seed_demo")
    assert "Passwords unchanged" in capsys.readouterr().out
    assert client.login(username="editor", password=password)


@pytest.mark.django_db
def test_staff_groups_exist_in_vietnamese():
    names = set(Group.objects.values_list("name", flat=True))
    assert {groups.EDITORS, groups.MODERATORS, groups.OFFICERS, groups.TEACHERS} <= names
    assert "Editors" not in names


@pytest.mark.django_db
def test_editor_login_reaches_the_admin(client):
    call_command("seed_demo", "--password", "mot-mat-khau-demo")
    assert client.login(username="editor", password="mot-mat-khau-demo")
    response = client.get("/admin/")
    assert response.status_code == 200
