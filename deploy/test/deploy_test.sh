#!/usr/bin/env bash
# The deployment test (.ci/run runs it last): the production set-up of deploy/ on one machine.
#
# A fresh PostgreSQL database (migrated, demo seeded), two gunicorn app servers and one task
# worker started with the commands of deploy/systemd/curriculum-web@.service and
# curriculum-worker.service (deploy/gunicorn.conf.py, production settings, the environment of
# deploy/curriculum.env.example with local values), and nginx with the upstream of deploy/nginx/curriculum.conf and the locations of
# deploy/nginx/curriculum-app.conf, in a plain-HTTP server on 127.0.0.2 and 127.0.0.3 (two
# client addresses). deploy/test/check.py then checks through nginx: publishing, login
# throttling, media, the task worker, an app server stopping; then the daily purge's commands
# (curriculum-purge.service) and a backup restored (deploy/backup.sh, deploy/restore.sh).
#
# Needs nginx (apt-get install nginx), psql/pg_dump/pg_restore, PostgreSQL (trust or
# PGPASSWORD) and Redis. Settings (environment):
#   DEPLOY_TEST_PG          postgres://postgres@127.0.0.1:5432 (the server, no database)
#   DEPLOY_TEST_REDIS       redis://127.0.0.1:6379
#   DEPLOY_TEST_REDIS_DB    15 (a Redis database number for this test alone: it must be
#                           empty, and is emptied at the end)
#   NGINX                   nginx's path (default: found on PATH or /usr/sbin/nginx)
# Everything it starts is stopped, and the databases and files it made are removed, on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
PG=${DEPLOY_TEST_PG:-postgres://postgres@127.0.0.1:5432}
REDIS=${DEPLOY_TEST_REDIS:-redis://127.0.0.1:6379}
REDIS_DB=${DEPLOY_TEST_REDIS_DB:-15}
NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
START=$(date +%s)

log() { echo "[deploy-test $(($(date +%s) - START))s] $*"; }
fail() { echo "FAIL setup: $*" >&2; exit 1; }

[ -x "$NGINX" ] || fail "nginx not found (apt-get install nginx)"
for tool in psql pg_dump pg_restore redis-cli; do
  command -v "$tool" >/dev/null || fail "$tool not found"
done
psql "$PG/postgres" -qAtc "SELECT 1" >/dev/null || fail "PostgreSQL not reachable at $PG"
keys=$(redis-cli -u "$REDIS/$REDIS_DB" DBSIZE) || fail "Redis not reachable at $REDIS"
[ "$keys" = "0" ] || fail "Redis database $REDIS_DB holds $keys keys: set DEPLOY_TEST_REDIS_DB"

WORK=$(mktemp -d /tmp/curriculum-deploy-test.XXXXXX)
chmod 755 "$WORK"  # nginx's worker processes read the media folder
DB="deploy_test_$(date +%s)_$$"
PIDS=()

cleanup() {
  status=$?
  trap - EXIT INT TERM
  for pid in "${PIDS[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  for name in "$DB" "${DB}_restored"; do
    psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" >/dev/null 2>&1 || true
  done
  redis-cli -u "$REDIS/$REDIS_DB" FLUSHDB >/dev/null 2>&1 || true
  if [ "$status" -ne 0 ] && [ -d "$WORK" ]; then
    for file in "$WORK"/*.log; do
      [ -s "$file" ] && { echo "--- last lines of $(basename "$file")"; tail -n 15 "$file"; }
    done
  fi
  rm -rf "$WORK"
  log "cleaned up (exit $status)"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_ports() {
  "$PYTHON" - "$1" <<'PY'
import socket, sys
socks = [socket.socket() for _ in range(int(sys.argv[1]))]
for s in socks:
    s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in socks))
PY
}
read -r WEB1 WEB2 PROXY < <(free_ports 3)

# The environment of deploy/curriculum.env.example, with this machine's values.
set -a
# shellcheck source=../curriculum.env.example
. deploy/curriculum.env.example
set +a
export DJANGO_SECRET_KEY
DJANGO_SECRET_KEY=$("$PYTHON" -c "import secrets; print(secrets.token_urlsafe(50))")
export DATABASE_URL="$PG/$DB"
export REDIS_URL="$REDIS/$REDIS_DB"
export MEDIA_ROOT="$WORK/media"
export DJANGO_ALLOWED_HOSTS="127.0.0.1,127.0.0.2,127.0.0.3,localhost"
export DJANGO_CSRF_TRUSTED_ORIGINS="http://127.0.0.2:$PROXY,http://127.0.0.3:$PROXY"
export WAGTAILADMIN_BASE_URL="http://127.0.0.2:$PROXY"
export DJANGO_HTTPS=0 DJANGO_SECURE_SSL_REDIRECT=0  # no TLS in the test
export DJANGO_STAFF_2FA_REQUIRED=0                  # the demo accounts have no second factor
export DJANGO_TRUSTED_PROXY_COUNT=1                 # nginx
export EMAIL_URL=dummy://
export GUNICORN_WORKERS=2
export DJANGO_LOG_LEVEL=ERROR SECURITY_LOG_LEVEL=WARNING
DEMO_PASSWORD=$("$PYTHON" -c "import secrets; print(secrets.token_urlsafe(12))")
mkdir -p "$MEDIA_ROOT"

log "database $DB: migrate, seed the demo, collect static files"
psql "$PG/postgres" -qc "CREATE DATABASE \"$DB\""
"$PYTHON" manage.py migrate --noinput --verbosity 0
"$PYTHON" manage.py seed_demo --password "$DEMO_PASSWORD" >"$WORK/seed.log" 2>&1
"$PYTHON" manage.py collectstatic --noinput --verbosity 0

# The commands of the systemd units, for this checkout (and an instance: the port).
unit_command() {
  local unit="deploy/systemd/$1"
  grep -q '^WorkingDirectory=/srv/curriculum/app$' "$unit" || fail "$unit: WorkingDirectory"
  sed -n 's/^ExecStart=//p' "$unit" | sed -e "s#/srv/curriculum/app/#$ROOT/#g" -e "s#%i#${2:-}#g"
}
read -r -a web1 <<<"$(unit_command curriculum-web@.service "$WEB1")"
read -r -a web2 <<<"$(unit_command curriculum-web@.service "$WEB2")"
read -r -a worker <<<"$(unit_command curriculum-worker.service)"
log "app servers: ${web1[*]#"$ROOT/"}, and :$WEB2; worker: ${worker[*]#"$ROOT/"}"
"${web1[@]}" >"$WORK/web1.log" 2>&1 &
PIDS+=($!)
WEB1_PID=$!
"${web2[@]}" >"$WORK/web2.log" 2>&1 &
PIDS+=($!)
"${worker[@]}" >"$WORK/worker.log" 2>&1 &
PIDS+=($!)
WORKER_PID=$!

# nginx: the upstream block of curriculum.conf (ports changed), the locations of
# curriculum-app.conf (media folder changed), in a plain-HTTP server instead of the TLS one.
upstream=$(awk '/^upstream curriculum_app \{/,/^\}/' deploy/nginx/curriculum.conf |
  sed -e "s/127\.0\.0\.1:8001/127.0.0.1:$WEB1/" -e "s/127\.0\.0\.1:8002/127.0.0.1:$WEB2/")
grep -q "127.0.0.1:$WEB1 " <<<"$upstream" && grep -q "127.0.0.1:$WEB2 " <<<"$upstream" ||
  fail "no upstream servers 127.0.0.1:8001 and :8002 in deploy/nginx/curriculum.conf"
sed "s#/srv/curriculum/media/#$MEDIA_ROOT/#g" deploy/nginx/curriculum-app.conf \
  >"$WORK/curriculum-app.conf"
grep -q "alias $MEDIA_ROOT/images/;" "$WORK/curriculum-app.conf" ||
  fail "no /srv/curriculum/media/images/ alias in deploy/nginx/curriculum-app.conf"
private_log=$(awk '/^map \$uri \$curriculum_log_path \{/,/^\}/' deploy/nginx/curriculum.conf
  grep '^log_format curriculum_private ' deploy/nginx/curriculum.conf)
grep -q 'curriculum_private' <<<"$private_log" ||
  fail "no curriculum_private log format in deploy/nginx/curriculum.conf"
mime_types=/etc/nginx/mime.types
[ -f "$mime_types" ] || mime_types="$(dirname "$(dirname "$NGINX")")/conf/mime.types"
cat >"$WORK/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 256; }
http {
    include $mime_types;
    default_type application/octet-stream;
$private_log
    access_log $WORK/nginx-access.log curriculum_private;
    client_body_temp_path $WORK/nginx-body;
    proxy_temp_path $WORK/nginx-proxy;
    fastcgi_temp_path $WORK/nginx-fastcgi;
    uwsgi_temp_path $WORK/nginx-uwsgi;
    scgi_temp_path $WORK/nginx-scgi;
    server_tokens off;
$upstream
    server {
        listen 127.0.0.2:$PROXY;
        listen 127.0.0.3:$PROXY;
        server_name _;
        # The test only: which app server(s) answered.
        add_header X-Upstream \$upstream_addr always;
        include $WORK/curriculum-app.conf;
    }
}
CONF
"$NGINX" -t -q -p "$WORK" -c "$WORK/nginx.conf" >"$WORK/nginx-error.log" 2>&1 ||
  { cat "$WORK/nginx-error.log"; fail "nginx refused the generated configuration"; }

# The whole production site as written (TLS, redirect) passes `nginx -t`, with a throwaway
# certificate and local paths in place of the placeholders.
if command -v openssl >/dev/null; then
  mkdir "$WORK/tls"
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=antoan.example.vn \
    -keyout "$WORK/tls/key.pem" -out "$WORK/tls/cert.pem" 2>/dev/null
  sed -e "s#/etc/ssl/certs/CHANGE-ME-antoan.example.vn-fullchain.pem#$WORK/tls/cert.pem#" \
    -e "s#/etc/ssl/private/CHANGE-ME-antoan.example.vn.key#$WORK/tls/key.pem#" \
    -e "s#/etc/nginx/snippets/curriculum-app.conf#$WORK/curriculum-app.conf#" \
    -e "s#/var/log/nginx/#$WORK/tls/#g" deploy/nginx/curriculum.conf >"$WORK/tls/site.conf"
  printf 'pid %s;\nerror_log %s;\nevents {}\nhttp {\n include %s;\n include %s;\n}\n' \
    "$WORK/tls/nginx.pid" "$WORK/tls/error.log" "$mime_types" "$WORK/tls/site.conf" \
    >"$WORK/tls/nginx.conf"
  if "$NGINX" -t -q -p "$WORK/tls" -c "$WORK/tls/nginx.conf" >"$WORK/tls.log" 2>&1; then
    echo "PASS deploy/nginx/curriculum.conf with TLS passes nginx -t"
  else
    cat "$WORK/tls.log"
    fail "deploy/nginx/curriculum.conf does not pass nginx -t"
  fi
else
  echo "SKIP nginx -t of the TLS site: no openssl to make a certificate"
fi
log "nginx on 127.0.0.2:$PROXY and 127.0.0.3:$PROXY"
"$NGINX" -p "$WORK" -c "$WORK/nginx.conf" >>"$WORK/nginx-error.log" 2>&1 &
PIDS+=($!)

export DEPLOY_TEST_WORK="$WORK" DEPLOY_TEST_PG="$PG" DEPLOY_TEST_DB="$DB"
export DEPLOY_TEST_PROXY_PORT="$PROXY" DEPLOY_TEST_WEB="$WEB1 $WEB2"
export DEPLOY_TEST_WEB1_PID="$WEB1_PID" DEPLOY_TEST_WORKER_PID="$WORKER_PID"
export DEPLOY_TEST_PASSWORD="$DEMO_PASSWORD"
set +e
"$PYTHON" deploy/test/check.py
result=$?
set -e
log "done in $(($(date +%s) - START))s"
exit "$result"
