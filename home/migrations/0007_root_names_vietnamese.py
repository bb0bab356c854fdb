"""The tree's root page and the root collection, which Wagtail creates as "Root": named in
Vietnamese, since editors see them in the page explorer's breadcrumbs, the page chooser and
the collection list of every image and document upload."""

from django.db import migrations

ROOT_PAGE = "Trang gốc"
ROOT_COLLECTION = "Bộ sưu tập gốc"


def _rename(apps, page_title, collection_name, old_page, old_collection):
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    Page.objects.filter(depth=1, title=old_page).update(title=page_title, draft_title=page_title)
    Collection.objects.filter(depth=1, name=old_collection).update(name=collection_name)


def forwards(apps, schema_editor):
    _rename(apps, ROOT_PAGE, ROOT_COLLECTION, "Root", "Root")


def backwards(apps, schema_editor):
    _rename(apps, "Root", "Root", ROOT_PAGE, ROOT_COLLECTION)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_report_settings"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
