#!/bin/sh
# Bring locale/vi/LC_MESSAGES/{django,djangojs}.po up to date with the installed Wagtail.
#
# After a Wagtail upgrade: merges the msgids of the installed Wagtail apps' English catalogues
# (and of django-taggit and django-filter, whose strings show in the admin's forms and filters)
# into the project's Vietnamese ones (translations kept, strings Wagtail dropped removed), lists
# the msgids still to translate, and compiles the .mo files. Translate the listed strings in the
# .po files (terms: locale/vi/GLOSSARY.md), run this again, then commit the .po and .mo files.
# Needs Debian's gettext (msgcat, msgmerge, msgattrib, msgfmt). Run from the repository root.
set -eu
python=${PYTHON:-.venv/bin/python}
out=locale/vi/LC_MESSAGES
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The Wagtail apps in INSTALLED_APPS, taggit and django_filters, as directories.
apps=$(DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-curriculum_site.settings.dev} "$python" -c '
import django
django.setup()
from django.apps import apps
print(" ".join(c.path for c in apps.get_app_configs()
               if c.name.split(".")[0] in ("wagtail", "taggit", "django_filters")))')

for domain in django djangojs; do
    sources=""
    for app in $apps; do
        po="$app/locale/en/LC_MESSAGES/$domain.po"
        # django-filter ships no English catalogue: its French one lists the same msgids.
        [ -f "$po" ] || po="$app/locale/fr/LC_MESSAGES/$domain.po"
        if [ -f "$po" ]; then sources="$sources $po"; fi
    done
    # shellcheck disable=SC2086
    msgcat --use-first --no-wrap -o "$tmp/$domain.all.po" $sources
    # A template: no msgstr, or msgmerge would take the French ones for new msgids.
    msgfilter --keep-header --no-wrap -i "$tmp/$domain.all.po" -o "$tmp/$domain.pot" sed -e d
    msgmerge --quiet --no-fuzzy-matching --no-wrap --no-location \
        -o "$tmp/$domain.merged.po" "$out/$domain.po" "$tmp/$domain.pot"
    msgattrib --no-obsolete --no-wrap -o "$out/$domain.po" "$tmp/$domain.merged.po"
    echo "== $domain: untranslated msgids"
    msgattrib --untranslated --no-wrap "$out/$domain.po" | sed -n 's/^msgid "\(..*\)"$/  \1/p'
    msgfmt --check --statistics -o "$out/$domain.mo" "$out/$domain.po"
done
