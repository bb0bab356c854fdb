#!/usr/bin/env bash
# Back up the database and the uploaded media into a new dated folder:
#   DATABASE_URL=postgres://... MEDIA_ROOT=/srv/curriculum/media deploy/backup.sh [BACKUP_ROOT]
# BACKUP_ROOT defaults to /var/backups/curriculum. The folder BACKUP_ROOT/<UTC date and time>/
# gets database.dump (pg_dump, custom format), media.tar.gz (MEDIA_ROOT) and SHA256SUMS; its
# path is printed last. Run it nightly (e.g. a systemd timer beside curriculum-purge.timer,
# with EnvironmentFile=/etc/curriculum/curriculum.env) and copy the folder off the server:
# it holds personal data (README), so keep it encrypted and as long as the retention rules allow.
# deploy/restore.sh puts a backup back; deploy/test/deploy_test.sh rehearses both.
set -euo pipefail

: "${DATABASE_URL:?DATABASE_URL must name the PostgreSQL database (postgres://...)}"
: "${MEDIA_ROOT:?MEDIA_ROOT must name the media folder}"
case "$DATABASE_URL" in
  postgres://* | postgresql://*) ;;
  *) echo "backup.sh: DATABASE_URL is not a PostgreSQL URL" >&2; exit 2 ;;
esac
[ -d "$MEDIA_ROOT" ] || { echo "backup.sh: no folder $MEDIA_ROOT" >&2; exit 2; }

backup_root=${1:-${BACKUP_ROOT:-/var/backups/curriculum}}
umask 077
folder="$backup_root/$(date -u +%Y-%m-%dT%H%M%SZ)"
mkdir -p "$backup_root"
mkdir "$folder"  # fails rather than mixing two backups in one folder

# One consistent snapshot of the database (pg_dump runs in a single transaction); owners and
# grants are left out so it restores under any role.
pg_dump --format=custom --no-owner --no-privileges --file "$folder/database.dump" "$DATABASE_URL"
# The media folder as it is now (files are only added or removed whole, never rewritten).
tar --create --gzip --file "$folder/media.tar.gz" --directory "$MEDIA_ROOT" .
(cd "$folder" && sha256sum database.dump media.tar.gz >SHA256SUMS)
echo "$folder"
