"""Editors ("Biên tập viên") may upload and edit images and documents, not only choose them:
add, change and choose on the root collection (so in every collection below it).

Deleting stays with the moderators and administrators. Collections an administrator set up
later are not touched; only the root collection's rows are added, and only if missing.
"""

from django.db import migrations

EDITORS = "Biên tập viên"
PERMISSIONS = {
    ("wagtailimages", "image"): ["add_image", "change_image", "choose_image"],
    ("wagtaildocs", "document"): ["add_document", "change_document", "choose_document"],
}
NAMES = {
    "add_image": "Can add image",
    "change_image": "Can change image",
    "choose_image": "Can choose image",
    "add_document": "Can add document",
    "change_document": "Can change document",
    "choose_document": "Can choose document",
}


def _permissions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for (app_label, model), codenames in PERMISSIONS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for codename in codenames:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": NAMES[codename]}
            )
            yield permission


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    editors = Group.objects.filter(name=EDITORS).first()
    root = Collection.objects.filter(depth=1).order_by("path").first()
    if editors is None or root is None:
        return
    for permission in _permissions(apps):
        GroupCollectionPermission.objects.get_or_create(
            group=editors, collection=root, permission=permission
        )


def backwards(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).order_by("path").first()
    GroupCollectionPermission.objects.filter(
        group__name=EDITORS,
        collection=root,
        permission__codename__in=["add_image", "change_image", "add_document", "change_document"],
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_moderation_workflow_names"),
        ("wagtailcore", "0066_collection_management_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
