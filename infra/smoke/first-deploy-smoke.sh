#!/usr/bin/env bash
# The production smoke test: follows docs/runbooks/first-deploy.md on this machine, by running the runbook's `sh`
# blocks in order, then does the runbook's "in the admin app" steps through the API (walk-first-report.ts) and
# checks the public site through nginx and the official .docx for a department that is not Hưng Yên.
#
# What differs from a real server is set here, before the runbook runs, and nowhere else:
#   - PostgreSQL: a cluster of its own (initdb as the postgres user, in a temporary folder, on its own port) with
#     Debian's authentication: peer on the socket for postgres, scram-sha-256 on 127.0.0.1. The machine's main
#     cluster is never touched.
#   - systemd is not running (a CI container): `systemctl` is a shell function that runs each unit's ExecStart as
#     its User, in its WorkingDirectory, with its EnvironmentFile and Environment (infra/smoke/run-unit.sh).
#   - nginx: a copy of /etc/nginx (Debian's, default site enabled) in the temporary folder, on unprivileged ports.
#   - the host names resolve to 127.0.0.1; the certificate is self-signed.
# The real paths are used: /opt/khcn (code, root's), /srv/khcn, /etc/khcn, /var/backups/khcn, /usr/local/bin/khcn.
# So it runs only on a throwaway machine: CI=true, or KHCN_SMOKE_THROWAWAY=1; and never where a real
# installation exists (an /etc/khcn/khcn.env it did not write).
#
# Exit 0 and "smoke: N passed, 0 failed" when every check passed; the wall time of the runbook is printed.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
started=$(date +%s)
[ "$(id -u)" = 0 ] || { echo "smoke: run as root (it follows the runbook, which is written for root)" >&2; exit 2; }
if [ "${CI:-}" != true ] && [ "${KHCN_SMOKE_THROWAWAY:-}" != 1 ]; then
  echo "smoke: writes /opt/khcn, /srv/khcn, /etc/khcn: only on a throwaway machine (CI=true or KHCN_SMOKE_THROWAWAY=1)" >&2
  exit 2
fi
if [ -e /etc/khcn/khcn.env ] && [ ! -e /etc/khcn/.smoke ]; then
  echo "smoke: /etc/khcn/khcn.env exists and was not written by the smoke test: refusing to touch a real installation" >&2
  exit 2
fi

export PATH=/usr/local/bin:$PATH
smoke=$(mktemp -d /tmp/khcn-smoke-XXXXXX)
chmod 755 "$smoke"
log() { printf '\n[smoke] %s\n' "$*"; }
passed=0
failed=0
check() { # check <description> <command...>
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "[smoke] ok: $what"; else failed=$((failed + 1)); echo "[smoke] FAILED: $what" >&2; fi
}

http_port=${SMOKE_HTTP_PORT:-8180}
https_port=${SMOKE_HTTPS_PORT:-8181}
pg_port=${SMOKE_PG_PORT:-8189}
api_port=${SMOKE_API_PORT:-3100}

# Leftovers of an earlier run on the same machine (never a real installation: checked above).
cleanup_installation() {
  for pidfile in "$smoke"/units/*.pid; do
    [ -e "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
  done
  [ -f "$smoke/nginx/nginx.pid" ] && kill "$(cat "$smoke/nginx/nginx.pid")" 2>/dev/null || true
  [ -d "$smoke/pg/data" ] && runuser -u postgres -- "$pgbin/pg_ctl" -D "$smoke/pg/data" -m fast stop >/dev/null 2>&1 || true
  if [ "$failed" != 0 ] || [ "${smoke_finished:-}" != 1 ]; then
    for f in "$smoke"/*.md.log "$smoke"/units/*.log "$smoke/nginx/error.log" "$smoke/pg/server.log"; do
      [ -s "$f" ] && { echo "---- $f (last 40 lines)"; tail -40 "$f"; }
    done
  fi
  rm -rf "$smoke"
}
rm -rf /opt/khcn /srv/khcn /etc/khcn /var/backups/khcn /usr/local/bin/khcn /root/khcn-install \
  /etc/systemd/system/khcn-admin-api.service /etc/systemd/system/khcn-publish-worker.service \
  /etc/systemd/system/khcn-backup.service /etc/systemd/system/khcn-backup.timer
trap 'cleanup_installation' EXIT

log "PostgreSQL as Debian ships it, on port $pg_port (peer on the socket, scram-sha-256 on 127.0.0.1)"
pgbin=/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -V | tail -1)/bin
install -d -o postgres -g postgres "$smoke/pg" "$smoke/pgsock"
runuser -u postgres -- "$pgbin/initdb" -D "$smoke/pg/data" -U postgres -E UTF8 --locale=C.UTF-8 \
  --auth-local=peer --auth-host=scram-sha-256 >/dev/null
runuser -u postgres -- "$pgbin/pg_ctl" -D "$smoke/pg/data" -l "$smoke/pg/server.log" -w \
  -o "-p $pg_port -k $smoke/pgsock -c listen_addresses=127.0.0.1" start >/dev/null
export PGHOST=$smoke/pgsock PGPORT=$pg_port

log "nginx: a copy of Debian's /etc/nginx (default site enabled), ports $http_port and $https_port"
cp -a /etc/nginx "$smoke/nginx"
if [ ! -e "$smoke/nginx/sites-enabled/default" ] && [ -e "$smoke/nginx/sites-available/default" ]; then
  ln -s ../sites-available/default "$smoke/nginx/sites-enabled/default"
fi
sed -i -e "s#/etc/nginx#$smoke/nginx#g" -e "s#^pid .*#pid $smoke/nginx/nginx.pid;#" \
  -e "s#/var/log/nginx/#$smoke/nginx/#g" "$smoke/nginx/nginx.conf"

log "A self-signed certificate for the two host names"
export PUBLIC_HOST=congkhai.dienbien.smoke.test ADMIN_HOST=quantri.dienbien.smoke.test
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=$PUBLIC_HOST" \
  -addext "subjectAltName=DNS:$PUBLIC_HOST,DNS:$ADMIN_HOST" \
  -keyout "$smoke/tls.key" -out "$smoke/tls.crt" 2>/dev/null
export TLS_CERT=$smoke/tls.crt TLS_KEY=$smoke/tls.key
export REPOSITORY=$repo RELEASE=$(git -C "$repo" rev-parse HEAD)
export API_PORT=$api_port HTTP_PORT=$http_port HTTPS_PORT=$https_port NGINX_DIR=$smoke/nginx
export ADMIN_USERNAME=quantri
export SMOKE_DIR=$smoke SMOKE_REPO=$repo

# The `sh` blocks of a runbook, in order (indented ones too), as one script after smoke-system.sh.
runbook_script() {
  echo 'set -euo pipefail'
  # What systemd and the system nginx would do, for this container (see the header).
  echo "source '$repo/infra/smoke/smoke-system.sh'"
  awk -v q='```' -v name="$1" '
    $0 ~ "^ *" q "sh$" { inside = 1; n++; match($0, /^ */); indent = RLENGTH
      printf "echo \"[runbook] %s block %d\"\n", name, n; next }
    inside && $0 ~ "^ *" q "$" { inside = 0; next }
    inside { print substr($0, indent + 1) }
  ' "$repo/docs/runbooks/$1"
}
run_runbook() { # run_runbook <file>: its output is kept in $smoke/<file>.log
  runbook_script "$1" > "$smoke/$1.sh"
  bash "$smoke/$1.sh" 2>&1 | tee "$smoke/$1.log"
}

log "docs/runbooks/first-deploy.md: its sh blocks, in order"
runbook_started=$(date +%s)
run_runbook first-deploy.md
touch /etc/khcn/.smoke
runbook_seconds=$(( $(date +%s) - runbook_started ))
log "The first-deploy runbook ran in ${runbook_seconds} s"

log "What the runbook promised"
code=/opt/khcn/releases/$RELEASE
as_khcn() { runuser -u khcn -- "$@"; }
sql() { runuser -u postgres -- psql -XAtq -d khcn -c "$1"; }
code_is_read_only() {
  [ "$(stat -c %U "$code")" = root ] && ! as_khcn test -w "$code" && ! as_khcn test -w "$code/apps/public-site" &&
    [ -z "$(find "$code" -user khcn -print -quit)" ]
}
no_cache_in_code() {
  local p
  for p in apps/public-site/.astro apps/public-site/node_modules/.astro apps/public-site/node_modules/.vite \
    node_modules/.astro node_modules/.vite; do
    [ ! -e "$code/$p" ] || { echo "found $code/$p" >&2; return 1; }
  done
}
data_belongs_to_khcn() { [ -z "$(find /srv/khcn ! -user khcn -print -quit)" ]; }
env_file_mode() { [ "$(stat -c '%U:%G %a' /etc/khcn/khcn.env)" = 'root:khcn 640' ]; }
scram_login() {
  grep -Eq '^host\s+all\s+all\s+127\.0\.0\.1/32\s+scram-sha-256' "$smoke/pg/data/pg_hba.conf" &&
    [ "$(runuser -u postgres -- psql -XAtqc "select rolpassword like 'SCRAM-SHA-256\$%' from pg_authid where rolname = 'khcn'")" = t ] &&
    grep -Eq '^DATABASE_URL=postgres://khcn:[0-9a-f]{48}@127\.0\.0\.1:' /etc/khcn/khcn.env
}
backups_owner_only() {
  ls /var/backups/khcn/khcn-db-*.dump >/dev/null && [ "$(stat -c %a /var/backups/khcn)" = 700 ] &&
    [ "$(stat -c %a /var/backups/khcn/SHA256SUMS)" = 600 ] &&
    [ "$(stat -c %a "$(ls /var/backups/khcn/khcn-db-*.dump | head -1)")" = 600 ] &&
    ! as_khcn ls /var/backups/khcn >/dev/null 2>&1
}
nginx_reads_only_the_site() {
  runuser -u www-data -- test -r /srv/khcn/site/current/index.html &&
    ! runuser -u www-data -- ls /srv/khcn/files >/dev/null 2>&1 &&
    ! runuser -u www-data -- ls /srv/khcn/cache >/dev/null 2>&1
}
default_site_disabled() { [ ! -e "$smoke/nginx/sites-enabled/default" ]; }
refuses_to_guess() {
  local out status=0
  out=$(cd /tmp && as_khcn env -i PATH=/usr/local/bin:/usr/bin:/bin NODE_ENV=production \
    node "$code/packages/publisher/src/cli/site-status.ts" 2>&1) || status=$?
  [ "$status" = 2 ] && grep -q 'DATABASE_URL: chưa đặt' <<<"$out"
}
check "the code folder belongs to root; the service user cannot write it and wrote nothing in it" code_is_read_only
check "no build cache in the code folder (.astro, node_modules/.astro, node_modules/.vite)" no_cache_in_code
check "everything under /srv/khcn belongs to khcn (no root-owned release to break a prune)" data_belongs_to_khcn
check "the env file is root:khcn 640" env_file_mode
check "the database login is scram-sha-256 with the generated password (pg_hba as initdb wrote it)" scram_login
check "the backup is owner-only, in a folder the service cannot read or write" backups_owner_only
check "Debian's default site is disabled" default_site_disabled
check "nginx (www-data) reads the live release, not the stored files or the build cache" nginx_reads_only_the_site
check "without the env file a command refuses to guess (NODE_ENV=production, no DATABASE_URL)" refuses_to_guess

log "In the admin app (through nginx, as the runbook's step 9 says), then the public site and the .docx"
temp_password=$(sed -n 's/^Mật khẩu tạm thời (phải đổi ở lần đăng nhập đầu): //p' "$smoke/first-deploy.md.log" | tail -1)
walk() { ADMIN_PASSWORD=$temp_password node "$repo/infra/smoke/walk-first-report.ts"; }
check "first admin, identity (Điện Biên) and frame, a short report approved; public site and .docx checked" walk

peer_login() {
  # The env file's other choice: peer authentication over the socket, no password (khcn.env.example).
  sed "s#^DATABASE_URL=.*#DATABASE_URL=postgres://khcn@localhost:$pg_port/khcn?host=$PGHOST#" /etc/khcn/khcn.env >"$smoke/peer.env"
  chown root:khcn "$smoke/peer.env"
  chmod 640 "$smoke/peer.env"
  local out
  out=$(KHCN_ENV_FILE=$smoke/peer.env khcn db:migrate --status) && grep -q '^Đã áp dụng' <<<"$out"
}
check "the peer-authentication DATABASE_URL of the env file example works too" peer_login

log "Maintainer commands: audited with the maintainer's name"
rollback_audited() {
  local first
  first=$(sql "select id from publications where trigger = 'manual' order by requested_at limit 1")
  khcn site:rollback "$first" --as 'Nguyễn Văn Bảo Trì' &&
    [ "$(sql "select after->>'maintainer' from audit_log where action = 'publication.rollback' order by id desc limit 1")" = 'Nguyễn Văn Bảo Trì' ]
}
publish_audited() {
  SUDO_USER=bao.tri khcn site:publish >/dev/null &&
    [ "$(sql "select after->>'maintainer' from audit_log where action = 'publication.request' order by id desc limit 1")" = bao.tri ] &&
    data_belongs_to_khcn
}
root_publish_refused() {
  local out status=0
  out=$(cd /opt/khcn/current && env -i PATH=/usr/local/bin:/usr/bin:/bin NODE_ENV=production \
    node --env-file=/etc/khcn/khcn.env packages/publisher/src/cli/site-publish.ts 2>&1) || status=$?
  [ "$status" = 2 ] && grep -q 'khcn site:publish' <<<"$out" && data_belongs_to_khcn
}
check "khcn site:rollback --as <name> switches back and audits the maintainer" rollback_audited
check "a publication run directly as root is refused (it would leave root-owned releases)" root_publish_refused
check "khcn site:publish run by root (sudo) is audited with the login user and leaves nothing root-owned" publish_audited

log "Going back: the API refuses a database a newer release migrated, with one sentence"
refuses_newer_schema() {
  local out status=0
  sql "insert into kysely_migration (name, timestamp) values ('209901010000_from_a_newer_release', now())" >/dev/null
  out=$(cd /opt/khcn/current && as_khcn env -i PATH=/usr/local/bin:/usr/bin:/bin NODE_ENV=production \
    PORT=$((api_port + 1)) node --env-file=/etc/khcn/khcn.env apps/admin-api/src/main.ts 2>&1 >/dev/null) || status=$?
  sql "delete from kysely_migration where name = '209901010000_from_a_newer_release'" >/dev/null
  [ "$status" = 3 ] && grep -q '209901010000_from_a_newer_release' <<<"$out"
}
check "exit 3 (no restart loop) naming the unknown migration" refuses_newer_schema

log "docs/runbooks/upgrade.md: to the same commit under another name, then back with the down migrations"
export NEW_RELEASE
NEW_RELEASE=$(git -C "$repo" rev-parse --short=12 HEAD)
export BACK_TO_MIGRATION
BACK_TO_MIGRATION=$(ls "$repo/packages/db/src/migrations" | sed -n 's/^\([0-9]\{12\}_[a-z_]*\)\.ts$/\1/p' | sort | tail -1)
upgraded() {
  run_runbook upgrade.md >/dev/null &&
    [ "$(readlink /opt/khcn/current)" = "/opt/khcn/releases/$RELEASE" ] &&
    grep -q "Đã áp dụng\|Cơ sở dữ liệu đã ở phiên bản mới nhất" "$smoke/upgrade.md.log" &&
    curl -fsS "http://127.0.0.1:$api_port/readyz" >/dev/null &&
    data_belongs_to_khcn
}
check "the upgrade runbook: backup, new code beside, explicit migration, switch, restart; and back" upgraded

log "docs/runbooks/backup-restore.md: the database is dropped, the restore creates it"
restored() {
  local before after page
  # What the restore must bring back: every row written before the drop (the republication adds its own).
  local dropped_at
  dropped_at=$(sql "select now()")
  counts() {
    sql "select (select count(*) from reports) || ' reports, ' || (select count(*) from report_editions) || ' editions, ' ||
      (select count(*) from users) || ' users, ' || (select count(*) from audit_log where at <= '$dropped_at') || ' audit entries'"
  }
  before=$(counts)
  runuser -u postgres -- dropdb --force khcn
  run_runbook backup-restore.md >/dev/null && grep -q 'creating it' "$smoke/backup-restore.md.log" || return 1
  after=$(counts)
  [ "$before" = "$after" ] || { echo "before the drop: $before; after the restore: $after" >&2; return 1; }
  page=$(curl -fsS --resolve "$PUBLIC_HOST:$https_port:127.0.0.1" --cacert "$TLS_CERT" \
    "https://$PUBLIC_HOST:$https_port/bao-cao/2026-10/") || return 1
  grep -q 'Điện Biên' <<<"$page"
}
check "the restore runbook recreates the dropped database with the same rows; the site is republished" restored

elapsed=$(( $(date +%s) - started ))
log "First deploy by the runbook: ${runbook_seconds} s (whole smoke test ${elapsed} s)"
echo "smoke: $passed passed, $failed failed"
smoke_finished=1
[ "$failed" = 0 ]
