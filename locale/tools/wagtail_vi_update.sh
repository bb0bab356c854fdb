#!/bin/sh
# Bring locale/vi/LC_MESSAGES/{django,djangojs}.po up to date with the installed Wagtail.
#
# After a Wagtail upgrade: merges the msgids of the installed Wagtail apps' English catalogues
# into the project's Vietnamese ones (translations kept, strings Wagtail dropped removed), lists
# the msgids still to translate, and compiles the .mo files. Translate the listed strings in the
# .po files (terms: locale/vi/GLOSSARY.md), run this again, then commit the .po and .mo files.
# Needs Debian's gettext (msgcat, msgmerge, msgattrib, msgfmt). Run from the repository root.
set -eu
python=${PYTHON:-.venv/bin/python}
out=locale/vi/LC_MESSAGES
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The Wagtail apps in INSTALLED_APPS, as directories.
apps=$(DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-curriculum_site.settings.dev} "$python" -c '
import django
django.setup()
from django.apps import apps
print(" ".join(c.path for c in apps.get_app_configs()
               if c.name == "wagtail" or c.name.startswith("wagtail.")))')

for domain in django djangojs; do
    sources=""
    for app in $apps; do
        po="$app/locale/en/LC_MESSAGES/$domain.po"
        if [ -f "$po" ]; then sources="$sources $po"; fi
    done
    # shellcheck disable=SC2086
    msgcat --use-first --no-wrap -o "$tmp/$domain.pot" $sources
    msgmerge --quiet --no-fuzzy-matching --no-wrap --no-location \
        -o "$tmp/$domain.merged.po" "$out/$domain.po" "$tmp/$domain.pot"
    msgattrib --no-obsolete --no-wrap -o "$out/$domain.po" "$tmp/$domain.merged.po"
    echo "== $domain: untranslated msgids"
    msgattrib --untranslated --no-wrap "$out/$domain.po" | sed -n 's/^msgid "\(..*\)"$/  \1/p'
    msgfmt --check --statistics -o "$out/$domain.mo" "$out/$domain.po"
done
