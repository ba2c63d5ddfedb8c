#!/usr/bin/env bash
# Retention of the backups backup.sh writes (run after it by khcn-backup.service):
#   every backup of the last KEEP_DAILY days (default 30), and the first backup of each of the last KEEP_MONTHLY
#   months (default 12); the rest is deleted, with its lines in SHA256SUMS.
#   PRUNE_TODAY=YYYY-MM-DD sets "today" (tests).
# Prints the name of every file it deleted.
set -euo pipefail
out=${1:?usage: prune-backups.sh <backup-dir>}
keep_daily=${KEEP_DAILY:-30}
keep_monthly=${KEEP_MONTHLY:-12}
today=${PRUNE_TODAY:-$(date -u +%F)}
daily_cutoff=$(date -u -d "$today - $keep_daily days" +%Y%m%d)
monthly_cutoff=$(date -u -d "$(date -u -d "$today" +%Y-%m-01) - $((keep_monthly - 1)) months" +%Y%m)

# Every backup's stamp (YYYYMMDDTHHMMSSZ), oldest first.
mapfile -t stamps < <(find "$out" -maxdepth 1 -type f -name 'khcn-*-*T*Z.*' -printf '%f\n' \
  | sed -E 's/^khcn-[a-z]+-([0-9]{8}T[0-9]{6}Z)\..*$/\1/' | sort -u)
declare -A first_of_month=()
for s in "${stamps[@]}"; do
  month=${s:0:6}
  [ -n "${first_of_month[$month]:-}" ] || first_of_month[$month]=$s
done
for s in "${stamps[@]}"; do
  day=${s:0:8}
  month=${s:0:6}
  if [[ "$day" > "$daily_cutoff" || "$day" == "$daily_cutoff" ]]; then continue; fi
  if [ "${first_of_month[$month]}" = "$s" ] && [[ "$month" > "$monthly_cutoff" || "$month" == "$monthly_cutoff" ]]; then
    continue
  fi
  for f in "$out"/khcn-*-"$s".*; do
    rm -f -- "$f"
    echo "${f##*/}"
    if [ -f "$out/SHA256SUMS" ]; then
      grep -v -F "  ${f##*/}" "$out/SHA256SUMS" > "$out/SHA256SUMS.new" || true
      chmod 600 "$out/SHA256SUMS.new"
      mv "$out/SHA256SUMS.new" "$out/SHA256SUMS"
    fi
  done
done
