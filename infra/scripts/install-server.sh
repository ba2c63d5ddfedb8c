#!/usr/bin/env bash
# Installs what a production server needs (docs/runbooks/first-deploy.md, step 1), idempotently:
# Node >= 22.12 (node@24 from the npm registry), pnpm 12.4.2, git, openssl, nginx, Debian's PostgreSQL (its
# authentication left exactly as Debian ships it: peer on the socket, scram-sha-256 on 127.0.0.1), LibreOffice
# Writer and fonts with Vietnamese glyphs (the official .pdf), poppler-utils, ssh and rsync (an SSH release target).
# .ci/install-system.sh runs this first, then adds what only the tests need.
set -euo pipefail

log() { printf '\n[install] %s\n' "$*"; }

need_node() {
  command -v node >/dev/null 2>&1 || return 0
  node -e "const [a,b]=process.versions.node.split('.').map(Number);process.exit(a>22||(a===22&&b>=12)?1:0)" && return 0
  return 1
}
if need_node; then
  log "Node $(node --version 2>/dev/null || echo none) is older than 22.12: installing node@24 from the npm registry"
  if ! command -v npm >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends npm
  fi
  npm i -g --prefix /usr/local --allow-scripts=node node@24 || npm i -g --prefix /usr/local node@24
  hash -r
fi
export PATH="/usr/local/bin:$PATH"
log "node $(node --version)"

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "12.4.2" ]; then
  log "installing pnpm 12.4.2"
  npm i -g --prefix /usr/local pnpm@12.4.2
  hash -r
fi
log "pnpm $(pnpm --version)"

# Vietnamese letters beyond ASCII (ă â đ ĩ ũ ơ ư and the toned ones): every style of the Times-metric font the
# official PDF uses must have them, or LibreOffice takes single letters from another font inside a word. A
# "liberation" folder proves nothing: Debian's fonts-liberation 1.x lacks them, fonts-liberation2 has them.
vietnamese_charset='102-103 110-111 128-129 168-169 1a0-1a1 1af-1b0 1ea0-1ef9'
has_vietnamese_times_font() {
  command -v fc-list >/dev/null 2>&1 || return 1
  [ "$(fc-list ":family=Liberation Serif:charset=$vietnamese_charset" style | grep -cE 'style=(Regular|Bold|Italic|Bold Italic)(,|$)')" -ge 4 ]
}

pkgs=()
command -v git >/dev/null 2>&1 || pkgs+=(git)
command -v openssl >/dev/null 2>&1 || pkgs+=(openssl)
command -v soffice >/dev/null 2>&1 || pkgs+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || pkgs+=(poppler-utils)
# An SSH release target (SITE_TARGET_<NAME>_KIND=ssh) publishes with ssh and rsync (ADR 0016).
command -v ssh >/dev/null 2>&1 || pkgs+=(openssh-client)
command -v rsync >/dev/null 2>&1 || pkgs+=(rsync)
command -v nginx >/dev/null 2>&1 || pkgs+=(nginx-light)
has_vietnamese_times_font || pkgs+=(fontconfig fonts-liberation2)
[ -d /usr/share/fonts/truetype/noto ] || pkgs+=(fonts-noto-core)
[ -d /usr/share/fonts/truetype/dejavu ] || pkgs+=(fonts-dejavu-core)
command -v pg_dump >/dev/null 2>&1 || pkgs+=(postgresql-client)
# The server itself, when this machine has none. Its pg_hba.conf is not touched: peer and scram-sha-256 work.
[ "${KHCN_NO_POSTGRESQL_SERVER:-}" = 1 ] || command -v pg_ctlcluster >/dev/null 2>&1 || pkgs+=(postgresql)
if [ ${#pkgs[@]} -gt 0 ]; then
  log "apt-get install ${pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${pkgs[@]}"
fi
if ! has_vietnamese_times_font; then
  echo "[install] Liberation Serif still lacks Vietnamese letters after installing fonts-liberation2:" >&2
  fc-list ':family=Liberation Serif' file style >&2 || true
  exit 1
fi
log "font: $(dpkg-query -W -f='${Package} ${Version}' fonts-liberation2 2>/dev/null), Vietnamese letters in all 4 styles of Liberation Serif"
log "soffice: $(soffice --version 2>/dev/null | head -1)"
