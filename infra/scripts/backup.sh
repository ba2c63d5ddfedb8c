#!/usr/bin/env bash
# Backs up the platform's data: the database and the stored files (official documents, bulletins).
#   PostgreSQL: DATABASE_URL=postgres://… infra/scripts/backup.sh <out-dir>      (pg_dump, custom format)
#   Embedded:   PGLITE_DIR=.data/pglite infra/scripts/backup.sh <out-dir>         (stop the platform first)
#   FILES_DIR (optional) adds the stored files. Released sites are not backed up: `pnpm site:publish` rebuilds them.
# Prints the path of every archive it wrote, then a SHA256SUMS manifest beside them.
set -euo pipefail
out=${1:?usage: backup.sh <out-dir>}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out"
written=()
if [ -n "${DATABASE_URL:-}" ]; then
  db="$out/khcn-db-$stamp.dump"
  pg_dump --format=custom --no-owner --no-privileges --file "$db" "$DATABASE_URL"
  written+=("$db")
elif [ -n "${PGLITE_DIR:-}" ]; then
  [ -d "$PGLITE_DIR" ] || { echo "backup: PGLITE_DIR $PGLITE_DIR does not exist" >&2; exit 1; }
  db="$out/khcn-pglite-$stamp.tar.gz"
  tar -C "$PGLITE_DIR" -czf "$db" .
  written+=("$db")
else
  echo "backup: set DATABASE_URL (PostgreSQL) or PGLITE_DIR (embedded database)" >&2
  exit 2
fi
if [ -n "${FILES_DIR:-}" ] && [ -d "$FILES_DIR" ]; then
  files="$out/khcn-files-$stamp.tar.gz"
  tar -C "$FILES_DIR" -czf "$files" .
  written+=("$files")
fi
(cd "$out" && sha256sum "${written[@]##*/}" >> SHA256SUMS)
printf '%s\n' "${written[@]}"
