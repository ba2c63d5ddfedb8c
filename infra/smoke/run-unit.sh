#!/usr/bin/env bash
# run-unit.sh <unit-file> <state-dir>: runs a systemd service unit the way systemd would, for a machine where
# systemd is not running (the smoke test's CI container): as its User, in its WorkingDirectory, with systemd's
# base environment, its Environment= and its EnvironmentFile= (which wins, as in systemd), and its ExecStart.
# Type=oneshot: every ExecStart in turn, in the foreground. Otherwise: in the background, its output in
# <state-dir>/<unit>.log and its pid in <state-dir>/<unit>.pid; fails if it dies within two seconds.
set -euo pipefail
unit=$1
state=$2
name=$(basename "$unit" .service)
user=root
workdir=/
type=simple
umask_value=0022
env_files=()
assignments=()
execs=()
while IFS= read -r line; do
  case "$line" in
    User=*) user=${line#User=} ;;
    WorkingDirectory=*) workdir=${line#WorkingDirectory=} ;;
    Type=*) type=${line#Type=} ;;
    UMask=*) umask_value=${line#UMask=} ;;
    EnvironmentFile=*) env_files+=("${line#EnvironmentFile=}") ;;
    # Environment= holds assignments, double-quoted when they contain spaces, as systemd splits them.
    Environment=*) eval "assignments+=( ${line#Environment=} )" ;;
    ExecStart=*) execs+=("${line#ExecStart=}") ;;
  esac
done <"$unit"
for file in "${env_files[@]}"; do
  while IFS= read -r line; do
    case "$line" in '' | '#'*) continue ;; esac
    assignments+=("$line")
  done <"$file"
done
home=$(getent passwd "$user" | cut -d: -f6)
base=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "HOME=$home" "USER=$user" "LOGNAME=$user" LANG=C.UTF-8)
run() { # run <command line>
  cd "$workdir"
  umask "$umask_value"
  # shellcheck disable=SC2086 # ExecStart is split into words, as systemd does (no shell)
  runuser -u "$user" -- env -i "${base[@]}" "${assignments[@]}" $1
}
if [ "$type" = oneshot ]; then
  for exec_line in "${execs[@]}"; do run "$exec_line"; done
  exit 0
fi
mkdir -p "$state"
start() {
  cd "$workdir"
  umask "$umask_value"
  # shellcheck disable=SC2086
  exec runuser -u "$user" -- env -i "${base[@]}" "${assignments[@]}" $1
}
(start "${execs[0]}" >>"$state/$name.log" 2>&1) &
echo $! >"$state/$name.pid"
sleep 2
if ! kill -0 "$(cat "$state/$name.pid")" 2>/dev/null; then
  echo "run-unit: $name stopped at once:" >&2
  tail -20 "$state/$name.log" >&2
  exit 1
fi
echo "run-unit: $name started (pid $(cat "$state/$name.pid"), log $state/$name.log)"
