"""Editors upload and edit images and documents (home/migrations/0005_editors_upload_media)."""

import pytest
from django.contrib.auth.models import Group
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.permissions import policy_registry

from home import groups

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("bien-tap", password="x")
    user.groups.add(Group.objects.get(name=groups.EDITORS))
    return user


@pytest.mark.parametrize("action", ["add", "change", "choose"])
def test_editors_may_upload_edit_and_choose_media_in_every_collection(editor, action):
    images = policy_registry.get_by_type(get_image_model())
    documents = policy_registry.get_by_type(get_document_model())
    child = Collection.get_first_root_node().add_child(name="Bài học THCS")
    assert images.user_has_permission(editor, action)
    assert documents.user_has_permission(editor, action)
    assert child in images.collections_user_has_permission_for(editor, action)
    assert child in documents.collections_user_has_permission_for(editor, action)


def test_the_migration_grants_on_the_root_collection_only_what_it_should(editor):
    from wagtail.models import GroupCollectionPermission

    granted = set(
        GroupCollectionPermission.objects.filter(
            group__name=groups.EDITORS, collection=Collection.get_first_root_node()
        ).values_list("permission__codename", flat=True)
    )
    assert granted == {
        "add_image", "change_image", "choose_image",
        "add_document", "change_document", "choose_document",
    }  # fmt: skip


def test_the_upload_pages_open_for_an_editor(client, editor, home_page):
    client.force_login(editor)
    assert client.get("/admin/images/multiple/add/").status_code == 200
    assert client.get("/admin/documents/multiple/add/").status_code == 200
    assert get_image_model().objects.count() == get_document_model().objects.count() == 0
