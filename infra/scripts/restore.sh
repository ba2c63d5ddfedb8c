#!/usr/bin/env bash
# Restores a backup made by backup.sh. Stop the API and the publish worker first.
#   PostgreSQL: DATABASE_URL=postgres://… infra/scripts/restore.sh khcn-db-<stamp>.dump [khcn-files-<stamp>.tar.gz]
#   Embedded:   PGLITE_DIR=.data/pglite infra/scripts/restore.sh khcn-pglite-<stamp>.tar.gz [files archive]
# The archive's checksum is verified against SHA256SUMS beside it when that file exists.
# Afterwards run `pnpm site:publish` to rebuild the public site from the restored data.
set -euo pipefail
archive=${1:?usage: restore.sh <db-archive> [files-archive]}
files_archive=${2:-}
verify() {
  local f=$1 dir sums
  dir=$(dirname "$f"); sums="$dir/SHA256SUMS"
  if [ -f "$sums" ]; then (cd "$dir" && grep " ${f##*/}\$" SHA256SUMS | sha256sum --check --status) || { echo "restore: checksum mismatch for $f" >&2; exit 1; }; fi
}
verify "$archive"
case "$archive" in
  *.dump)
    : "${DATABASE_URL:?restore: DATABASE_URL is needed for a PostgreSQL dump}"
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
