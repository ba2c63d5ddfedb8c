#!/usr/bin/env bash
# Restores a backup made by backup.sh. Stop the API and the publish worker first.
#   PostgreSQL: DATABASE_URL=postgres://… infra/scripts/restore.sh khcn-db-<stamp>.dump [khcn-files-<stamp>.tar.gz]
#   Embedded:   PGLITE_DIR=.data/pglite infra/scripts/restore.sh khcn-pglite-<stamp>.tar.gz [files archive]
# The archive's checksum is verified against SHA256SUMS beside it when that file exists.
# When DATABASE_URL's database does not exist (a new server, a dropped database) it is created, owned by
# DATABASE_URL's role: with ADMIN_DATABASE_URL (a superuser's connection) when set, else as the `postgres` system
# user over Debian's local socket (peer authentication; run as root). The role itself must exist.
# Afterwards run `khcn site:publish` to rebuild the public site from the restored data.
set -euo pipefail
archive=${1:?usage: restore.sh <db-archive> [files-archive]}
files_archive=${2:-}
verify() {
  local f=$1 dir sums
  dir=$(dirname "$f"); sums="$dir/SHA256SUMS"
  if [ -f "$sums" ]; then (cd "$dir" && grep " ${f##*/}\$" SHA256SUMS | sha256sum --check --status) || { echo "restore: checksum mismatch for $f" >&2; exit 1; }; fi
}

# The database name and owner role of DATABASE_URL.
url_part() {
  node -e 'const u = new URL(process.argv[1]); const part = process.argv[2];
    console.log(decodeURIComponent(part === "db" ? u.pathname.slice(1) : u.username || process.env.USER || ""));' \
    "$DATABASE_URL" "$1"
}

create_database_if_missing() {
  if psql "$DATABASE_URL" -XAtqc 'select 1' >/dev/null 2>&1; then return; fi
  local db owner
  db=$(url_part db); owner=$(url_part owner)
  [[ "$db" =~ ^[A-Za-z0-9_]+$ && "$owner" =~ ^[A-Za-z0-9_]+$ ]] || { echo "restore: unexpected database or role name in DATABASE_URL" >&2; exit 2; }
  echo "restore: database $db does not answer; creating it (owner $owner)"
  if [ -n "${ADMIN_DATABASE_URL:-}" ]; then
    psql "$ADMIN_DATABASE_URL" -X -v ON_ERROR_STOP=1 -qc "CREATE DATABASE \"$db\" OWNER \"$owner\""
  elif [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
    runuser -u postgres -- createdb -O "$owner" "$db"
  else
    echo "restore: cannot create $db: set ADMIN_DATABASE_URL or run as root on the database server" >&2
    exit 2
  fi
}

verify "$archive"
case "$archive" in
  *.dump)
    : "${DATABASE_URL:?restore: DATABASE_URL is needed for a PostgreSQL dump}"
    create_database_if_missing
    pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
      --dbname "$DATABASE_URL" "$archive"
    ;;
  *pglite*.tar.gz)
    : "${PGLITE_DIR:?restore: PGLITE_DIR is needed for an embedded-database archive}"
    if [ -d "$PGLITE_DIR" ] && [ -n "$(ls -A "$PGLITE_DIR" 2>/dev/null)" ]; then
      aside="$PGLITE_DIR.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
      mv "$PGLITE_DIR" "$aside"
      echo "restore: the previous embedded database was moved to $aside"
    fi
    mkdir -p "$PGLITE_DIR"
    tar -C "$PGLITE_DIR" -xzf "$archive"
    ;;
  *) echo "restore: unknown archive $archive" >&2; exit 2 ;;
esac
if [ -n "$files_archive" ]; then
  verify "$files_archive"
  : "${FILES_DIR:?restore: FILES_DIR is needed to restore stored files}"
  mkdir -p "$FILES_DIR"
  tar -C "$FILES_DIR" -xzf "$files_archive"
fi
echo "restore: done"
