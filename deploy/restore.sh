#!/usr/bin/env bash
# Restore a backup of deploy/backup.sh into a NEW database and a NEW (or empty) media folder:
#   deploy/restore.sh BACKUP_FOLDER postgres://USER@HOST:5432/NEW_NAME NEW_MEDIA_ROOT
# It checks the backup's SHA256SUMS, creates the database (it refuses one that exists:
# it never writes over a live database), restores the dump into it, and unpacks the media.
# Then point DATABASE_URL and MEDIA_ROOT at them (deploy/curriculum.env.example), run
# `manage.py migrate` (a no-op unless the code is newer than the backup) and start the services.
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: $0 BACKUP_FOLDER NEW_DATABASE_URL NEW_MEDIA_ROOT" >&2
  exit 2
fi
folder=$1
database_url=$2
media_root=$3

case "$database_url" in
  postgres://* | postgresql://*) ;;
  *) echo "restore.sh: not a PostgreSQL URL" >&2; exit 2 ;;
esac
(cd "$folder" && sha256sum --check --quiet SHA256SUMS)

# The database's name is the URL's last path segment; CREATE DATABASE runs on "postgres".
without_query=${database_url%%\?*}
name=${without_query##*/}
server=${without_query%/*}
if [[ ! "$name" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then
  echo "restore.sh: use a plain database name (letters, digits, _)" >&2
  exit 2
fi
if [ -e "$media_root" ] && [ -n "$(ls -A "$media_root")" ]; then
  echo "restore.sh: $media_root is not empty" >&2
  exit 2
fi

psql "$server/postgres" --quiet --set ON_ERROR_STOP=1 --command "CREATE DATABASE \"$name\""
pg_restore --no-owner --no-privileges --exit-on-error --dbname "$database_url" \
  "$folder/database.dump"

mkdir -p "$media_root"
tar --extract --gzip --file "$folder/media.tar.gz" --directory "$media_root" --no-same-owner
echo "restored into database $name and $media_root"
