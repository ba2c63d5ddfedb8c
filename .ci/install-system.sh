#!/usr/bin/env bash
# Installs everything the platform and its tests need on a clean Debian machine: what a production server has
# (infra/scripts/install-server.sh: Node, pnpm, nginx, PostgreSQL, LibreOffice, fonts...), plus Debian's Chromium
# systemd-analyze, unzip, and openssh-server and rsync (the SSH release target's tests) for the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

had_postgresql=1
command -v pg_ctlcluster >/dev/null 2>&1 || had_postgresql=0
bash infra/scripts/install-server.sh
export PATH="/usr/local/bin:$PATH"

log() { printf '\n[install] %s\n' "$*"; }
pkgs=()
command -v chromium >/dev/null 2>&1 || pkgs+=(chromium)
command -v systemd-analyze >/dev/null 2>&1 || pkgs+=(systemd)
command -v unzip >/dev/null 2>&1 || pkgs+=(unzip) # the smoke test reads the .docx
# The SSH release target's tests start a real sshd on a loopback port and publish with rsync (ADR 0016).
[ -x /usr/sbin/sshd ] || pkgs+=(openssh-server)
command -v ssh >/dev/null 2>&1 || pkgs+=(openssh-client)
command -v rsync >/dev/null 2>&1 || pkgs+=(rsync)
if [ ${#pkgs[@]} -gt 0 ]; then
  log "apt-get install ${pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${pkgs[@]}"
fi
log "chromium: $(chromium --version 2>/dev/null | head -1)"

# CI only, and only on a machine whose PostgreSQL this script just installed (a throwaway CI machine): the tests
# connect as postgres without a password on 127.0.0.1, so that cluster gets trust on loopback. A real server's
# authentication is never widened: install-server.sh leaves Debian's peer and scram-sha-256 as they are.
if [ "$had_postgresql" = 0 ] && [ "${CI:-}" = true ]; then
  hba=$(ls /etc/postgresql/*/main/pg_hba.conf | head -1)
  log "CI: trust on loopback for the throwaway cluster ($hba)"
  sed -i -E 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+/\1trust/; s/^(local\s+all\s+(postgres|all)\s+)\S+/\1trust/' "$hba"
fi
