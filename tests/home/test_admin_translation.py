"""The Wagtail admin in Vietnamese: locale/vi/LC_MESSAGES covers Wagtail's own strings.

Wagtail's Vietnamese catalogue translates only a fraction of the admin; the project ships a
complete one (django and djangojs domains) that takes precedence. The msgids come from the
English catalogues of the installed Wagtail apps, which list every string Wagtail can show.
"""

import gettext
import json
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.utils import translation

VI_DIR = Path(settings.BASE_DIR) / "locale" / "vi" / "LC_MESSAGES"
MIN_COVERAGE = 98.0

# Strings that are written the same way in Vietnamese.
SAME_IN_VIETNAMESE = {"Email", "URL", "ID", "OK", "Wagtail API v2", "Wagtail API v3"}
# A msgid made only of placeholders and punctuation ("%(field_label)s:") needs no translation.
PLACEHOLDERS = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}|[\s\W\d]")

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}


def _unquote(line: str) -> str:
    body = line.strip()[1:-1]
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), body)


def read_po(path: Path) -> list[tuple[str | None, str, str | None]]:
    """(msgctxt, msgid, msgid_plural) of every live entry of a .po file, header excepted."""
    entries, entry, field = [], {}, None

    def flush():
        if entry.get("msgid"):
            entries.append((entry.get("msgctxt"), entry["msgid"], entry.get("msgid_plural")))
        entry.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():  # comments, obsolete "#~" entries
            if not line.strip() or line.startswith("#~"):
                field = None
            continue
        keyword, _, rest = line.partition(" ")
        if keyword == "msgctxt" or (keyword == "msgid" and set(entry) != {"msgctxt"}):
            flush()
        if keyword in ("msgctxt", "msgid", "msgid_plural"):
            field = keyword
            entry[field] = _unquote(rest)
        elif keyword.startswith("msgstr"):
            field = None
        elif line.startswith('"') and field:
            entry[field] += _unquote(line)
    flush()
    return entries


def wagtail_msgids(domain: str) -> list[tuple[str | None, str, str | None]]:
    """Every msgid of the installed Wagtail apps in one domain, each (context, msgid) once."""
    seen = {}
    for config in apps.get_app_configs():
        if config.name != "wagtail" and not config.name.startswith("wagtail."):
            continue
        po = Path(config.path) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
        if po.exists():
            for context, msgid, plural in read_po(po):
                seen.setdefault((context, msgid), (context, msgid, plural))
    return list(seen.values())


def needs_no_translation(msgid: str) -> bool:
    return msgid in SAME_IN_VIETNAMESE or not PLACEHOLDERS.sub("", msgid)


def coverage(entries, gettext_, ngettext_, pgettext_, npgettext_) -> tuple[int, list[str]]:
    missing = []
    for context, msgid, plural in entries:
        if context and plural:
            result = npgettext_(context, msgid, plural, 1)
        elif context:
            result = pgettext_(context, msgid)
        elif plural:
            result = ngettext_(msgid, plural, 1)
        else:
            result = gettext_(msgid)
        if result == msgid and not needs_no_translation(msgid):
            missing.append(msgid)
    return len(entries) - len(missing), missing


def js_translations() -> gettext.GNUTranslations:
    with open(VI_DIR / "djangojs.mo", "rb") as fh:
        catalogue = gettext.GNUTranslations(fh)
    wagtail_locale = Path(apps.get_app_config("wagtailadmin").path) / "locale"
    wagtail_mo = wagtail_locale / "vi" / "LC_MESSAGES" / "djangojs.mo"
    if wagtail_mo.exists():
        with open(wagtail_mo, "rb") as fh:
            catalogue.add_fallback(gettext.GNUTranslations(fh))
    return catalogue


def test_catalogues_are_compiled_for_one_plural_form():
    for domain in ("django", "djangojs"):
        po = VI_DIR / f"{domain}.po"
        assert '"Plural-Forms: nplurals=1; plural=0;\\n"' in po.read_text(encoding="utf-8")
        with open(VI_DIR / f"{domain}.mo", "rb") as fh:
            mo = gettext.GNUTranslations(fh)
        assert mo.plural(5) == 0
        # Compiled from the current .po: as many messages (the header aside), same wording.
        assert len(mo._catalog) - 1 == len(read_po(po)), f"recompile {domain}.mo (msgfmt --check)"


def test_the_wagtail_admin_is_translated_into_vietnamese():
    django_entries = wagtail_msgids("django")
    js_entries = wagtail_msgids("djangojs")
    assert len(django_entries) > 1000 and len(js_entries) > 50  # the catalogues were found

    with translation.override("vi"):
        django_done, django_missing = coverage(
            django_entries,
            translation.gettext,
            translation.ngettext,
            translation.pgettext,
            translation.npgettext,
        )
    js = js_translations()
    js_done, js_missing = coverage(js_entries, js.gettext, js.ngettext, js.pgettext, js.npgettext)

    n, total = django_done + js_done, len(django_entries) + len(js_entries)
    pct = 100 * n / total
    print(f"translated {n}/{total} = {pct:.1f}%")
    print(f"  django: {django_done}/{len(django_entries)}, djangojs: {js_done}/{len(js_entries)}")
    assert pct >= MIN_COVERAGE, (django_missing + js_missing)[:40]


def test_mixed_labels_of_wagtails_own_catalogue_are_fixed():
    with translation.override("vi"):
        assert translation.gettext("%(label)s and Publish") == "%(label)s và xuất bản"
        assert translation.gettext("Save draft") == "Lưu bản nháp"
        matches = translation.ngettext(
            "There is %(counter)s match", "There are %(counter)s matches", 2
        )
        assert matches % {"counter": 2} == "Có 2 kết quả phù hợp"
        # The tag field of images and documents (django-taggit) and the admin's date filters
        # (django-filter), which have no Vietnamese catalogue of their own.
        assert translation.gettext("A comma-separated list of tags.") != (
            "A comma-separated list of tags."
        )
        assert translation.gettext("Past 7 days") == "7 ngày qua"


@pytest.mark.django_db
def test_admin_screens_render_in_vietnamese(client, home_page, django_user_model):
    admin = django_user_model.objects.create_superuser("quan-tri", "quantri@example.com", "x")
    client.force_login(admin)
    screens = {
        "/admin/": ["Bảng điều khiển", "Báo cáo", "Trợ giúp", "Cài đặt", "Tìm kiếm"],
        f"/admin/pages/{home_page.id}/edit/": [
            "Lưu bản nháp",
            "Xuất bản",
            "Nội dung",
            "Quảng bá",
            "Xem trước",
            "Lịch sử",
        ],
        "/admin/reports/site-history/": ["Lịch sử website", "Thao tác", "Người dùng"],
    }
    english = ["Save draft", "Reports", "Help", "Settings", "Dashboard", "Site history"]
    for url, labels in screens.items():
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="vi")
        assert response.status_code == 200, url
        html = response.content.decode()
        for label in labels:  # the sidebar's labels are JSON, with \u escapes
            assert label in html or json.dumps(label)[1:-1] in html, (url, label)
        for word in english:
            assert f">{word}<" not in html and f'"{word}"' not in html, (url, word)

    # The admin's JavaScript strings come from the project's djangojs catalogue.
    response = client.get("/admin/jsi18n/", HTTP_ACCEPT_LANGUAGE="vi")
    assert json.dumps("Trình đơn chính") in response.content.decode()
