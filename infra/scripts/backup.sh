#!/usr/bin/env bash
# Backs up the platform's data: the database and the stored files (official documents, bulletins).
#   PostgreSQL: DATABASE_URL=postgres://… infra/scripts/backup.sh <out-dir>      (pg_dump, custom format)
#   Embedded:   PGLITE_DIR=.data/pglite infra/scripts/backup.sh <out-dir>         (stop the platform first)
#   FILES_DIR (optional) adds the stored files. Released sites are not backed up: `khcn site:publish` rebuilds them.
# Backups hold every account's password hash and every draft: the folder is created owner-only (0700) and every
# file written is 0600. A folder that others (the service user) may write is refused, so a compromised service
# cannot replace a backup. In production it runs as root from khcn-backup.service (daily timer), into
# /var/backups/khcn, followed by prune-backups.sh.
# Prints the path of every archive it wrote, then a SHA256SUMS manifest beside them.
set -euo pipefail
umask 077
out=${1:?usage: backup.sh <out-dir>}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p -m 700 "$out"
if [ -n "$(find "$out" -maxdepth 0 -perm /022)" ]; then
  echo "backup: $out can be written by others than its owner (mode $(stat -c %a "$out")); use an owner-only folder (chmod 700)" >&2
  exit 2
fi
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
chmod 600 "${written[@]}" "$out/SHA256SUMS"
printf '%s\n' "${written[@]}"
